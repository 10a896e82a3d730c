/**
 * Model → ExcelJS workbook. Charts are added to its output afterwards (chartParts.ts: ExcelJS
 * cannot write them); workbook settings are not written: Excel keeps them in the add-in's
 * web-extension part, which ExcelJS lacks.
 */
import * as ExcelJS from "exceljs";
import { columnLetters } from "../model/address";
import { keyCol, keyRow, readMatrix } from "../model/cells";
import { bodyRect, columnNames } from "../model/tables";
import type { CellModel, FakeWorkbook, SheetModel } from "../model/types";
import { tablesOn } from "../model/workbook";
import { formatPlain, type SheetExtras } from "./zipParts";

const STATES = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" } as const;

/** Column width in characters of the default font: Excel's 7 px per character + 5 px padding. */
export const pointsToChars = (points: number): number =>
  Math.round(((points / 0.75 - 5) / 7) * 100) / 100;

function cellValue(cell: CellModel): ExcelJS.CellValue {
  if (cell.formula)
    return { formula: cell.formula.slice(1), result: cell.value } as ExcelJS.CellFormulaValue;
  return cell.value === "" ? null : cell.value;
}

/** Lists are a quoted string formula in the file; range sources lose their "=". */
function listFormula(source: string): string {
  return source.startsWith("=") ? source.slice(1) : `"${source.replace(/"/g, '""')}"`;
}

/** ExcelJS supports one rule per range ("D2:D1048576") but leaves it out of its typings. */
const rangeValidations = (ws: ExcelJS.Worksheet) =>
  (ws as unknown as { dataValidations: { add(ref: string, rule: ExcelJS.DataValidation): void } })
    .dataValidations;

function writeTables(model: FakeWorkbook, sheet: SheetModel, ws: ExcelJS.Worksheet): void {
  for (const table of tablesOn(model, sheet)) {
    const rows = readMatrix(sheet, bodyRect(table), (c) => cellValue(c));
    ws.addTable({
      name: table.name,
      ref: `${columnLetters(table.rect.col)}${table.rect.row + 1}`,
      headerRow: true,
      totalsRow: table.showTotals,
      style: { theme: table.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
      columns: columnNames(sheet, table).map((name) => ({ name, filterButton: true })),
      rows,
    });
  }
}

function writeCells(sheet: SheetModel, ws: ExcelJS.Worksheet, extras: SheetExtras): void {
  for (const [key, cell] of sheet.cells) {
    const address = `${columnLetters(keyCol(key))}${keyRow(key) + 1}`;
    const target = ws.getCell(address);
    target.value = cellValue(cell);
    if (cell.numberFormat) target.numFmt = cell.numberFormat;
    if (cell.bold) target.font = { bold: true };
    if (cell.fill) {
      target.fill = {
        type: "pattern",
        pattern: "solid",
        fgColor: { argb: `FF${cell.fill.slice(1)}` },
      };
    }
    if (cell.wrapText) target.alignment = { wrapText: true };
    if (cell.quotePrefix) extras.quotePrefixed.add(address);
  }
}

function writeSheet(model: FakeWorkbook, sheet: SheetModel, wb: ExcelJS.Workbook): SheetExtras {
  const { freeze, pageLayout } = sheet;
  const ws = wb.addWorksheet(sheet.name, {
    state: STATES[sheet.visibility],
    views:
      freeze.rows || freeze.columns
        ? [{ state: "frozen", xSplit: freeze.columns, ySplit: freeze.rows }]
        : [],
  });
  const { horizontalFitToPages, verticalFitToPages, scale } = pageLayout.zoom;
  const fit = horizontalFitToPages !== undefined || verticalFitToPages !== undefined;
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: pageLayout.orientation === "Landscape" ? "landscape" : "portrait",
    ...(fit
      ? {
          fitToPage: true,
          fitToWidth: horizontalFitToPages ?? 1,
          fitToHeight: verticalFitToPages ?? 1,
        }
      : { scale: scale ?? 100 }),
  };
  const extras: SheetExtras = { validations: [], quotePrefixed: new Set() };
  writeTables(model, sheet, ws);
  writeCells(sheet, ws, extras);
  for (const [col, points] of sheet.columnWidths)
    ws.getColumn(col + 1).width = pointsToChars(points);
  for (const v of sheet.validations) {
    rangeValidations(ws).add(formatPlain(v.rect), {
      type: "list",
      allowBlank: true,
      formulae: [listFormula(v.rule.list.source)],
    });
    extras.validations.push({
      rect: v.rect,
      source: v.rule.list.source,
      inCellDropDown: v.rule.list.inCellDropDown,
    });
  }
  return extras;
}

export function toExcelJs(model: FakeWorkbook): {
  wb: ExcelJS.Workbook;
  extras: Map<string, SheetExtras>;
} {
  const wb = new ExcelJS.Workbook();
  // The saved results are the simulation's; still ask the spreadsheet that opens the file to
  // compute them all, since its functions are the reference.
  wb.calcProperties = { fullCalcOnLoad: true };
  const extras = new Map<string, SheetExtras>();
  for (const sheet of model.sheets) extras.set(sheet.name, writeSheet(model, sheet, wb));
  const activeTab = Math.max(
    0,
    model.sheets.findIndex((s) => s.id === model.activeSheetId)
  );
  wb.views = [
    { x: 0, y: 0, width: 20000, height: 10000, firstSheet: 0, activeTab, visibility: "visible" },
  ];
  for (const { name, formula } of model.names) {
    // ExcelJS writes only names that refer to ranges.
    if (/^('[^']+'|[^!]+)!\$?[A-Z]+\$?\d+(:\$?[A-Z]+\$?\d+)?$/.test(formula))
      wb.definedNames.add(formula, name);
  }
  return { wb, extras };
}
