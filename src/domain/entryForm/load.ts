/**
 * An existing effect (to edit) or a row typed by hand (to fix) as the form's text. What was
 * stored is deliberate, so no type default overrides it.
 */
import type { EffectDraft } from "../model/draft";
import type { EntryFormState } from "./types";
import {
  ENTRY_FIELDS,
  calculationOf,
  shownByRules,
  textFromDraft,
  type EntryField,
  type EntryValues,
} from "./fields";

export function loadedEntryForm(mode: "edit" | "fix", draft: EffectDraft): EntryFormState {
  const values = Object.fromEntries(
    ENTRY_FIELDS.map((field) => [field, textFromDraft(field, draft[field])])
  ) as EntryValues;
  const calculation = calculationOf(values);
  const shown = shownByRules(values, calculation);
  // A saved effect's yearly amount is derived from its costs or prices: it is worked out again.
  const derived = (field: EntryField) =>
    mode === "edit" && field === "annualAmount" && calculation !== "direct";
  const kept = ENTRY_FIELDS.filter(
    (field) => values[field].trim() !== "" && !shown.has(field) && !derived(field)
  );
  return {
    mode,
    values,
    touched: {},
    // A row that failed validation is opened to be fixed: show its problems straight away.
    submitted: mode === "fix",
    calculation,
    // A saved negative amount was confirmed when it was saved.
    costIncreaseConfirmed: mode === "edit",
    // A row from before Baslinje has none: the form preselects one as for a new registration.
    chosen: {
      basis: true,
      budgetAffecting: true,
      ...(values.baseline.trim() ? { baseline: true } : {}),
    },
    kept: Object.fromEntries(kept.map((field) => [field, true])),
  };
}
