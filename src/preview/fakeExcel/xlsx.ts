/**
 * .xlsx in and out of the simulated workbook, through ExcelJS (plus a small zip pass for the
 * quote prefix and data validations, see ooxml/zipParts). Runs in Node and in the browser.
 * Kept: sheets (order, visibility, active sheet), values, formulas with their last result,
 * number formats, quotePrefix, bold/fill/wrap, column widths, tables, list validations, page
 * setup (orientation, fit to pages), freeze panes and range-defined names.
 * Not kept: charts (ExcelJS cannot write them) and workbook settings.
 */
import * as ExcelJS from "exceljs";
import type { FakeWorkbook } from "./model/types";
import { fromExcelJs } from "./ooxml/fromExcelJs";
import { toExcelJs } from "./ooxml/toExcelJs";
import { extractExtras, injectExtras } from "./ooxml/zipParts";

export async function loadWorkbookFromXlsx(
  buffer: ArrayBuffer | Uint8Array
): Promise<FakeWorkbook> {
  const bytes = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
  const { cleaned, extras } = await extractExtras(bytes);
  const wb = new ExcelJS.Workbook();
  // ExcelJS types its input as Node's Buffer; JSZip (which it uses) takes an ArrayBuffer too.
  await wb.xlsx.load(cleaned as unknown as Parameters<typeof wb.xlsx.load>[0]);
  return fromExcelJs(wb, extras);
}

export async function saveWorkbookToXlsx(workbook: FakeWorkbook): Promise<Uint8Array> {
  const { wb, extras } = toExcelJs(workbook);
  const written = await wb.xlsx.writeBuffer();
  return injectExtras(written as unknown as Uint8Array, extras);
}
