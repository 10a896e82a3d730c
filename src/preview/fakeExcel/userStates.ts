/**
 * Workbook states a user makes with a click or two that the add-in must survive, set up
 * directly on the model (as if the file had been opened that way), for tests and the contract.
 */
import { getCell, setCell } from "./model/cells";
import { intersects, lastRow } from "./model/rect";
import { MAX_ROWS } from "./model/address";
import { findSheet, findTable, sheetById, tablesOn } from "./model/workbook";
import type { FakeWorkbook } from "./model/types";

/**
 * Table Design → Total Row: the row below the body becomes the totals row, "Summa" in its first
 * cell (Excel's label in a Swedish UI). A write below the table then lands below the totals row,
 * where Excel never expands the table.
 */
export function totalsRowShownByUser(workbook: FakeWorkbook, tableName: string): void {
  const table = findTable(workbook, tableName);
  if (!table) throw new Error(`no table ${tableName}`);
  if (table.showTotals) return;
  const sheet = sheetById(workbook, table.sheetId);
  const grown = { ...table.rect, rows: table.rect.rows + 1 };
  const row = lastRow(grown);
  const clash = tablesOn(workbook, sheet).some((o) => o !== table && intersects(o.rect, grown));
  if (clash) throw new Error(`the row below ${tableName} belongs to another table`);
  table.rect = grown;
  table.showTotals = true;
  const first = getCell(sheet, row, grown.col);
  setCell(sheet, row, grown.col, { ...first, value: "Summa", formula: undefined });
}

/**
 * A list rule on a whole column from row 2 down (Data → Data Validation on "A2:A1048576"), the
 * way a person applies a drop-down below a header: it covers the cells below the table too.
 */
export function listValidationFromRow2(
  workbook: FakeWorkbook,
  sheetName: string,
  column: number,
  source: string
): void {
  const sheet = findSheet(workbook, sheetName);
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  sheet.validations.push({
    rect: { row: 1, col: column, rows: MAX_ROWS - 1, cols: 1 },
    rule: { list: { inCellDropDown: true, source } },
    extras: {},
  });
}
