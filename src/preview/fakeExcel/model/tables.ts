/**
 * Tables (ListObjects): header row, data body, optional totals row.
 * - A table made from a header-only range gets one blank data row, as in Excel: a table
 *   always has a data body, so `getDataBodyRange()` of a fresh table is one empty row.
 * - Tables cannot overlap: InvalidArgument "A table cannot overlap a range that contains a
 *   PivotTable report, query results, protected cells or another table." (office-js-docs #417).
 * - Names are unique in the workbook, duplicates fail with InvalidArgument (office-js #551).
 * - Header cells are always unique text; blanks become "Column1", "Column2", ...
 */
import { fail } from "../errors";
import { getCell, setCell } from "./cells";
import { newId, tablesOn } from "./workbook";
import { intersects, lastCol, lastRow } from "./rect";
import type { CellModel, FakeWorkbook, Rect, SheetModel, TableModel } from "./types";
import type { FakeExcelQuirks } from "../quirks";

const OVERLAP =
  "A table cannot overlap a range that contains a PivotTable report, query results, protected cells or another table.";

export const headerRect = (t: TableModel): Rect => ({ ...t.rect, rows: 1 });

export function bodyRect(t: TableModel): Rect {
  return { ...t.rect, row: t.rect.row + 1, rows: t.rect.rows - 1 - (t.showTotals ? 1 : 0) };
}

export function totalsRect(t: TableModel): Rect | undefined {
  return t.showTotals ? { ...t.rect, row: lastRow(t.rect), rows: 1 } : undefined;
}

export function columnNames(sheet: SheetModel, t: TableModel): string[] {
  return Array.from({ length: t.rect.cols }, (_, i) =>
    String(getCell(sheet, t.rect.row, t.rect.col + i).value)
  );
}

/** Excel's table-name rules, simplified: a letter, "_" or "\" first, no spaces, not a cell. */
export function checkTableName(workbook: FakeWorkbook, name: string, self?: TableModel): void {
  const valid =
    /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^[RrCc]$/.test(name) &&
    name.length <= 255;
  const taken = workbook.tables.some(
    (t) => t !== self && !t.deleted && t.name.toLowerCase() === name.toLowerCase()
  );
  if (!valid || taken) fail("InvalidArgument", "Table.name");
}

export function normalizeHeaders(sheet: SheetModel, t: TableModel): void {
  const seen = new Set<string>();
  for (let i = 0; i < t.rect.cols; i += 1) {
    const cell = getCell(sheet, t.rect.row, t.rect.col + i);
    let name = String(cell.value).trim() === "" ? `Column${i + 1}` : String(cell.value);
    const base = name;
    for (let n = 2; seen.has(name.toLowerCase()); n += 1) name = `${base}${n}`;
    seen.add(name.toLowerCase());
    setCell(sheet, t.rect.row, t.rect.col + i, { ...cell, value: name, formula: undefined });
  }
}

export function addTable(workbook: FakeWorkbook, sheet: SheetModel, given: Rect): TableModel {
  const rect = given.rows === 1 ? { ...given, rows: 2 } : given;
  if (tablesOn(workbook, sheet).some((t) => intersects(t.rect, rect))) {
    fail("InvalidArgument", "TableCollection.add", OVERLAP);
  }
  let n = 1;
  while (workbook.tables.some((t) => !t.deleted && t.name.toLowerCase() === `table${n}`)) n += 1;
  const table: TableModel = {
    id: newId(workbook, "table"),
    name: `Table${n}`,
    sheetId: sheet.id,
    rect,
    style: "TableStyleMedium2",
    showTotals: false,
  };
  workbook.tables.push(table);
  normalizeHeaders(sheet, table);
  return table;
}

/** True when the body is the single blank row every header-only table starts with. */
export function hasOnlyBlankRow(sheet: SheetModel, t: TableModel): boolean {
  const body = bodyRect(t);
  if (body.rows !== 1) return false;
  for (let c = body.col; c <= lastCol(body); c += 1) {
    const cell = getCell(sheet, body.row, c);
    if (cell.value !== "" || cell.formula) return false;
  }
  return true;
}

/**
 * Autoexpansion: a write that reaches the row directly below a table and puts data in any of
 * the table's columns makes that row part of the table ("set values in the range directly below
 * the table. Excel automatically expands the table", learn.microsoft.com "Coauthoring in Excel
 * add-ins"). Only rows with data count ("Tables only auto-expand when you set actual data"); a
 * write two rows below touches nothing. Data validation on the new cells that the table column
 * above does not share blocks it (same article: "No data validation rules below the table ...
 * apply validation to entire columns"). A totals row also stops it. New rows take the number
 * formats of the row above where the write gave none (Excel extends a table's formats).
 * The quirks (quirks.ts) take rows away from that: none, only the first, or only up to a row
 * whose first cell is blank.
 */
export function autoExpand(
  workbook: FakeWorkbook,
  sheet: SheetModel,
  write: Rect,
  quirks: FakeExcelQuirks = {}
): void {
  if (quirks.tableAutoExpand === "never") return;
  for (const t of tablesOn(workbook, sheet)) {
    const below = lastRow(t.rect) + 1;
    if (t.showTotals || write.row > below || lastRow(write) < below) continue;
    const cols = { row: 0, col: t.rect.col, rows: 1, cols: t.rect.cols };
    if (!intersects({ ...write, row: 0, rows: 1 }, cols)) continue;
    const reach = quirks.tableAutoExpand === "firstRowOnly" ? below : lastRow(write);
    let newLast = -1;
    for (let r = below; r <= reach; r += 1) {
      const firstBlank = isBlank(getCell(sheet, r, t.rect.col));
      if (quirks.blankFirstCellStopsExpansion && firstBlank) break;
      for (
        let c = Math.max(write.col, t.rect.col);
        c <= Math.min(lastCol(write), lastCol(t.rect));
        c += 1
      ) {
        if (!isBlank(getCell(sheet, r, c))) newLast = r;
      }
    }
    if (newLast < 0) continue;
    const grown: Rect = { ...t.rect, rows: newLast - t.rect.row + 1 };
    const added: Rect = { ...t.rect, row: below, rows: newLast - below + 1 };
    const clash = tablesOn(workbook, sheet).some((o) => o !== t && intersects(o.rect, grown));
    const blocked = sheet.validations.some(
      (v) => intersects(v.rect, added) && !intersects(v.rect, { ...added, row: below - 1, rows: 1 })
    );
    if (clash || blocked) continue;
    t.rect = grown;
    inheritFormats(sheet, added);
  }
}

const isBlank = (cell: CellModel): boolean => cell.value === "" && !cell.formula;

function inheritFormats(sheet: SheetModel, added: Rect): void {
  for (let c = added.col; c <= lastCol(added); c += 1) {
    const format = getCell(sheet, added.row - 1, c).numberFormat;
    if (format === undefined) continue;
    for (let r = added.row; r <= lastRow(added); r += 1) {
      const cell = getCell(sheet, r, c);
      if (cell.numberFormat === undefined) setCell(sheet, r, c, { ...cell, numberFormat: format });
    }
  }
}
