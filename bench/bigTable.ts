/**
 * A large registration table in seconds: the rows are written straight into the simulated
 * workbook's model, as `effectToRow` lays them out, instead of through the adapter (appending
 * 100 000 rows through `appendEffects` would take most of a minute and measure nothing new).
 * The same approach as `fillTable` in tests/workbook/reading/readEffects.test.ts.
 */
import type { Effect } from "../src/domain/model/effect";
import { effectToRow } from "../src/domain/model/rows";
import type { FakeWorkbook } from "../src/preview/fakeExcel";
import { updateCell } from "../src/preview/fakeExcel/model/cells";
import { summaryLists } from "../tests/fixtures/summaryEffects";
import { addLists, openTemplate, type SummaryWorkbook } from "../tests/support/summaryWorkbook";
import { tableCells } from "../tests/workbook/support/adapterOnFake";
import { benchEffects } from "./benchEffects";

/** The committed template with the fixtures' lists and `rows` registrations, the real adapter on it. */
export async function filledWorkbook(rows: number): Promise<SummaryWorkbook> {
  const workbook = await openTemplate();
  await addLists(workbook.port, summaryLists());
  fillTable(workbook.model, benchEffects(rows));
  return workbook;
}

/** Replaces the table's body with one row per effect. */
export function fillTable(model: FakeWorkbook, effects: readonly Effect[]): void {
  const { sheet, table, headers } = tableCells(model);
  const { row: headerRow, col: firstColumn } = table.rect;
  effects.forEach((effect, i) => {
    const sheetRow = headerRow + 1 + i;
    const values = effectToRow(effect, { headers, firstColumn, rowNumber: sheetRow + 1 });
    values.forEach((value, offset) => {
      const col = firstColumn + offset;
      // updateCell keeps the template's formats on the cell (text format on text columns).
      if (typeof value === "string" && value.startsWith("=")) {
        // Formulas are stored, not evaluated (see fakeExcel's model): 0 stands for the result.
        updateCell(sheet, sheetRow, col, { value: 0, formula: value });
      } else if (typeof value === "string" && value.startsWith("'")) {
        updateCell(sheet, sheetRow, col, { value: value.slice(1), quotePrefix: true });
      } else {
        updateCell(sheet, sheetRow, col, { value });
      }
    });
  });
  table.rect = { ...table.rect, rows: effects.length + 1 };
}
