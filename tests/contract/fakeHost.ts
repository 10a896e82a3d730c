/**
 * The contract's host on the simulated Excel: each case gets a new workbook with one empty
 * sheet, as Excel's "Ny tom arbetsbok" gives. Used by jest and by the test page in a browser.
 */
import { asExcelNamespace, createFakeExcel, createWorkbook } from "../../src/preview/fakeExcel";
import type { ContractHost } from "./host";

export function fakeHost(name: string): ContractHost {
  return {
    name,
    blankWorkbook: async () => asExcelNamespace(createFakeExcel(createWorkbook(["Blad1"]))).run,
  };
}
