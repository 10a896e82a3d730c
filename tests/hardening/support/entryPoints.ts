/**
 * The two ways bad input reaches the add-in, each on the real code: the entry form's reducer
 * and validation (then the adapter on the simulated Excel), and cells typed by hand into the
 * registration table (then `readEffects`). The case table in badInput.test.ts says what each
 * input must give; this file only drives the entry points and collects what they gave.
 */
import type { CellValue } from "../../../src/domain/model/cells";
import type { EffectDraft, ValidationIssue } from "../../../src/domain/model/draft";
import type { Effect, EffectInput } from "../../../src/domain/model/effect";
import { draftOf, type EntryField } from "../../../src/domain/entryForm/entryForm";
import { forecastFormula } from "../../../src/domain/model/rows";
import { headerOf } from "../../../src/domain/model/tableSchema";
import { validateEffect } from "../../../src/domain/validate/validate";
import { cellKey } from "../../../src/preview/fakeExcel/model/cells";
import type { CellModel, FakeWorkbook } from "../../../src/preview/fakeExcel";
import type { InvalidRow } from "../../../src/workbook/port";
import { PRINTING, run, typed } from "../../fixtures/entryForm";
import { someLists } from "../../fixtures/effects";
import {
  adapterOn,
  inputOf,
  tableCells,
  templateModel,
} from "../../workbook/support/adapterOnFake";

/** Messages put NBSP inside numbers ("100 000"); the case table is easier to read with spaces. */
export const readable = (text: string): string => text.replace(/\u00a0/g, " ");

export const issuesOf = (issues: readonly ValidationIssue[]) =>
  issues.map((issue) => [issue.field, readable(issue.message)] as const);

/** The talk's penalty "Flyttjänster" (175 000 kr, one-off) as typed into the form. */
const PENALTY = typed({
  caseName: "Flyttjänster",
  department: "Kommunstyrelseförvaltningen",
  category: "Flyttjänster",
  type: "Engångsbelopp/vite",
  reason: "Vite",
  oneOffAmount: "175 000",
  startDate: "2026-05-04",
});

export type FormBase = "annual" | "oneOff";
export type Typed = Partial<Record<EntryField, string>>;

export interface FormResult {
  /** What validation saw: the draft the form builds from what was typed. */
  draft: EffectDraft;
  /** The text the form holds after typing, field by field. */
  values: Readonly<Record<EntryField, string>>;
  issues: ValidationIssue[];
  input: EffectInput | null;
  /** Only when valid: the row as the adapter stored it and as it reads back. */
  stored: { effect: Effect; cells: Record<string, CellModel>; read: Effect | undefined } | null;
  /** Data rows in the table after the submit (0 when refused: nothing written). */
  dataRows: number;
}

/**
 * Types `values` over the base effect, then does what "Spara" does: validate, and only when
 * valid append through the adapter on a fresh copy of the template.
 */
export async function submitForm(base: FormBase, values: Typed): Promise<FormResult> {
  const state = run(...(base === "annual" ? PRINTING : PENALTY), ...typed(values));
  const draft = draftOf(state);
  const { input, issues } = validateEffect(draft, someLists(), {
    costIncreaseConfirmed: state.costIncreaseConfirmed,
  });
  const model = await templateModel();
  let stored: FormResult["stored"] = null;
  if (input) {
    const { port } = adapterOn(model, "E-FORM");
    const [effect] = await port.appendEffects([input], { registeredBy: "Anna" });
    if (!effect) throw new Error("the append returned nothing");
    const reading = await port.readEffects();
    const read = reading.effects.find((e) => e.id === effect.id);
    const { headers, body } = tableCells(model);
    const row = body[body.length - 1] ?? [];
    const cells = Object.fromEntries(headers.map((h, i) => [h, row[i] ?? { value: "" }]));
    stored = { effect, cells, read };
  }
  return { draft, values: state.values, issues, input, stored, dataRows: dataRows(model) };
}

/** The effect part of what was read back: what the form's input must equal. */
export const inputPart = (effect: Effect | undefined) => (effect ? inputOf(effect) : undefined);

const FORECAST = headerOf("forecast");

/** Rows holding anything but the calculated column (the template's first row holds nothing). */
function dataRows(model: FakeWorkbook): number {
  const { headers, body } = tableCells(model);
  const formula = headers.indexOf(FORECAST);
  return body.filter((row) => row.some((cell, i) => i !== formula && cell.value !== "")).length;
}

