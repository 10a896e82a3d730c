/**
 * The whole simulated workbook as one comparable text, for "nothing or everything" checks:
 * every sheet's cells (values, formulas, formats), widths, panes, page setup, validations and
 * charts, the tables, the settings. Object ids are left out (a failed attempt plus a retry
 * creates more objects than one clean run), and so are the clock readings every write moves:
 * `Senast ändrad`, the log's `Tid` and the `Kontrollsumma` computed with the time (the update
 * tests check those columns themselves, and the fault tests that every checksum still holds).
 */
import { effectId, isoDate } from "../../../src/domain/model/effect";
import { LOG_COLUMNS } from "../../../src/domain/trust/logSchema";
import { headerOf } from "../../../src/domain/model/tableSchema";
import {
  asExcelNamespace,
  createFakeExcel,
  type FakeWorkbook,
} from "../../../src/preview/fakeExcel";
import { cellKey } from "../../../src/preview/fakeExcel/model/cells";
import { newSheetPageLayout } from "../../../src/preview/fakeExcel/model/workbook";
import { createExcelWorkbook } from "../../../src/workbook/excelWorkbook";
import { WorkbookError } from "../../../src/workbook/errors";
import { LOG_TABLE_NAME, TABLE_NAME } from "../../../src/workbook/structure/layout";
import { logRows, tableCells, type AdapterOnFake } from "../../workbook/support/adapterOnFake";

export interface StateOptions {
  /** Show the sheets as if they had no data validation (validations are reapplied on every repair). */
  withoutValidations?: boolean;
  /** Show this sheet with a new sheet's page setup (its own print setup step did not run). */
  printSetupPending?: string;
}

export function workbookState(model: FakeWorkbook, options: StateOptions = {}): string {
  const sheets = model.sheets.filter((sheet) => !sheet.deleted);
  const nameOf = new Map(sheets.map((sheet) => [sheet.id, sheet.name]));
  const stamps = stampCells(model);
  return JSON.stringify({
    sheets: sheets.map((sheet) => ({
      name: sheet.name,
      visibility: sheet.visibility,
      cells: [...sheet.cells.entries()]
        .sort(([a], [b]) => a - b)
        .map(([key, cell]) => (stamps.has(`${sheet.id}:${key}`) ? [key, "stamp"] : [key, cell])),
      columnWidths: [...sheet.columnWidths.entries()].sort(([a], [b]) => a - b),
      freeze: sheet.freeze,
      pageLayout:
        sheet.name === options.printSetupPending ? newSheetPageLayout() : sheet.pageLayout,
      validations: options.withoutValidations ? [] : sheet.validations,
      charts: sheet.charts.filter((c) => !c.deleted).map(({ id: _id, ...chart }) => chart),
    })),
    tables: model.tables
      .filter((table) => !table.deleted)
      .map(({ id: _id, sheetId, ...table }) => ({ ...table, sheet: nameOf.get(sheetId) })),
    settings: [...model.settings.entries()],
    active: nameOf.get(model.activeSheetId),
  });
}

/** The registration table alone: where it is and its cells, clock readings left out. */
export function tableState(model: FakeWorkbook): string {
  const { table, sheet, headers, body } = tableCells(model);
  const rows = body.map((row) =>
    row.map((cell, i) => (CLOCK_COLUMNS.has(headers[i]) ? "stamp" : cell))
  );
  return JSON.stringify({ sheet: sheet.name, rect: table.rect, headers, rows });
}

/** Columns that hold the time of a write, or depend on it. */
const CLOCK_COLUMNS = new Set([
  headerOf("lastModified"),
  headerOf("checksum"),
  LOG_COLUMNS.find((c) => c.key === "time")?.header,
]);

/** Each row of the registration table by its id, and how many log lines each id has. */
export interface RowsAndLog {
  rows: Map<string, string>;
  logged: Map<string, number>;
}

export function rowsAndLog(model: FakeWorkbook): RowsAndLog {
  const present = (name: string) => model.tables.some((t) => t.name === name && !t.deleted);
  const rows = new Map<string, string>();
  const logged = new Map<string, number>();
  if (present(TABLE_NAME)) {
    const { headers, body } = tableCells(model);
    const id = headers.indexOf(headerOf("id"));
    for (const row of body) rows.set(String(row[id]?.value ?? ""), JSON.stringify(row));
  }
  if (present(LOG_TABLE_NAME)) {
    for (const line of logRows(model)) {
      const id = String(line["ID"]);
      logged.set(id, (logged.get(id) ?? 0) + 1);
    }
  }
  return { rows, logged };
}

/** Ids of rows that changed since `before` without a new log line: a change must never. */
export function unloggedChanges(before: RowsAndLog, model: FakeWorkbook): string[] {
  const now = rowsAndLog(model);
  return [...now.rows]
    .filter(([id, row]) => id !== "" && before.rows.get(id) !== row)
    .filter(([id]) => (now.logged.get(id) ?? 0) <= (before.logged.get(id) ?? 0))
    .map(([id]) => id);
}

/** Keys (`sheetId:cellKey`) of the body cells of CLOCK_COLUMNS in every table. */
function stampCells(model: FakeWorkbook): Set<string> {
  const keys = new Set<string>();
  for (const table of model.tables.filter((t) => !t.deleted)) {
    const sheet = model.sheets.find((s) => s.id === table.sheetId);
    if (!sheet) continue;
    const { row, col, rows, cols } = table.rect;
    for (let c = col; c < col + cols; c++) {
      if (!CLOCK_COLUMNS.has(String(sheet.cells.get(cellKey(row, c))?.value))) continue;
      for (let r = row + 1; r < row + rows; r++) keys.add(`${sheet.id}:${cellKey(r, c)}`);
    }
  }
  return keys;
}

/**
 * The adapter on `model` with a clock that stands still at 2026-11-24 10:00, for the summary,
 * whose sheet shows the time of the refresh. With `id`, every new id is that one: a retry then
 * gives a row without id the same id as a clean run would (they are random in the add-in).
 */
export function steadyAdapter(model: FakeWorkbook, id?: string): AdapterOnFake {
  const fake = createFakeExcel(model);
  let ids = 0;
  let changes = 0;
  const port = createExcelWorkbook({
    run: asExcelNamespace(fake).run,
    env: {
      newId: () => effectId(id ?? `E-TEST${String(++ids).padStart(4, "0")}`),
      newChangeId: () => `C-STEADY${String(++changes).padStart(4, "0")}`,
      stamp: () => ({ date: isoDate("2026-11-24"), serial: 46350 + 36_000 / 86_400 }),
    },
    documentSettings: null,
  });
  return { fake, port };
}

/** What a call threw; fails the test when it did not throw. */
export async function thrownBy(call: () => Promise<unknown>): Promise<unknown> {
  try {
    await call();
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to fail");
}

/** The Swedish message of a failed round trip (the English detail in parentheses is Excel's). */
export const SYNC_FAILED =
  /^Excel kunde inte spara eller läsa ändringen \(.+\)\. Inget av det du skrev har gått förlorat – försök igen\.$/;

export const isWorkbookError = (error: unknown): error is WorkbookError =>
  error instanceof WorkbookError;
