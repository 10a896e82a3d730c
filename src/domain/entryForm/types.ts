/**
 * The entry form's types, apart from its functions, so that the reducer and the selectors can
 * share them without importing each other.
 */
import type { EffectDraft } from "../model/draft";
import type { TABLE_COLUMNS } from "../model/tableSchema";

type Column = (typeof TABLE_COLUMNS)[number];
export type FormColumn = Extract<Column, { form: object }>;

/** The fields a person fills in; id, registration date and author are the add-in's. */
export type EntryField = FormColumn["key"];

export type EntryValues = Record<EntryField, string>;

/** How a yearly amount is entered: costs before/after, unit prices × volume, or the amount. */
export type AnnualCalculation = "costs" | "unitPrices" | "direct";
export type EntryFormMode = "new" | "edit" | "fix";

/** Values the form preselects, unless the person chose the value themselves. */
export type FormDefault = "basis" | "budgetAffecting" | "baseline";

export interface EntryFormState {
  readonly mode: EntryFormMode;
  readonly values: Readonly<EntryValues>;
  /** Fields the person has left (or chosen in): their issues show. */
  readonly touched: Readonly<Partial<Record<EntryField, true>>>;
  /** Save was tried: every issue shows. */
  readonly submitted: boolean;
  readonly calculation: AnnualCalculation;
  /** The person confirmed that a negative yearly amount is a cost increase. */
  readonly costIncreaseConfirmed: boolean;
  readonly chosen: Readonly<Partial<Record<FormDefault, true>>>;
  /**
   * Fields loaded with a value that the type, basis or status would hide (a row typed by hand
   * with both a yearly and a one-off amount): they stay shown, so nothing is dropped from the
   * row without the person seeing it.
   */
  readonly kept: Readonly<Partial<Record<EntryField, true>>>;
}

export type EntryFormAction =
  | { type: "fieldChanged"; field: EntryField; value: string }
  | { type: "fieldBlurred"; field: EntryField }
  | { type: "typeChanged"; value: string }
  | { type: "calculationChanged"; calculation: AnnualCalculation }
  | { type: "costIncreaseConfirmed"; confirmed: boolean }
  | { type: "submitted" }
  /** "Lägg till ännu en effekt i samma ärende": keep the case, clear the effect. */
  | { type: "sameCaseNext" }
  /** An Effect to edit, or the draft of a row that did not validate, to fix. */
  | { type: "loaded"; mode: "edit" | "fix"; draft: EffectDraft }
  | { type: "reset" };
