// `npm run bench`: the figures of issue 6, as plain tables with ✓/✗ against its targets.
//   domain    summarize and phaseByYear over 1 000 / 10 000 / 100 000 effects
//   workbook  syncs and payloads per operation on the simulated Excel at the same sizes
//   bundle    taskpane.js against a bare React + Fluent UI page, and the preview's first render
//             in headless Chromium (two production builds into temp folders, never dist/)
//   effort    the e2e suite's keystrokes and clicks against typing the rows by hand
//   invoices  200 000 invoice lines read and matched against 10 000 effects by the pane's
//             worker in headless Chromium (issue 15), from dist/
//   formulas  LibreOffice's recalculation of the summary's realised per budget year, n effects
//             and 2n periods; only when named (`npm run bench -- formulas 500 1000`): it grows
//             with effects × periods
// `npm run bench -- workbook 1000` runs one part at one size; timings vary by machine, so it
// asserts nothing. Progress goes to stderr, the tables to stdout.
/* global console, performance */
import process from "node:process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { requireTs } from "../scripts/requireTs.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const PARTS = ["domain", "workbook", "bundle", "effort", "invoices", "formulas"];
const ONLY_WHEN_NAMED = ["formulas"];

const args = process.argv.slice(2);
const sizes = args.map(Number).filter((n) => n > 0);
const unknown = args.filter((arg) => !(Number(arg) > 0) && !PARTS.includes(arg));
if (unknown.length > 0) {
  console.error(`Unknown: ${unknown.join(" ")}. Parts: ${PARTS.join(", ")}; sizes: numbers.`);
  process.exit(2);
}
const chosen = PARTS.filter((part) => args.includes(part));
const parts = chosen.length > 0 ? chosen : PARTS.filter((part) => !ONLY_WHEN_NAMED.includes(part));
const atSizes = sizes.length > 0 ? sizes : [1_000, 10_000, 100_000];

const started = performance.now();
if (parts.includes("domain")) {
  await requireTs(join(here, "domainBench.ts")).runDomainBench(atSizes);
}
if (parts.includes("workbook")) {
  await requireTs(join(here, "workbookBench.ts")).runWorkbookBench(atSizes);
}
if (parts.includes("bundle")) {
  await requireTs(join(here, "bundleBench.ts")).runBundleBench();
}
if (parts.includes("effort")) {
  requireTs(join(here, "effortBench.ts")).runEffortBench();
}
if (parts.includes("invoices")) {
  await requireTs(join(here, "invoiceBench.ts")).runInvoiceBench();
}
if (parts.includes("formulas")) {
  await requireTs(join(here, "formulaCostBench.ts")).runFormulaCostBench(atSizes);
}
console.log(`\nbench: ${Math.round((performance.now() - started) / 1000)} s`);
