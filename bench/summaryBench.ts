/**
 * The cost of refreshing the summary (WorkbookPort.refreshSummary) on the simulated Excel:
 * round trips, the largest request and response (Excel on the web refuses 5 MB), wall time;
 * and the domain's summarize alone on the same effects. Run with `npm run bench`.
 */
import { summarize } from "../src/domain/aggregate";
import { summaryLists } from "../tests/fixtures/summaryEffects";
import {
  addLists,
  appendInChunks,
  manyInputs,
  openTemplate,
  REFRESH_STAMP,
} from "../tests/support/summaryWorkbook";

const LIMIT = 5 * 1024 * 1024;

export async function runSummaryBench(sizes: readonly number[]): Promise<void> {
  const rows: string[][] = [
    ["effects", "syncs", "max request B", "max response B", "refresh ms", "summarize ms"],
  ];
  for (const size of sizes) {
    const workbook = await openTemplate();
    const lists = summaryLists();
    await addLists(workbook.port, lists);
    await appendInChunks(workbook.port, manyInputs(size));

    workbook.fake.stats.reset();
    const started = performance.now();
    const result = await workbook.port.refreshSummary({ year: null, department: null });
    const refreshMs = performance.now() - started;
    const { syncs, maxRequestBytes, maxResponseBytes } = workbook.fake.stats;
    if (result.effects !== size) throw new Error(`Read ${result.effects} of ${size} effects`);

    const { effects } = await workbook.port.readEffects();
    const before = performance.now();
    summarize(effects, {
      asOf: REFRESH_STAMP.date,
      order: { type: lists.types, department: lists.departments, category: lists.categories },
    });
    const summarizeMs = performance.now() - before;

    rows.push(
      [
        size,
        syncs,
        maxRequestBytes,
        maxResponseBytes,
        Math.round(refreshMs),
        Math.round(summarizeMs),
      ].map((n) => n.toLocaleString("sv-SE"))
    );
    if (Math.max(maxRequestBytes, maxResponseBytes) >= LIMIT) rows.push(["  over 5 MB!"]);
  }
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length))) ?? [];
  for (const row of rows) {
    console.log(row.map((cell, i) => cell.padStart(widths[i] ?? 0)).join("  "));
  }
}
