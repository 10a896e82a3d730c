/**
 * .xlsx in and out of the simulated workbook, through ExcelJS (plus a small zip pass for the
 * quote prefix, data validations and charts, see ooxml/zipParts and ooxml/chartParts). Runs in
 * Node and in the browser.
 * Kept: sheets (order, visibility, active sheet), values, formulas with their computed result
 * (recalculated on save and after loading), number formats, quotePrefix, bold/fill/wrap,
 * column widths, tables, list validations, page setup (orientation, fit to pages), freeze
 * panes and range-defined names. Saved but not read back: bar and column charts.
 * Not kept: workbook settings.
 */
import * as ExcelJS from "exceljs";
import { recalculate } from "./formulas/calculate";
import type { FakeWorkbook } from "./model/types";
import { addCharts } from "./ooxml/chartParts";
import { fromExcelJs } from "./ooxml/fromExcelJs";
import { toExcelJs } from "./ooxml/toExcelJs";
import { JSZip } from "./ooxml/xml";
import { extractExtras, injectExtras } from "./ooxml/zipParts";

export async function loadWorkbookFromXlsx(
  buffer: ArrayBuffer | Uint8Array
): Promise<FakeWorkbook> {
  const bytes = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
  const { cleaned, extras } = await extractExtras(bytes);
  const wb = new ExcelJS.Workbook();
  // ExcelJS types its input as Node's Buffer; JSZip (which it uses) takes an ArrayBuffer too.
  await wb.xlsx.load(cleaned as unknown as Parameters<typeof wb.xlsx.load>[0]);
  const workbook = fromExcelJs(wb, extras);
  // A file's cached results may be stale or missing (the template's formula has none).
  recalculate(workbook);
  return workbook;
}

export async function saveWorkbookToXlsx(workbook: FakeWorkbook): Promise<Uint8Array> {
  recalculate(workbook);
  const { wb, extras } = toExcelJs(workbook);
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  await injectExtras(zip, extras);
  await addCharts(zip, workbook);
  return zip.generateAsync({ type: "uint8array" });
}
