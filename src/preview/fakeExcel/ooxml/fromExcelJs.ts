/** ExcelJS workbook (+ the parts read from the zip) → model. */
import type * as ExcelJS from "exceljs";
import { parseRect } from "../model/address";
import { setCell } from "../model/cells";
import type { CellModel, CellValue, FakeWorkbook, SheetModel } from "../model/types";
import { addSheet, createWorkbook, newId } from "../model/workbook";
import type { SheetExtras } from "./zipParts";

const VISIBILITY = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" } as const;

/** ExcelJS turns date-formatted numbers into Dates (UTC); Excel keeps serial numbers. */
const dateToSerial = (d: Date): number => d.getTime() / 86_400_000 + 25569;

/** ExcelJS's getTables() is typed wrongly; at run time each item holds its model in `table`. */
interface LoadedTable {
  table: { name: string; tableRef: string; totalsRow?: boolean; style?: { theme?: string } };
}

function scalar(value: unknown): CellValue {
  if (value instanceof Date) return dateToSerial(value);
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  if (value && typeof value === "object") {
    if ("error" in value) return String(value.error);
    if ("richText" in value && Array.isArray(value.richText)) {
      return value.richText.map((r: { text?: string }) => r.text ?? "").join("");
    }
    if ("text" in value) return scalar(value.text);
  }
  return "";
}

function readCell(cell: ExcelJS.Cell, quotePrefix: boolean): CellModel {
  const raw: unknown = cell.value;
  const isFormula =
    raw !== null && typeof raw === "object" && ("formula" in raw || "sharedFormula" in raw);
  const result = isFormula ? (raw as { result?: unknown }).result : raw;
  const fill = cell.fill?.type === "pattern" ? cell.fill.fgColor?.argb : undefined;
  return {
    value: isFormula && result === undefined ? 0 : scalar(result),
    formula: isFormula ? `=${cell.formula}` : undefined,
    numberFormat: cell.numFmt && cell.numFmt !== "General" ? cell.numFmt : undefined,
    quotePrefix: quotePrefix || undefined,
    bold: cell.font?.bold || undefined,
    fill: fill ? `#${fill.slice(-6).toUpperCase()}` : undefined,
    wrapText: cell.alignment?.wrapText || undefined,
  };
}

function readSheet(model: FakeWorkbook, ws: ExcelJS.Worksheet, extras?: SheetExtras): SheetModel {
  const sheet = addSheet(model, ws.name);
  sheet.visibility = VISIBILITY[ws.state] ?? "Visible";
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      const quoted = extras?.quotePrefixed.has(cell.address) ?? false;
      setCell(sheet, Number(cell.row) - 1, Number(cell.col) - 1, readCell(cell, quoted));
    })
  );
  (ws.columns ?? []).forEach((column, i) => {
    if (column.width !== undefined)
      sheet.columnWidths.set(i, Math.round(column.width * 7 + 5) * 0.75);
  });
  const view = ws.views?.[0];
  if (view?.state === "frozen")
    sheet.freeze = { rows: view.ySplit ?? 0, columns: view.xSplit ?? 0 };
  const setup = ws.pageSetup;
  sheet.pageLayout = {
    orientation: setup.orientation === "landscape" ? "Landscape" : "Portrait",
    zoom: setup.fitToPage
      ? { horizontalFitToPages: setup.fitToWidth ?? 1, verticalFitToPages: setup.fitToHeight ?? 1 }
      : { scale: setup.scale ?? 100 },
  };
  for (const { table } of ws.getTables() as unknown as LoadedTable[]) {
    model.tables.push({
      id: newId(model, "table"),
      name: table.name,
      sheetId: sheet.id,
      rect: parseRect(table.tableRef),
      style: table.style?.theme ?? "TableStyleMedium2",
      showTotals: table.totalsRow === true,
    });
  }
  sheet.validations = (extras?.validations ?? []).map((v) => ({
    rect: v.rect,
    rule: { list: { inCellDropDown: v.inCellDropDown, source: v.source } },
    extras: {},
  }));
  return sheet;
}

export function fromExcelJs(wb: ExcelJS.Workbook, extras: Map<string, SheetExtras>): FakeWorkbook {
  const model = createWorkbook([]);
  const sheets = wb.worksheets.map((ws) => readSheet(model, ws, extras.get(ws.name)));
  const active = sheets[wb.views?.[0]?.activeTab ?? 0] ?? sheets[0];
  model.activeSheetId = active?.id ?? "";
  for (const { name, ranges } of wb.definedNames.model) {
    model.names.push({ name, formula: ranges.join(",") });
  }
  return model;
}
