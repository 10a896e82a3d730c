/**
 * What a contract case gets: the real adapter over a blank workbook of its own, and Excel.run on
 * that same workbook for what a person would do by hand and for checking what Excel did.
 * A host provides the workbook: the simulated Excel (jest, and the browser proof) or real Excel
 * (`npm run test:excel`). The cases never know which.
 */
import type { WorkbookEnv } from "../../src/workbook/env";
import { createExcelWorkbook, type ExcelRun } from "../../src/workbook/excelWorkbook";
import type { WorkbookPort } from "../../src/workbook/port";

export interface ContractHost {
  /** Shown with each result, e.g. "simulerad Excel (standard)" or "Excel (desktop)". */
  name: string;
  /** A workbook holding one empty sheet: no tables, no settings, nothing else. */
  blankWorkbook(): Promise<HostWorkbook>;
}

export interface HostWorkbook {
  /** Excel.run over that workbook. */
  run: ExcelRun;
  /** What this host answers that the adapter asks Office for (e.g. requirement sets). */
  env?: Partial<WorkbookEnv>;
}

export interface CaseContext {
  port: WorkbookPort;
  run: ExcelRun;
  /** The host's workbook, for a colleague's adapter over it (`adapterOver`). */
  workbook: HostWorkbook;
}

export interface ContractCase {
  /** The adapter's area, e.g. "append", "lists": groups the report. */
  area: string;
  /** What the case proves, in Swedish like the other test names. */
  name: string;
  test(context: CaseContext): Promise<void>;
}

/**
 * The real adapter over the workbook. A second one is a colleague's copy of the add-in
 * (its own ids and change ids). No document settings: the test workbook must not open the test
 * pane for anyone by itself.
 */
export const adapterOver = ({ run, env }: HostWorkbook): WorkbookPort =>
  createExcelWorkbook({ run, env, documentSettings: null });

export async function caseContext(host: ContractHost): Promise<CaseContext> {
  const workbook = await host.blankWorkbook();
  return { run: workbook.run, port: adapterOver(workbook), workbook };
}
