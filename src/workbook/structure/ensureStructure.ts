/**
 * Creates what the add-in needs and is missing, without deleting or moving user data: the
 * lists sheet (or missing lists on it), the registration table (or missing columns, appended
 * at the end), the hidden log sheet with its table (or its missing columns), the period table
 * on its visible sheet `Realisering` (or its missing columns), list validations
 * on whole columns and the calculated column. Renamed things get their names back. Running it
 * twice changes nothing.
 */
import { LOG_COLUMNS } from "../../domain/trust/logSchema";
import { REALISATION_COLUMNS } from "../../domain/model/realisation";
import { forecastFormulaR1C1 } from "../../domain/model/rows";
import {
  TABLE_COLUMNS,
  headerOf,
  type ColumnKey,
  type ColumnKind,
} from "../../domain/model/tableSchema";
import { sameText, type CellValue } from "../../domain/model/cells";
import { inspectStructure, type StructureFacts, type TableFacts } from "./inspect";
import { misspeltColumns, type KnownColumns } from "./tableColumns";
import {
  LIST_TEMPLATE_HEADER_ROW,
  LIST_VALIDATION_DEPTH,
  LOG_TABLE_NAME,
  NUMBER_FORMATS,
  REALISATION_TABLE_NAME,
  SHEETS,
  TABLE_NAME,
  TABLE_STYLE,
} from "./layout";
import {
  LIST_ORDER,
  choiceSource,
  listColumn,
  listValidationSource,
  listsSheetGrid,
} from "./listsLayout";
import type { WorkbookInspection } from "../port";

/** Excel's last row: validations reach the bottom so rows Excel adds below the table get them. */
const SHEET_ROWS = 1_048_576;

export async function ensureStructure(context: Excel.RequestContext): Promise<WorkbookInspection> {
  let facts = await inspectStructure(context);
  if (!facts.inspection.ready) {
    repairLists(context, facts);
    repairTable(context, facts);
    repairLog(context, facts);
    repairRealisations(context, facts);
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
  addColumns(table, found, missing);
}

/** The log like the registration table: created hidden when missing, else completed. */
function repairLog(context: Excel.RequestContext, facts: StructureFacts): void {
  if (facts.log) completeTable(context, facts.log, LOG_TABLE_NAME, LOG_COLUMNS);
  else createLog(context, facts);
}

/** The period table like the log, but on a visible sheet: people and formulas read it. */
function repairRealisations(context: Excel.RequestContext, facts: StructureFacts): void {
  const found = facts.realisations;
  if (found) {
    completeTable(context, found, REALISATION_TABLE_NAME, REALISATION_COLUMNS);
    return;
  }
  const sheet = freeOrNewSheet(context, SHEETS.realisation, facts.realisationSheetFree, facts);
  tableAt(sheet, REALISATION_TABLE_NAME, REALISATION_COLUMNS).format.autofitColumns();
}

/** A table found under its name or another: its name back, and its missing columns added. */
function completeTable(
  context: Excel.RequestContext,
  found: TableFacts,
  name: string,
  columns: KnownColumns
): void {
  const table = context.workbook.tables.getItem(found.name);
  if (found.name !== name) table.name = name;
  const missing = columns.filter(
    (column) => !found.headers.some((h) => sameText(h, column.header))
  );
  addColumns(table, found, missing);
}

/** Appends columns at the table's end, with their number formats (and the formula) on every row. */
function addColumns(table: Excel.Table, found: TableFacts, missing: KnownColumns): void {
  for (const column of missing) {
    table.columns.add(undefined, undefined, column.header);
  }
  if (missing.length === 0) return;
  const headers = [...found.headers, ...missing.map((c) => c.header)];
  const body = table.getDataBodyRange();
  missing.forEach((column, i) => {
    const range = body.getColumn(found.headers.length + i);
    range.numberFormat = fill(found.rowCount, NUMBER_FORMATS[column.kind]);
    if (column.kind === "formula")
      range.formulasR1C1 = fill(found.rowCount, forecastFormulaR1C1(headers));
  });
}

/**
 * A new table at A1 of `Registrering`: the sheet of that name when it is free (empty, or left
 * with just the header row by an interrupted repair), else a new sheet, so that a sheet
 * holding someone's notes is never written over.
 */
function createTable(context: Excel.RequestContext, facts: StructureFacts): void {
  const sheet = freeOrNewSheet(context, SHEETS.registration, facts.registrationSheetFree, facts);
  const headers: string[] = TABLE_COLUMNS.map((c) => c.header);
  const headerRange = tableAt(sheet, TABLE_NAME, TABLE_COLUMNS);
  const formulaColumn = headers.indexOf(headerOf("forecast"));
  sheet.getCell(1, formulaColumn).formulasR1C1 = [[forecastFormulaR1C1(headers)]];
  headerRange.format.autofitColumns();
}

/**
 * The log at A1 of `Logg` (free or new, as the registration table), hidden from casual view
 * before anything is written on it: a repair interrupted at any point leaves no visible log.
 */
function createLog(context: Excel.RequestContext, facts: StructureFacts): void {
  const sheet = freeOrNewSheet(context, SHEETS.log, facts.logSheetFree, facts);
  sheet.visibility = "Hidden";
  tableAt(sheet, LOG_TABLE_NAME, LOG_COLUMNS).format.autofitColumns();
}

function freeOrNewSheet(
  context: Excel.RequestContext,
  name: string,
  free: boolean,
  facts: StructureFacts
): Excel.Worksheet {
  const sheets = context.workbook.worksheets;
  return free ? sheets.getItem(name) : sheets.add(uniqueName(name, facts.sheetNames));
}

/** A named table at A1 with `columns`, formats on its first body row; returns the header row. */
export function tableAt(
  sheet: Excel.Worksheet,
  name: string,
  columns: readonly { header: string; kind: ColumnKind }[]
): Excel.Range {
  const headerRange = sheet.getRangeByIndexes(0, 0, 1, columns.length);
  headerRange.values = [columns.map((c) => c.header)];
  const table = sheet.tables.add(headerRange, true);
  table.name = name;
  table.style = TABLE_STYLE;
  const firstRow = sheet.getRangeByIndexes(1, 0, 1, columns.length);
  firstRow.numberFormat = [columns.map((c) => NUMBER_FORMATS[c.kind])];
  sheet.freezePanes.freezeRows(1);
  return headerRange;
}

/** List validations on whole columns below the header (never only on the table's cells). */
function applyValidations(
  context: Excel.RequestContext,
  table: TableFacts,
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