/** A cell as the person left it: a value, or text typed with a leading apostrophe. */
export type TypedCell = CellValue | { text: string };
/** One row of the table by header; `null` is a row left blank (only the formula remains). */
export type HandRow = Partial<Record<string, TypedCell>> | null;

/**
 * "Utskrift som tjänst" as a person types it into Swedish Excel: numbers as numbers, dates as
 * Excel serials (2026-01-15 and 2026-01-01), list values as text.
 */
export const HAND_ROW: Record<string, TypedCell> = {
  Ärende: "Utskrift som tjänst",
  Registrerad: 46037,
  Kategori: "IT",
  Förvaltning: "Kommunstyrelseförvaltningen",
  "Typ av effektivisering": "Nytt avtal",
  "Anledning till effektivisering": "Ramavtal/kontrakt",
  Status: "Kalkylerad",
  Beräkningsgrund: "Årlig",
  "Tidigare årlig kostnad (kr)": 5_000_000,
  "Ny årlig kostnad (kr)": 3_000_000,
  "Årligt belopp (kr)": 2_000_000,
  "Avtalstid (år)": 7,
  Startdatum: 46023,
  Budgetpåverkande: "Ja",
  Leverantör: "Skrivarbolaget AB",
  Diarienummer: "KS 2025/123",
  "Registrerad av": "Bo",
};

/** The same row turned into the penalty: a one-off of 175 000 kr on 2026-05-04 (46146). */
export const HAND_PENALTY: Record<string, TypedCell> = {
  "Typ av effektivisering": "Engångsbelopp/vite",
  "Anledning till effektivisering": "Vite",
  Beräkningsgrund: "Engång",
  "Tidigare årlig kostnad (kr)": "",
  "Ny årlig kostnad (kr)": "",
  "Årligt belopp (kr)": "",
  "Avtalstid (år)": "",
  "Engångsbelopp (kr)": 175_000,
  Startdatum: 46146,
};

export interface SheetResult {
  /** 1-based sheet row of each typed row. */
  sheetRows: number[];
  /** The id each typed row was given ("" when the row left it empty or was blank). */
  ids: string[];
  effects: Effect[];
  invalidRows: InvalidRow[];
  cellsBefore: string;
  cellsAfter: string;
}

/**
 * Writes `rows` straight into the template's table (the first over its empty first row), each
 * with an id `E-HAND000n` unless the row says otherwise, and the calculated column's formula as
 * Excel would fill it; then reads the table through the adapter.
 */
export async function typeIntoTable(rows: readonly HandRow[]): Promise<SheetResult> {
  const model = await templateModel();
  const { sheet, table, headers } = tableCells(model);
  const sheetRows = rows.map((_, i) => table.rect.row + 2 + i);
  const ids: string[] = [];
  rows.forEach((row, i) => {
    const sheetRow = table.rect.row + 1 + i;
    const id = `E-HAND${String(i + 1).padStart(4, "0")}`;
    const cells: Partial<Record<string, TypedCell>> =
      row === null ? {} : { ID: id, ...HAND_ROW, ...row };
    ids.push(String(cells["ID"] ?? ""));
    headers.forEach((header, col) => {
      const key = cellKey(sheetRow, table.rect.col + col);
      if (header === FORECAST) {
        const place = { headers, firstColumn: table.rect.col, rowNumber: sheetRow + 1 };
        sheet.cells.set(key, { value: 0, formula: forecastFormula(place) });
        return;
      }
      const typedCell = cells[header];
      if (typedCell === undefined || typedCell === "") sheet.cells.delete(key);
      else if (typeof typedCell === "object") {
        sheet.cells.set(key, { value: typedCell.text, quotePrefix: true });
      } else sheet.cells.set(key, { value: typedCell });
    });
  });
  table.rect = { ...table.rect, rows: rows.length + 1 };
  const cellsBefore = snapshotCells(model);
  const reading = await adapterOn(model).port.readEffects();
  return { sheetRows, ids, ...reading, cellsBefore, cellsAfter: snapshotCells(model) };
}

function snapshotCells(model: FakeWorkbook): string {
  return JSON.stringify(model.sheets.map((sheet) => [sheet.name, [...sheet.cells.entries()]]));
}
