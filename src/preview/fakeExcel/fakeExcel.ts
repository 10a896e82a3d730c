/** createFakeExcel: one simulated Excel (one user's client) over a workbook model. */
import * as enums from "./enums";
import { FakeOfficeError } from "./errors";
import type { ReplicaHooks } from "./engine/context";
import { FakeFaults, FakeStats } from "./engine/instruments";
import { createWorkbook } from "./model/workbook";
import type { FakeWorkbook } from "./model/types";
import { FakeRequestContext } from "./proxies/workbook";
import { type FakeExcelQuirks, isSetSupported } from "./quirks";

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
  /** Set by createCoauthors (replicas.ts): this Excel is one co-author's copy. */
  replica?: ReplicaHooks;
}

export function createFakeExcel(
  workbook: FakeWorkbook = createWorkbook(),
  options: FakeExcelOptions = {}
): FakeExcel {
  const quirks = { ...options.quirks };
  const engine = {
    model: workbook,
    stats: new FakeStats(),
    faults: new FakeFaults(),
    quirks,
    replica: options.replica,
  };
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
