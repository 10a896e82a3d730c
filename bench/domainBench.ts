/**
 * The domain alone, no workbook: `summarize` (the summary's aggregation, phasing included) and
 * `phaseByYear` over every effect, at each size; the median of a few runs after one warm-up.
 * The effects are read from a filled table, as the pane and the refresh get them: built with
 * an object spread per effect instead, V8 lays them out differently and summarize took about
 * twice as long over them, which would measure the bench rather than the domain.
 */
import { summarize } from "../src/domain/calculate/aggregate";
import { isoDate } from "../src/domain/model/effect";
import { phaseByYear } from "../src/domain/calculate/phasing";
import { summaryLists } from "../tests/fixtures/summaryEffects";
import { filledWorkbook } from "./bigTable";
import { median, num, printTable, progress, verdict } from "./report";

const RUNS = 5;
const AS_OF = isoDate("2026-03-01");
/** Issue 6: aggregating 100 000 effects takes under 100 ms. */
const TARGET = { effects: 100_000, ms: 100 };

function medianMs(work: () => unknown): number {
  work();
  const times = Array.from({ length: RUNS }, () => {
    const started = performance.now();
    work();
    return performance.now() - started;
  });
  return median(times);
}

export async function runDomainBench(sizes: readonly number[]): Promise<void> {
  const lists = summaryLists();
  const order = { type: lists.types, department: lists.departments, category: lists.categories };
  const rows: string[][] = [];
  for (const size of sizes) {
    progress(`domain: reading ${num(size)} effects from a filled table`);
    const { effects } = await (await filledWorkbook(size)).port.readEffects();
    progress(`domain: ${num(size)} effects`);
    const summarizeMs = medianMs(() => summarize(effects, { asOf: AS_OF, order }));
    const phaseMs = medianMs(() => effects.forEach((effect) => phaseByYear(effect)));
    const target =
      size === TARGET.effects ? verdict(summarizeMs < TARGET.ms, `< ${TARGET.ms} ms`) : "";
    rows.push([num(size), num(summarizeMs, 1), num(phaseMs, 1), target]);
  }
  printTable(
    `Domain: aggregation and phasing (ms, median of ${RUNS} runs)`,
    ["effects", "summarize", "phaseByYear, all", "target (summarize)"],
    rows,
    "rrrl"
  );
}
