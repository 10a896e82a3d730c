/**
 * A large period table in a moment: rows written straight into the simulated workbook's model,
 * as `realisationCells` lays them out, instead of through the adapter (for reads and the bench).
 */
import type { CellValue } from "../../../src/domain/model/cells";
import { effectId, kronor } from "../../../src/domain/model/effect";
import type { RealisationPeriod } from "../../../src/domain/model/realisation";
import { realisationCells } from "../../../src/domain/model/realisationRows";
import type { FakeWorkbook } from "../../../src/preview/fakeExcel";
import { updateCell } from "../../../src/preview/fakeExcel/model/cells";
import { REALISATION_TABLE_NAME } from "../../../src/workbook/structure/layout";
import { tableCells } from "./adapterOnFake";

/** The stamp every filled period carries: 2026-03-01 14:05. */
export const FILLED_AT = 46082 + (14 * 60 + 5) / (24 * 60);

/** Period `i` of a filled table: effects E-0.., a month each of 2024–2026, like an import. */
export const aFilledPeriod = (i: number): RealisationPeriod => ({
  id: `R-${i}`,
  effectId: effectId(`E-${i % 1000}`),
  month: `${2024 + (i % 3)}-${String((i % 12) + 1).padStart(2, "0")}`,
  amount: kronor(1_000 + (i % 500) * 10),
  source: "Import",
  evidence: "leverantorsfakturor-2026.csv (3f9a…)",
  registeredBy: "Anna Andersson",
  registeredAt: "2026-03-01 14:05",
});

/** The cells the add-in writes for a period, in the order of `headers`. */
export const periodCells = (period: RealisationPeriod, headers: readonly string[]) =>
  realisationCells(period, FILLED_AT, headers);

/** Cells by header, as someone typing in the sheet would leave them. */
export const typedCells = (typed: Record<string, CellValue>, headers: readonly string[]) =>
  headers.map((header) => typed[header] ?? "");

/** Replaces the period table's body with `count` rows, `rowOf(i, headers)` each. */
export function fillPeriods(
  model: FakeWorkbook,
  count: number,
  rowOf: (i: number, headers: readonly string[]) => readonly (CellValue | null)[] = (i, headers) =>
    periodCells(aFilledPeriod(i), headers)
): void {
  const { sheet, table, headers } = tableCells(model, REALISATION_TABLE_NAME);
  for (let i = 0; i < count; i++) {
    rowOf(i, headers).forEach((value, offset) => {
      if (value === null || value === "") return;
      const quoted = typeof value === "string" && value.startsWith("'");
      updateCell(sheet, table.rect.row + 1 + i, table.rect.col + offset, {
        value: quoted ? value.slice(1) : value,
        quotePrefix: quoted || undefined,
      });
    });
  }
  table.rect = { ...table.rect, rows: count + 1 };
}
