// Regenerates assets/Effektiviseringsmall.xlsx from the domain definitions
// (src/workbook/template.ts). Run: npm run build:template, then commit the file.
//
// Node 20 cannot run TypeScript itself (no --experimental-strip-types) and ts-node is not a
// dependency, so a require hook transpiles each .ts file with the installed `typescript`
// (transpile only, no type check: that is `npm run typecheck`'s job). Registering ".ts" also
// lets Node resolve the extension-less imports between the sources.
import { writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const ts = require("typescript");
const fs = require("node:fs");

require.extensions[".ts"] = (module, filename) => {
  const { outputText } = ts.transpileModule(fs.readFileSync(filename, "utf8"), {
    fileName: filename,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      esModuleInterop: true,
    },
  });
  module._compile(outputText, filename);
};

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { templateBuffer, TEMPLATE_PATH } = require(join(root, "src/workbook/template.ts"));
const target = join(root, TEMPLATE_PATH);
await writeFile(target, await templateBuffer());
console.log(`Wrote ${target}`);
