/**
 * The entry form ("Ny registrering") as a pure reducer. The state holds what the person typed,
 * as text, field by field: nothing is parsed here, so a value that does not parse yet is never
 * lost or rewritten. Validation, the draft and the live result are derived from it
 * (entryFormFields.ts, entryFormResult.ts), never stored.
 */
import { defaultBasis, defaultBudgetAffecting, type Baseline } from "../model/effect";
import { CASE_FIELDS, ENTRY_FIELDS, basisOf, fixedBasisOf, isIndexReason } from "./fields";
import type {
  EntryField,
  EntryFormAction,
  EntryFormState,
  EntryValues,
  FormDefault,
} from "./types";
import { loadedEntryForm } from "./load";
import { NO, YES } from "../model/tableSchema";

export * from "./fields";
export type * from "./types";
export {
  draftOf,
  displayField,
  placedIssues,
  validateEntryForm,
  visibleIssues,
  type EntryIssue,
} from "./draft";

export const FORM_DEFAULTS: readonly FormDefault[] = ["basis", "budgetAffecting", "baseline"];

const EMPTY_VALUES: EntryValues = Object.fromEntries(
  ENTRY_FIELDS.map((field) => [field, ""])
) as EntryValues;

/** Fields chosen in one step (radio, list): chosen means done, so their issues show at once. */
const CHOICE_FIELDS: ReadonlySet<EntryField> = new Set([
  "type",
  "reason",
  "status",
  "basis",
  "budgetAffecting",
  "baseline",
]);

/** A blank form. Most registrations are forecasts, so status starts as Kalkylerad. */
export function initialEntryForm(): EntryFormState {
  return {
    mode: "new",
    values: { ...EMPTY_VALUES, status: "Kalkylerad" },
    touched: {},
    submitted: false,
    calculation: "costs",
    costIncreaseConfirmed: false,
    chosen: {},
    kept: {},
  };
}

export function reduceEntryForm(state: EntryFormState, action: EntryFormAction): EntryFormState {
  return withBaselineDefault(reduce(state, action));
}

function reduce(state: EntryFormState, action: EntryFormAction): EntryFormState {
  switch (action.type) {
    case "fieldChanged":
      if (action.field === "type") return changeType(state, action.value);
      return {
        ...state,
        values: { ...state.values, [action.field]: action.value },
        touched: CHOICE_FIELDS.has(action.field) ? touch(state, action.field) : state.touched,
        chosen: isFormDefault(action.field)
          ? { ...state.chosen, [action.field]: true }
          : state.chosen,
      };
    case "fieldBlurred":
      return state.touched[action.field]
        ? state
        : { ...state, touched: touch(state, action.field) };
    case "typeChanged":
      return changeType(state, action.value);
    case "calculationChanged":
      return { ...state, calculation: action.calculation };
    case "costIncreaseConfirmed":
      return { ...state, costIncreaseConfirmed: action.confirmed };
    case "submitted":
      return { ...state, submitted: true };
    case "sameCaseNext": {
      const kept = Object.fromEntries(CASE_FIELDS.map((field) => [field, state.values[field]]));
      const blank = initialEntryForm();
      // The baseline that was saved stays as if chosen: the next effect's type does not undo it.
      const chosen = state.values.baseline.trim() === "" ? {} : { baseline: true as const };
      return { ...blank, values: { ...blank.values, ...kept }, chosen };
    }
    case "loaded":
      return loadedEntryForm(action.mode, action.draft);
    case "reset":
      return initialEntryForm();
  }
}

const isFormDefault = (field: EntryField): field is FormDefault =>
  (FORM_DEFAULTS as readonly string[]).includes(field);

/**
 * The baseline most effects of this kind have, so that registering stays fast: an index
 * adjustment is measured against the index-adjusted previous price, a yearly amount worked out
 * from costs or unit prices against the previous contract price. Otherwise the person says.
 */
export function defaultBaseline(
  state: Pick<EntryFormState, "values" | "calculation">
): Baseline | null {
  if (isIndexReason(state.values)) return "Indexjusterat tidigare pris";
  const derived = basisOf(state.values) === "Årlig" && state.calculation !== "direct";
  return derived ? "Tidigare avtalspris" : null;
}

/** The baseline follows its default until the person chooses one. */
export function withBaselineDefault(state: EntryFormState): EntryFormState {
  if (state.chosen.baseline) return state;
  const baseline = defaultBaseline(state) ?? "";
  return state.values.baseline === baseline
    ? state
    : { ...state, values: { ...state.values, baseline } };
}

const touch = (state: EntryFormState, field: EntryField) => ({ ...state.touched, [field]: true });

function changeType(state: EntryFormState, type: string): EntryFormState {
  const { values, chosen } = state;
  // No type, no defaults: the amount fields wait until a type is chosen.
  const none = type.trim() === "";
  const basis =
    fixedBasisOf(type) ?? (chosen.basis ? values.basis : none ? "" : defaultBasis(type));
  const budget = none ? "" : defaultBudgetAffecting(type) ? YES : NO;
  return {
    ...state,
    values: {
      ...values,
      type,
      basis,
      budgetAffecting: chosen.budgetAffecting ? values.budgetAffecting : budget,
    },
    touched: touch(state, "type"),
  };
}
