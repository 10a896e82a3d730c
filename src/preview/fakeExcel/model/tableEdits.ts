/**
 * TableRowCollection.add and TableColumnCollection.add. Both insert cells (shifting what is
 * below or to the right within the table's span), which is why `rows.add` causes merge
 * conflicts for co-authors ("Coauthoring in Excel add-ins"): the adapter writes below the
 * table instead, and these exist so tests can show the difference.
 */
import { fail, SHAPE_MISMATCH } from "../errors";
import { bodyRect, hasOnlyBlankRow, normalizeHeaders } from "./tables";
import { lastCol, lastRow } from "./rect";
import { shiftCells } from "./shift";
import { updateCell } from "./cells";
import { writeWithoutExpansion } from "./writes";
import type { FakeWorkbook, Rect, SheetModel, TableModel } from "./types";

function rowCountOf(values: unknown, location: string): number {
  if (values === undefined || values === null) return 1;
  if (!Array.isArray(values) || values.length === 0) return fail("InvalidArgument", location);
  return values.length;
}

/**
 * Adds rows at `index` of the body (end when null/-1). A table whose body is still the
 * blank starting row takes the first new row there, as Excel's own samples show
 * ("Work with tables": headers, then rows.add, and no blank row in between).
 */
export function addTableRows(
  workbook: FakeWorkbook,
  sheet: SheetModel,
  table: TableModel,
  index: number | null | undefined,
  values: unknown
): Rect {
  const location = "TableRowCollection.add";
  const body = bodyRect(table);
  const at = index === null || index === undefined || index === -1 ? body.rows : index;
  if (!Number.isInteger(at) || at < 0 || at > body.rows) fail("InvalidArgument", location);
  const count = rowCountOf(values, location);
  const reuse = hasOnlyBlankRow(sheet, table) && at <= 1 ? 1 : 0;
  const start = reuse ? body.row : body.row + at;
  const inserted = count - reuse;
  if (inserted > 0) {
    const insertAt = start + reuse;
    shiftCells(
      workbook,
      sheet,
      { row: insertAt, col: table.rect.col, rows: inserted, cols: table.rect.cols },
      "rows",
      true
    );
    // Appending below the last row is outside the table, so the shift did not grow it.
    if (insertAt > lastRow(bodyRect(table)))
      table.rect = { ...table.rect, rows: table.rect.rows + inserted };
  }
  const rect = { row: start, col: table.rect.col, rows: count, cols: table.rect.cols };
  if (values !== undefined && values !== null) {
    if (!(values as unknown[]).every((r) => Array.isArray(r) && r.length === rect.cols)) {
      fail("InvalidArgument", location, SHAPE_MISMATCH);
    }
    writeWithoutExpansion(sheet, rect, values, location);
  }
  return rect;
}

/** Adds one column at `index` (end when null); `values` covers header, body and totals. */
export function addTableColumn(
  workbook: FakeWorkbook,
  sheet: SheetModel,
  table: TableModel,
  index: number | null | undefined,
  values: unknown,
  name: string | undefined
): Rect {
  const location = "TableColumnCollection.add";
  const at = index === null || index === undefined ? table.rect.cols : index;
  if (!Number.isInteger(at) || at < 0 || at > table.rect.cols) fail("InvalidArgument", location);
  const col = table.rect.col + at;
  const column: Rect = { row: table.rect.row, col, rows: table.rect.rows, cols: 1 };
  shiftCells(workbook, sheet, column, "cols", true);
  if (col > lastCol(table.rect)) table.rect = { ...table.rect, cols: table.rect.cols + 1 };
  if (values !== undefined && values !== null) {
    writeWithoutExpansion(sheet, column, values, location);
  }
  if (name !== undefined)
    updateCell(sheet, table.rect.row, col, { value: name, formula: undefined });
  normalizeHeaders(sheet, table);
  return column;
}
