/**
 * The shape of badInput.test.ts's case table and what checking one case means. A case is an
 * input at one entry point (entryPoints.ts) and its outcome: the exact issues, acceptance with
 * the stored values, or (a blank table row) nothing at all.
 */
import { expect } from "@jest/globals";
import type { DraftField } from "../../../src/domain/model/draft";
import type { EffectInput } from "../../../src/domain/model/effect";
import type { EntryField } from "../../../src/domain/entryForm/entryForm";
import * as at from "./entryPoints";

type Issue = readonly [DraftField | "row", string];
type Accepted = Partial<Record<keyof EffectInput, unknown>>;
export type Outcome = { refused: Issue[] } | { accepted: Accepted } | "skipped";

/** Refused with exactly these issues, in this order (validation's column order). */
export const no = (field: Issue[0], message: string, ...more: Issue[]): Outcome => ({
  refused: [[field, message], ...more],
});
/** Accepted, with these values in the effect (and, for the form, stored and read back). */
export const ok = (accepted: Accepted = {}): Outcome => ({ accepted });

export type Case =
  | { entry: "formulär"; what: string; base: at.FormBase; typed: at.Typed; outcome: Outcome }
  | { entry: "blad"; what: string; rows: at.HandRow[]; outcomes: Outcome[] };

export const form = (
  what: string,
  typed: at.Typed,
  outcome: Outcome,
  base: at.FormBase = "annual"
): Case => ({
  entry: "formulär",
  what,
  base,
  typed,
  outcome,
});
/** The same, over the talk's one-off penalty instead of the yearly printing contract. */
export const oneOff = (what: string, typed: at.Typed, outcome: Outcome): Case =>
  form(what, typed, outcome, "oneOff");
export const sheet = (what: string, row: at.HandRow, outcome: Outcome): Case =>
  rows(what, [row], outcome);
/** Several rows typed by hand, with one outcome per row. */
export const rows = (what: string, hand: at.HandRow[], ...outcomes: Outcome[]): Case => ({
  entry: "blad",
  what,
  rows: hand,
  outcomes,
});
/** A hand-typed row of the penalty (one-off) with some cells changed. */
export const penalty = (cells: at.HandRow) => ({ ...at.HAND_PENALTY, ...cells });

export async function expectCase(c: Case): Promise<void> {
  if (c.entry === "formulär") await expectForm(c.base, c.typed, c.outcome);
  else await expectSheet(c.rows, c.outcomes);
}

const TEXT_COLUMNS = [
  ["Ärende", "caseName"],
  ["Leverantör", "supplier"],
  ["Diarienummer", "caseNumber"],
  ["Kommentar", "comment"],
] as const;

async function expectForm(base: at.FormBase, typed: at.Typed, outcome: Outcome) {
  const result = await at.submitForm(base, typed);
  // Nothing the person typed is rewritten: validation saw exactly the text in the form.
  for (const [field, text] of Object.entries(typed)) {
    expect(result.values[field as EntryField]).toBe(text);
    expect(result.draft[field as EntryField]).toBe(text);
  }
  if (outcome === "skipped") throw new Error("a form is never skipped");
  if ("refused" in outcome) {
    expect(at.issuesOf(result.issues)).toEqual(outcome.refused);
    expect(result.dataRows).toBe(0);
    return;
  }
  expect(at.issuesOf(result.issues)).toEqual([]);
  expect(result.input).toMatchObject(outcome.accepted);
  expect(result.dataRows).toBe(1);
  expect(at.inputPart(result.stored?.read)).toEqual(result.input);
  // User text is text in the cell, exactly as validated: never a formula.
  for (const [header, key] of TEXT_COLUMNS) {
    const cell = result.stored?.cells[header];
    expect(cell?.formula).toBeUndefined();
    expect(cell?.value ?? "").toBe(result.input?.[key]);
  }
}

async function expectSheet(hand: at.HandRow[], outcomes: Outcome[]) {
  expect(outcomes).toHaveLength(hand.length);
  const result = await at.typeIntoTable(hand);
  const effects = [...result.effects];
  const invalid = [...result.invalidRows];
  outcomes.forEach((outcome, i) => {
    if (outcome === "skipped") return;
    if ("accepted" in outcome) {
      expect(effects.shift()).toMatchObject({ ...outcome.accepted, id: result.ids[i] });
      return;
    }
    const row = invalid.shift();
    expect(row?.sheetRow).toBe(result.sheetRows[i]);
    expect(at.issuesOf(row?.issues ?? [])).toEqual(outcome.refused);
  });
  // Every typed row came back once, as one or the other; blank rows not at all.
  expect([effects, invalid]).toEqual([[], []]);
  expect(result.cellsAfter).toBe(result.cellsBefore);
}
