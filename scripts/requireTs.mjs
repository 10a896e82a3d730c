// Lets a Node script `require` the project's TypeScript sources. Node 20 cannot run TypeScript
// itself (no --experimental-strip-types) and ts-node is not a dependency, so a require hook
// transpiles each .ts file with the installed `typescript` (transpile only, no type check:
// that is `npm run typecheck`'s job). Registering ".ts" also lets Node resolve the
// extension-less imports between the sources.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const ts = require("typescript");

require.extensions[".ts"] = (module, filename) => {
  const { outputText } = ts.transpileModule(readFileSync(filename, "utf8"), {
    fileName: filename,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      esModuleInterop: true,
    },
  });
  module._compile(outputText, filename);
};

/** `require` for a .ts file (absolute path). */
export const requireTs = (path) => require(path);
