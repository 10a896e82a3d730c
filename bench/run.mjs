// `npm run bench`: the summary refresh on the simulated Excel at 1 000, 10 000 and 100 000
// effects. Prints figures; asserts nothing (timings vary by machine).
//
// Node 20 cannot run TypeScript itself and ts-node is not a dependency, so, as
// scripts/build-template.mjs does, a require hook transpiles each .ts file with the installed
// `typescript` (no type check: that is `npm run typecheck`'s job).
import { createRequire } from "node:module";
import process from "node:process";
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

const here = dirname(fileURLToPath(import.meta.url));
const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const { runSummaryBench } = require(join(here, "summaryBench.ts"));
await runSummaryBench(sizes.length > 0 ? sizes : [1_000, 10_000, 100_000]);
