/**
 * The contract's host on the simulated Excel: each case gets a new workbook with one empty
 * sheet, as Excel's "Ny tom arbetsbok" gives, on an Excel with the given quirks. Used by jest
 * and by the test page in a browser.
 */
import {
  asExcelNamespace,
  createFakeExcel,
  createWorkbook,
  type FakeExcelQuirks,
} from "../../src/preview/fakeExcel";
import type { ContractHost } from "./host";

export function fakeHost(name: string, quirks: FakeExcelQuirks = {}): ContractHost {
  return {
    name,
    async blankWorkbook() {
      const fake = createFakeExcel(createWorkbook(["Blad1"]), { quirks });
      // The adapter asks Office for requirement sets; this Excel answers as its quirks say.
      return {
        run: asExcelNamespace(fake).run,
        env: { isSetSupported: fake.requirements.isSetSupported },
      };
    },
  };
}
