/**
 * The real workbook adapter on the simulated Excel, starting from the committed template (or
 * an empty workbook), with predictable ids and clock. No mocks of the adapter itself.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { effectId, isoDate } from "../../../src/domain/model/effect";
import {
  asExcelNamespace,
  createFakeExcel,
  createWorkbook,
  type FakeExcel,
  type FakeExcelQuirks,
  type FakeWorkbook,
} from "../../../src/preview/fakeExcel";
import { cellKey, readMatrix } from "../../../src/preview/fakeExcel/model/cells";
import { someLists } from "../../fixtures/effects";
import { findTable, sheetById } from "../../../src/preview/fakeExcel/model/workbook";
import { loadWorkbookFromXlsx, saveWorkbookToXlsx } from "../../../src/preview/fakeExcel/xlsx";
import type { CellValue } from "../../../src/domain/model/cells";
import { createExcelWorkbook } from "../../../src/workbook/excelWorkbook";
import { LOG_TABLE_NAME } from "../../../src/workbook/structure/layout";
import type { WorkbookPort } from "../../../src/workbook/port";

// Shared with the contract suite, which runs in a browser too; kept importable from here.
export { inputOf } from "../../fixtures/effects";

const TEMPLATE = path.resolve(__dirname, "../../../assets/Effektiviseringsmall.xlsx");

export interface AdapterOnFake {
  fake: FakeExcel;
  port: WorkbookPort;
}

/** One clock for every co-author of a test run: each write is a second later than the last. */
let ticks = 0;

/** A port over `model`; each co-author gets their own ids (prefix) and their own Excel. */
export function adapterOn(
  model: FakeWorkbook,
  idPrefix = "E-TEST",
  quirks: FakeExcelQuirks = {}
): AdapterOnFake {
  return adapterOnFake(createFakeExcel(model, { quirks }), idPrefix);
}

/** The real adapter over a given simulated Excel (a replica, or one with quirks). */
export function adapterOnFake(fake: FakeExcel, idPrefix = "E-TEST"): AdapterOnFake {
  let ids = 0;
  let changes = 0;
  const port = createExcelWorkbook({
    run: asExcelNamespace(fake).run,
    env: {
      newId: () => effectId(`${idPrefix}${String(++ids).padStart(4, "0")}`),
      newChangeId: () => `C-${idPrefix}${String(++changes).padStart(4, "0")}`,
      // From 2026-11-24 10:00, a second later at every write: "Senast ändrad" always moves.
      stamp: () => ({ date: isoDate("2026-11-24"), serial: 46350 + (36_000 + ++ticks) / 86_400 }),
      isSetSupported: fake.requirements.isSetSupported,
    },
    documentSettings: null,
  });
  return { fake, port };
}

/**
 * The template as an organisation has filled it in: `someLists()`'s categories and
 * departments under their headers on `Kategori` (A4.., B4..), so `anEffect()` validates.
 */
export async function templateModel(): Promise<FakeWorkbook> {
  const model = await loadWorkbookFromXlsx(readFileSync(TEMPLATE));
  const sheet = model.sheets.find((s) => s.name === "Kategori");
  if (!sheet) throw new Error("the template has no Kategori sheet");
  const { categories, departments } = someLists();
  categories.forEach((value, i) => sheet.cells.set(cellKey(3 + i, 0), { value }));
  departments.forEach((value, i) => sheet.cells.set(cellKey(3 + i, 1), { value }));
  return model;
}

/** The committed template exactly as it is. */
export async function blankTemplateModel(): Promise<FakeWorkbook> {
  return loadWorkbookFromXlsx(readFileSync(TEMPLATE));
}

export async function onTemplate(): Promise<AdapterOnFake> {
  return adapterOn(await templateModel());
}

export function onEmptyWorkbook(): AdapterOnFake {
  return adapterOn(createWorkbook(["Blad1"]));
}

/** Save and load back: what a real spreadsheet would open. */
export async function roundTrip(model: FakeWorkbook): Promise<FakeWorkbook> {
  return loadWorkbookFromXlsx(await saveWorkbookToXlsx(model));
}

/** Syncs one port call costs. */
export async function syncsOf<T>(fake: FakeExcel, call: () => Promise<T>): Promise<number> {
  const before = fake.stats.syncs;
  await call();
  return fake.stats.syncs - before;
}

/** The registration table's cells as the model holds them (values; formulas where set). */
export function tableCells(model: FakeWorkbook, tableName = "Effektiviseringar") {
  const table = findTable(model, tableName);
  if (!table) throw new Error(`no table ${tableName}`);
  const sheet = sheetById(model, table.sheetId);
  const rect = table.rect;
  const cells = readMatrix(sheet, rect, (cell) => cell);
  const headers = (cells[0] ?? []).map((cell) => String(cell.value));
  // The body only: a totals row the user switched on is not a registration.
  return { table, sheet, headers, body: cells.slice(1, table.showTotals ? -1 : undefined) };
}

/** The log's lines as the model holds them, { header: value }, its empty first row left out. */
export function logRows(model: FakeWorkbook): Record<string, CellValue>[] {
  const { headers, body } = tableCells(model, LOG_TABLE_NAME);
  return body
    .filter((row) => row.some((cell) => cell.value !== ""))
    .map((row) => Object.fromEntries(headers.map((h, i) => [h, row[i]?.value ?? ""])));
}

/** A write to a table's cells, with the sync it went in and its place in that sync's batch. */
export interface TableWrite {
  sync: number;
  index: number;
  table: string;
}

/**
 * Records, from now on, every write of values or formulas into the registration table or the
 * log (recognised by the table the proxy was reached from).
 */
export function recordTableWrites(fake: FakeExcel): TableWrite[] {
  const writes: TableWrite[] = [];
  const start = fake.stats.syncs;
  fake.faults.failCommand((command, index) => {
    const table = /tables\.getItem(?:OrNullObject)?\("([^"]+)"\)/.exec(command.target)?.[1];
    const writesCells = command.op === "set" && ["values", "formulasR1C1"].includes(command.name);
    // Predicates run before the sync is counted; syncs count from 1 at the recording's start.
    if (table && writesCells) writes.push({ sync: fake.stats.syncs - start + 1, index, table });
    return false;
  });
  return writes;
}

/** One body row as { header: cell } for readable assertions. */
export function rowByHeader(model: FakeWorkbook, index: number) {
  const { headers, body } = tableCells(model);
  const row = body[index];
  if (!row) throw new Error(`no body row ${index}`);
  return Object.fromEntries(headers.map((h, i) => [h, row[i]]));
}
