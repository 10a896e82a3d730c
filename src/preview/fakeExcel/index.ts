/**
 * A simulated Excel for tests and the browser preview: the subset of the Excel JavaScript API
 * that src/workbook uses, with Office.js's queue-and-sync semantics and the failure modes real
 * add-ins meet (see README.md in this folder). No Node-only APIs here; xlsx.ts is separate.
 *
 * Two co-authors are two `createFakeExcel(sameWorkbook)`: each has its own contexts, queued
 * commands, loaded (stale) values, stats and faults, over one shared model.
 */
import * as enums from "./enums";
import { FakeOfficeError } from "./errors";
import { FakeFaults, FakeStats } from "./engine/instruments";
import { createWorkbook } from "./model/workbook";
import type { FakeWorkbook } from "./model/types";
import { FakeRequestContext } from "./proxies/workbook";
import { type FakeExcelQuirks, isSetSupported } from "./quirks";

export { FakeOfficeError } from "./errors";
export type { FakeFaults, FakeStats, SyncFault, SyncRecord } from "./engine/instruments";
export type { WireCommand } from "./engine/command";
export type { FakeRequestContext } from "./proxies/workbook";
export type * from "./model/types";
export { createWorkbook, setFormulaValue } from "./model/workbook";
export { QUIRK_MATRIX, type FakeExcelQuirks } from "./quirks";
export { listValidationFromRow2, totalsRowShownByUser } from "./userStates";

export interface FakeExcelNamespace {
  run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T>;
  readonly ErrorCodes: typeof enums.ErrorCodes;
  readonly InsertShiftDirection: typeof enums.InsertShiftDirection;
  readonly DeleteShiftDirection: typeof enums.DeleteShiftDirection;
  readonly ChartType: typeof enums.ChartType;
  readonly ChartSeriesBy: typeof enums.ChartSeriesBy;
  readonly ChartLegendPosition: typeof enums.ChartLegendPosition;
  readonly SheetVisibility: typeof enums.SheetVisibility;
  readonly PageOrientation: typeof enums.PageOrientation;
  readonly ClearApplyTo: typeof enums.ClearApplyTo;
  readonly DataValidationType: typeof enums.DataValidationType;
}

export interface FakeExcel {
  Excel: FakeExcelNamespace;
  workbook: FakeWorkbook;
  stats: FakeStats;
  faults: FakeFaults;
  quirks: FakeExcelQuirks;
  /** `Office.context.requirements` as this host answers it (ExcelApi up to `quirks.excelApi`). */
  requirements: { isSetSupported(name: string, version?: string): boolean };
}

export interface FakeExcelOptions {
  /** Where this host departs from the documented behaviour; none by default. */
  quirks?: FakeExcelQuirks;
}

export function createFakeExcel(
  workbook: FakeWorkbook = createWorkbook(),
  options: FakeExcelOptions = {}
): FakeExcel {
  const quirks = { ...options.quirks };
  const engine = { model: workbook, stats: new FakeStats(), faults: new FakeFaults(), quirks };
  /** Excel.run: run the batch, then one last sync for what it left queued, then release. */
  async function run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> {
    const context = new FakeRequestContext(engine);
    try {
      const pending: unknown = batch(context);
      const isThenable = typeof (pending as { then?: unknown } | null)?.then === "function";
      if (!isThenable) throw new FakeOfficeError("RunMustReturnPromise");
      const result = await (pending as Promise<T>);
      await context.sync();
      return result;
    } finally {
      context.close();
    }
  }
  const { OfficeExtensionErrorCodes: _client, ...namespaceEnums } = enums;
  const Excel: FakeExcelNamespace = { run, ...namespaceEnums };
  const requirements = {
    isSetSupported: (name: string, version?: string) => isSetSupported(quirks, name, version),
  };
  return { Excel, workbook, stats: engine.stats, faults: engine.faults, quirks, requirements };
}

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
