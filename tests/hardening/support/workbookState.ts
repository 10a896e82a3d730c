/**
 * The whole simulated workbook as one comparable text, for "nothing or everything" checks:
 * every sheet's cells (values, formulas, formats), widths, panes, page setup, validations and
 * charts, the tables, the settings. Object ids are left out (a failed attempt plus a retry
 * creates more objects than one clean run), and so are the values of `Senast ändrad`, a clock
 * reading that every write moves; the update tests check that column themselves.
 */
import { effectId, isoDate } from "../../../src/domain/effect";
import { headerOf } from "../../../src/domain/tableSchema";
import {
  asExcelNamespace,
  createFakeExcel,
  type FakeWorkbook,
} from "../../../src/preview/fakeExcel";
import { cellKey } from "../../../src/preview/fakeExcel/model/cells";
import { createExcelWorkbook } from "../../../src/workbook/excelWorkbook";
import { WorkbookError } from "../../../src/workbook/errors";
import { tableCells, type AdapterOnFake } from "../../workbook/support/adapterOnFake";

export interface StateOptions {
  /** Show the sheets as if they had no data validation (validations are reapplied on every repair). */
  withoutValidations?: boolean;
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
      pageLayout: sheet.pageLayout,
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

/** The registration table alone: where it is and its cells, `Senast ändrad` values left out. */
export function tableState(model: FakeWorkbook): string {
  const { table, sheet, headers, body } = tableCells(model);
  const stamp = headers.indexOf(headerOf("lastModified"));
  const rows = body.map((row) => row.map((cell, i) => (i === stamp ? "stamp" : cell)));
  return JSON.stringify({ sheet: sheet.name, rect: table.rect, headers, rows });
}

/** Keys (`sheetId:cellKey`) of the `Senast ändrad` cells in the body of every table. */
function stampCells(model: FakeWorkbook): Set<string> {
  const keys = new Set<string>();
  for (const table of model.tables.filter((t) => !t.deleted)) {
    const sheet = model.sheets.find((s) => s.id === table.sheetId);
    if (!sheet) continue;
    const { row, col, rows, cols } = table.rect;
    for (let c = col; c < col + cols; c++) {
      if (sheet.cells.get(cellKey(row, c))?.value !== headerOf("lastModified")) continue;
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
  const port = createExcelWorkbook({
    run: asExcelNamespace(fake).run,
    env: {
      newId: () => effectId(id ?? `E-TEST${String(++ids).padStart(4, "0")}`),
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
