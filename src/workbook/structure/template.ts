/**
 * The template workbook (assets/Effektiviseringsmall.xlsx), generated from the domain's
 * definitions so that the file people start from and the add-in cannot drift apart. It holds
 * what `ensureStructure` would create in an empty workbook. ExcelJS writes the file; it never
 * runs inside Excel. `npm run build:template` regenerates the asset, and
 * tests/workbook/structure/template.test.ts fails while the committed file is out of date.
 */
import * as ExcelJS from "exceljs";
import { columnLetter } from "../../domain/model/cells";
import { forecastFormula } from "../../domain/model/rows";
import { LOG_COLUMNS } from "../../domain/trust/logSchema";
import { REALISATION_COLUMNS } from "../../domain/model/realisation";
import { TABLE_COLUMNS, type ColumnDef, type ColumnKind } from "../../domain/model/tableSchema";
import {
  LIST_TEMPLATE_HEADER_ROW,
  LIST_VALIDATION_DEPTH,
  LOG_TABLE_NAME,
  NUMBER_FORMATS,
  REALISATION_TABLE_NAME,
  SHEETS,
  TABLE_ANCHOR,
  TABLE_NAME,
  TABLE_STYLE,
} from "./layout";
import { LIST_ORDER, choiceSource, listValidationSource, listsSheetGrid } from "./listsLayout";

/** Where the generated template lives, from the project root. */
export const TEMPLATE_PATH = "assets/Effektiviseringsmall.xlsx";

/** Fixed, so that regenerating the template gives the same content. */
const TEMPLATE_DATE = new Date(Date.UTC(2026, 0, 1));
/** Excel's last row: validations cover whole columns, never only the table (see DESIGN). */
const SHEET_ROWS = 1_048_576;
/** Room for the filter button beside a header, and for typing into an empty list. */
const FILTER_BUTTON_WIDTH = 4;
const MIN_LIST_WIDTH = 26;
/** The workbook's default font, bold: a font without a name shows as a serif in LibreOffice. */
const BOLD: Partial<ExcelJS.Font> = {
  name: "Calibri",
  family: 2,
  scheme: "minor",
  size: 11,
  bold: true,
};
const MIN_WIDTH: Record<ColumnKind, number> = {
  text: 14,
  choice: 16,
  kronor: 16,
  number: 12,
  percent: 12,
  date: 13,
  month: 10,
  datetime: 18,
  yesNo: 10,
  formula: 16,
};

export function buildTemplateWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Effektiviseringar";
  workbook.lastModifiedBy = "Effektiviseringar";
  workbook.created = TEMPLATE_DATE;
  workbook.modified = TEMPLATE_DATE;
  // The formula cell carries no cached result: Excel computes it when the file opens.
  workbook.calcProperties = { fullCalcOnLoad: true };
  addListsSheet(workbook);
  addRegistrationSheet(workbook);
  // The log hidden (not very hidden: a controller can show it); the periods visible.
  addTableSheet(workbook, { sheet: SHEETS.log, table: LOG_TABLE_NAME, hidden: true }, LOG_COLUMNS);
  addTableSheet(
    workbook,
    { sheet: SHEETS.realisation, table: REALISATION_TABLE_NAME, hidden: false },
    REALISATION_COLUMNS
  );
  return workbook;
}

export async function templateBuffer(): Promise<Uint8Array> {
  return new Uint8Array(await buildTemplateWorkbook().xlsx.writeBuffer());
}

