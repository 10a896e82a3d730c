/**
 * A simulated Excel for tests and the browser preview: the subset of the Excel JavaScript API
 * that src/workbook uses, with Office.js's queue-and-sync semantics and the failure modes real
 * add-ins meet (see README.md in this folder). No Node-only APIs here; xlsx.ts is separate.
 *
 * Co-authors are `createCoauthors(workbook, n, { delaySyncs })` (replicas.ts): each has their
 * own copy of the workbook, contexts, loaded (stale) values, stats and faults.
 */
import * as enums from "./enums";
import { FakeOfficeError } from "./errors";
import type { FakeExcel } from "./fakeExcel";

export {
  createFakeExcel,
  type FakeExcel,
  type FakeExcelNamespace,
  type FakeExcelOptions,
} from "./fakeExcel";

export { FakeOfficeError } from "./errors";
export type { FakeFaults, FakeStats, SyncFault, SyncRecord } from "./engine/instruments";
export type { WireCommand } from "./engine/command";
export type { FakeRequestContext } from "./proxies/workbook";
export type * from "./model/types";
export { createWorkbook, setFormulaValue } from "./model/workbook";
export { QUIRK_MATRIX, type FakeExcelQuirks } from "./quirks";
export { listValidationFromRow2, totalsRowShownByUser } from "./userStates";
export { createCoauthors, type CoauthorOptions, type Coauthors } from "./replicas";

/** The one place the fake becomes `typeof Excel`: its shape is the subset the adapter uses. */
export function asExcelNamespace(fake: FakeExcel): typeof Excel {
  return fake.Excel as unknown as typeof Excel;
}

/** Sets globalThis.Excel and OfficeExtension for the preview page and tests. */
export function installFakeExcel(globalObject: object, fake: FakeExcel): void {
  Object.assign(globalObject, {
    Excel: fake.Excel,
    OfficeExtension: { Error: FakeOfficeError, ErrorCodes: enums.OfficeExtensionErrorCodes },
  });
}
