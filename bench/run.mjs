// `npm run bench`: the summary refresh on the simulated Excel at 1 000, 10 000 and 100 000
// effects (or the sizes given as arguments). Prints figures; asserts nothing (timings vary by
// machine).
import process from "node:process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { requireTs } from "../scripts/requireTs.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const { runSummaryBench } = requireTs(join(here, "summaryBench.ts"));
await runSummaryBench(sizes.length > 0 ? sizes : [1_000, 10_000, 100_000]);
