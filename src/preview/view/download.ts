/** Saves the simulated workbook as .xlsx and hands it to the browser as a download. */
import type { FakeWorkbook } from "../fakeExcel";
import { saveWorkbookToXlsx } from "../fakeExcel/xlsx";

export const DOWNLOAD_NAME = "Effektiviseringar-forhandsvisning.xlsx";
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export async function downloadWorkbook(workbook: FakeWorkbook): Promise<void> {
  const bytes = await saveWorkbookToXlsx(workbook);
  // A copy into a plain ArrayBuffer: Blob's typings refuse a view over a SharedArrayBuffer.
  const url = URL.createObjectURL(new Blob([bytes.slice().buffer], { type: XLSX_TYPE }));
  const link = document.createElement("a");
  link.href = url;
  link.download = DOWNLOAD_NAME;
  link.click();
  // The click has started the download; the URL is not needed after this task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
