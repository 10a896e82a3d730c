/**
 * What the summary's realised per budget year costs to recalculate: `realisedBetween` is a
 * SUMPRODUCT over the period table with a COUNTIFS over the effects per period (and one per
 * effect), so its work grows with (effects + periods) × effects per year row. Measured as
 * LibreOffice's load, recalculation and CSV export of a refreshed workbook with n effects and
 * 2n periods, beside the same workbook before the refresh (no summary: the load and export
 * alone), and the refresh's wall time on the simulated Excel, which recalculates every formula
 * after each change as the preview does. An estimate for Excel, which has its own engine.
 */
import { kronor, type EffectId } from "../src/domain/model/effect";
import type { RealisationInput } from "../src/domain/model/realisation";
import { saveWorkbookToXlsx } from "../src/preview/fakeExcel/xlsx";
import { DEFAULT_SETTINGS } from "../src/workbook/port";
import { sheetsAsCsv } from "../tests/support/libreoffice";
import { filledWorkbook } from "./bigTable";
import { num, printTable, progress, timed } from "./report";

/** Rows per appendRealisations call, well under the 5 MB request limit. */
const CHUNK = 2_000;

/** Two periods an effect, over 2025 and 2026, so both year rows sum periods. */
function periodsFor(ids: readonly EffectId[]): RealisationInput[] {
  return ids.flatMap((effectId, i) =>
    ["2025-11", "2026-01"].map((month) => ({
      effectId,
      month,
      amount: kronor(1_000 + (i % 7)),
      source: "Manuell" as const,
      evidence: "",
    }))
  );
}

export async function runFormulaCostBench(sizes: readonly number[]): Promise<void> {
  const rows: string[][] = [];
  for (const size of sizes) {
    progress(`formulas: ${num(size)} effects, ${num(2 * size)} periods`);
    const workbook = await filledWorkbook(size);
    const { effects } = await workbook.port.readEffects();
    const periods = periodsFor(effects.map((effect) => effect.id));
    for (let start = 0; start < periods.length; start += CHUNK) {
      const chunk = periods.slice(start, start + CHUNK);
      await workbook.port.appendRealisations(chunk, { registeredBy: "Bench" });
    }
    const before = await timed(async () => sheetsAsCsv(await saveWorkbookToXlsx(workbook.model)));
    const refresh = await timed(() =>
      workbook.port.refreshSummary({ ...DEFAULT_SETTINGS.summaryFilter })
    );
    const after = await timed(async () => sheetsAsCsv(await saveWorkbookToXlsx(workbook.model)));
    rows.push([
      num(size),
      num(periods.length),
      `${num(refresh.ms / 1000, 1)} s`,
      `${num(before.ms / 1000, 1)} s`,
      `${num(after.ms / 1000, 1)} s`,
    ]);
  }
  printTable(
    "Realiserad per budgetår: recalculation (LibreOffice headless, one run each)",
    ["effects", "periods", "refresh (simulated Excel)", "LibreOffice, no summary", "with summary"],
    rows
  );
}
