/**
 * Creates what the add-in needs and is missing, without deleting or moving user data: the
 * lists sheet (or missing lists on it), the registration table (or missing columns, appended
 * at the end), list validations on whole columns and the calculated column. Renamed things
 * get their names back. Running it twice changes nothing.
 */
import { forecastFormulaR1C1 } from "../domain/rows";
import { TABLE_COLUMNS, headerOf, type ColumnKey } from "../domain/tableSchema";
import { sameText, type CellValue } from "../domain/cells";
import { inspectStructure, type StructureFacts } from "./inspect";
import { misspeltColumns } from "./tableColumns";
import {
  LIST_TEMPLATE_HEADER_ROW,
  LIST_VALIDATION_DEPTH,
  NUMBER_FORMATS,
  SHEETS,
  TABLE_NAME,
} from "./layout";
import {
  LIST_ORDER,
  choiceSource,
  listColumn,
  listValidationSource,
  listsSheetGrid,
} from "./listsLayout";
import type { WorkbookInspection } from "./port";

/** Excel's last row: validations reach the bottom so rows Excel adds below the table get them. */
const SHEET_ROWS = 1_048_576;
const TABLE_STYLE = "TableStyleMedium2";

export async function ensureStructure(context: Excel.RequestContext): Promise<WorkbookInspection> {
  let facts = await inspectStructure(context);
  if (!facts.inspection.ready) {
    repairLists(context, facts);
    repairTable(context, facts);
    await context.sync();
    facts = await inspectStructure(context);
  }
  // Validations are (re)applied every time: they follow the lists wherever they now are.
  if (facts.table) {
    applyValidations(context, facts.table, facts.lists);
    await context.sync();
  }
  return facts.inspection;
}

function repairLists(context: Excel.RequestContext, facts: StructureFacts): void {
  const sheets = context.workbook.worksheets;
  const listsSheet = facts.inspection.lists.sheet;
  if (listsSheet === null) {
    const sheet = sheets.add(uniqueName(SHEETS.lists, facts.sheetNames));
    const grid = listsSheetGrid();
    sheet.getRangeByIndexes(0, 0, grid.length, grid[0]?.length ?? 0).values = grid;
    sheet.getRangeByIndexes(LIST_TEMPLATE_HEADER_ROW, 0, 1, LIST_ORDER.length).format.font.bold =
      true;
    return;
  }
  const sheet = sheets.getItem(listsSheet);
  if (listsSheet !== SHEETS.lists && !facts.sheetNames.includes(SHEETS.lists)) {
    sheet.name = SHEETS.lists;
  }
  const lists = facts.lists;
  if (!lists || lists.missing.length === 0) return;
  // Missing lists go into the header row, right of the lists that are there.
  const present = Object.values(lists.locations).filter((at) => at !== null);
  const headerRow = present[0]?.row ?? LIST_TEMPLATE_HEADER_ROW;
  let column = Math.max(-1, ...present.map((at) => at.column)) + 1;
  for (const list of lists.missing) {
    const cells = listColumn(list);
    sheet.getRangeByIndexes(headerRow, column, cells.length, 1).values = cells.map((c) => [c]);
    sheet.getCell(headerRow, column).format.font.bold = true;
    column += 1;
  }
}

function repairTable(context: Excel.RequestContext, facts: StructureFacts): void {
  const found = facts.table;
  if (!found) {
    createTable(context, facts);
    return;
  }
  const table = context.workbook.tables.getItem(found.name);
  if (found.name !== TABLE_NAME) table.name = TABLE_NAME;
  // A mistyped header gets its right name back, with its values under it.
  const misspelt = misspeltColumns(found.headers);
  for (const { found: typed, expected } of misspelt) {
    table.getHeaderRowRange().getCell(0, found.headers.indexOf(typed)).values = [[expected]];
  }
  const missing = TABLE_COLUMNS.filter(
    (column) =>
      !found.headers.some((h) => sameText(h, column.header)) &&
      !misspelt.some((c) => c.expected === column.header)
  );
  for (const column of missing) {
    table.columns.add(undefined, undefined, column.header);
  }
  if (missing.length === 0) return;
  // The appended columns get their number formats, and the formula column its formula.
  const headers = [...found.headers, ...missing.map((c) => c.header)];
  const body = table.getDataBodyRange();
  missing.forEach((column, i) => {
    const range = body.getColumn(found.headers.length + i);
    range.numberFormat = fill(found.rowCount, NUMBER_FORMATS[column.kind]);
    if (column.key === "forecast")
      range.formulasR1C1 = fill(found.rowCount, forecastFormulaR1C1(headers));
  });
}

/**
 * A new table at A1 of `Registrering`: the sheet of that name when it is free (empty, or left
 * with just the header row by an interrupted repair), else a new sheet, so that a sheet
 * holding someone's notes is never written over.
 */
function createTable(context: Excel.RequestContext, facts: StructureFacts): void {
  const sheets = context.workbook.worksheets;
  const sheet = facts.registrationSheetFree
    ? sheets.getItem(SHEETS.registration)
    : sheets.add(uniqueName(SHEETS.registration, facts.sheetNames));
  const headers: string[] = TABLE_COLUMNS.map((c) => c.header);
  const headerRange = sheet.getRangeByIndexes(0, 0, 1, headers.length);
  headerRange.values = [headers];
  const table = sheet.tables.add(headerRange, true);
  table.name = TABLE_NAME;
  table.style = TABLE_STYLE;
  const firstRow = sheet.getRangeByIndexes(1, 0, 1, headers.length);
  firstRow.numberFormat = [TABLE_COLUMNS.map((c) => NUMBER_FORMATS[c.kind])];
  const formulaColumn = headers.indexOf(headerOf("forecast"));
  sheet.getCell(1, formulaColumn).formulasR1C1 = [[forecastFormulaR1C1(headers)]];
  sheet.freezePanes.freezeRows(1);
  headerRange.format.autofitColumns();
}

/** List validations on whole columns below the header (never only on the table's cells). */
function applyValidations(
  context: Excel.RequestContext,
  table: NonNullable<StructureFacts["table"]>,
  lists: StructureFacts["lists"]
): void {
  const sheet = context.workbook.worksheets.getItem(table.sheet);
  const firstRow = table.bodyRowIndex;
  table.headers.forEach((header, index) => {
    const column = TABLE_COLUMNS.find((c) => sameText(c.header, header));
    if (!column) return;
    const source = validationSource(column.key, lists);
    if (!source) return;
    const range = sheet.getRangeByIndexes(
      firstRow,
      table.columnIndex + index,
      SHEET_ROWS - firstRow,
      1
    );
    range.dataValidation.clear();
    range.dataValidation.rule = { list: { inCellDropDown: true, source } };
  });
}

function validationSource(key: ColumnKey, lists: StructureFacts["lists"]): string | null {
  const choices = choiceSource(key);
  if (!choices) return null;
  if ("values" in choices) return choices.values.join(",");
  const at = lists?.locations[choices.list];
  return at ? listValidationSource(SHEETS.lists, at, LIST_VALIDATION_DEPTH) : null;
}

function fill(rows: number, value: CellValue): CellValue[][] {
  return Array.from({ length: rows }, () => [value]);
}

function uniqueName(wanted: string, taken: readonly string[]): string {
  if (!taken.some((n) => sameText(n, wanted))) return wanted;
  for (let i = 2; ; i++) {
    const candidate = `${wanted} (${i})`;
    if (!taken.some((n) => sameText(n, candidate))) return candidate;
  }
}