/** The `Kategori` sheet as in the talk, written from the same grid as a workbook repair. */
function addListsSheet(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet(SHEETS.lists, {
    pageSetup: { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const grid = listsSheetGrid();
  grid.forEach((cells, row) =>
    cells.forEach((value, column) => {
      if (value !== "") sheet.getCell(row + 1, column + 1).value = value;
    })
  );
  LIST_ORDER.forEach((_, column) => {
    sheet.getCell(LIST_TEMPLATE_HEADER_ROW + 1, column + 1).font = BOLD;
    const texts = grid.slice(LIST_TEMPLATE_HEADER_ROW).map((cells) => String(cells[column]));
    const longest = Math.max(...texts.map((text) => text.length));
    sheet.getColumn(column + 1).width = Math.max(MIN_LIST_WIDTH, longest + 2);
  });
}

/** `Registrering` with the table, one empty body row, formats and whole-column validations. */
function addRegistrationSheet(workbook: ExcelJS.Workbook): void {
  const headerRow = TABLE_ANCHOR.row + 1;
  const bodyRow = headerRow + 1;
  const headers = TABLE_COLUMNS.map((column) => column.header);
  const place = { headers, firstColumn: TABLE_ANCHOR.column, rowNumber: bodyRow };
  const sheet = workbook.addWorksheet(SHEETS.registration, {
    views: [{ state: "frozen", ySplit: headerRow, xSplit: 0, topLeftCell: `A${bodyRow}` }],
    pageSetup: { orientation: "landscape", printTitlesRow: `${headerRow}:${headerRow}` },
  });
  sheet.addTable({
    name: TABLE_NAME,
    ref: `${columnLetter(TABLE_ANCHOR.column)}${headerRow}`,
    headerRow: true,
    style: { theme: TABLE_STYLE, showRowStripes: true },
    columns: headers.map((name) => ({ name, filterButton: true })),
    // Excel tables need a body row. ExcelJS writes formulas without the leading "=".
    rows: [
      TABLE_COLUMNS.map((column) =>
        column.key === "forecast" ? { formula: forecastFormula(place).replace(/^=/, "") } : null
      ),
    ],
  });
  TABLE_COLUMNS.forEach((column, i) => {
    const letter = columnLetter(TABLE_ANCHOR.column + i);
    formatColumn(sheet, TABLE_ANCHOR.column + i, column, headerRow);
    const rule = validationFor(column);
    if (rule) addValidation(sheet, `${letter}${bodyRow}:${letter}${SHEET_ROWS}`, rule);
  });
}

/** A table column's bold header, width and number format (the header on `headerRow`, 1-based). */
function formatColumn(
  sheet: ExcelJS.Worksheet,
  index: number,
  column: { header: string; kind: ColumnKind },
  headerRow: number
): void {
  const sheetColumn = sheet.getColumn(index + 1);
  // The table style shows the header bold in Excel; this is for apps without table styles.
  sheet.getCell(headerRow, index + 1).font = BOLD;
  sheetColumn.width = Math.max(MIN_WIDTH[column.kind], column.header.length + FILTER_BUTTON_WIDTH);
  const numFmt = NUMBER_FORMATS[column.kind];
  if (numFmt !== "General") {
    // On the body row and as the column's default, so rows Excel adds get it either way.
    sheet.getCell(headerRow + 1, index + 1).numFmt = numFmt;
    sheetColumn.style = { numFmt };
  }
}

/** A sheet with one table at A1 and its one empty body row, as `ensureStructure` creates it. */
function addTableSheet(
  workbook: ExcelJS.Workbook,
  names: { sheet: string; table: string; hidden: boolean },
  columns: readonly { header: string; kind: ColumnKind }[]
): void {
  const headers = columns.map((column) => column.header);
  const sheet = workbook.addWorksheet(names.sheet, {
    state: names.hidden ? "hidden" : "visible",
    views: [{ state: "frozen", ySplit: 1, xSplit: 0, topLeftCell: "A2" }],
  });
  sheet.addTable({
    name: names.table,
    ref: "A1",
    headerRow: true,
    style: { theme: TABLE_STYLE, showRowStripes: true },
    columns: headers.map((name) => ({ name, filterButton: true })),
    rows: [columns.map(() => null)],
  });
  columns.forEach((column, i) => formatColumn(sheet, i, column, 1));
}

/** The list a column offers: a list on the `Kategori` sheet, or a fixed set of values. */
function validationFor(column: ColumnDef): ExcelJS.DataValidation | null {
  const choices = choiceSource(column.key);
  if (!choices) return null;
  if ("values" in choices) return listRule(`"${choices.values.join(",")}"`);
  const header = { row: LIST_TEMPLATE_HEADER_ROW, column: LIST_ORDER.indexOf(choices.list) };
  return listRule(listValidationSource(SHEETS.lists, header, LIST_VALIDATION_DEPTH).slice(1));
}

/** What Office.js sets for `{ list: { inCellDropDown: true, source } }` (ensureStructure). */
const listRule = (formula: string): ExcelJS.DataValidation => ({
  type: "list",
  allowBlank: true,
  showErrorMessage: true,
  formulae: [formula],
});

/** ExcelJS 4.4 has `worksheet.dataValidations` (range → rule) but leaves it out of its types. */
interface WithDataValidations {
  dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void };
}

function addValidation(sheet: ExcelJS.Worksheet, range: string, rule: ExcelJS.DataValidation) {
  (sheet as ExcelJS.Worksheet & WithDataValidations).dataValidations.add(range, rule);
}
