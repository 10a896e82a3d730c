/**
 * The entry form's fields: which are shown for a type, basis and status, and how a stored
 * value becomes text to edit. A field the rules hide is left out of the draft, but keeps its
 * text in the state, so switching back brings it back as it was typed.
 */
import { sameText } from "../model/cells";
import { excelSerialToIsoDate } from "../model/dates";
import type { RawValue } from "../model/draft";
import {
  AMOUNT_BASES,
  EFFECT_TYPES,
  INDEX_REASON,
  type AmountBasis,
  type Baseline,
} from "../model/effect";
import type {
  AnnualCalculation,
  EntryField,
  EntryFormState,
  EntryValues,
  FormColumn,
} from "./types";
import { formatInputNumber } from "../model/format";
import { NO, TABLE_COLUMNS, YES, columnFor } from "../model/tableSchema";

export type { AnnualCalculation, EntryField, EntryFormMode, EntryValues } from "./types";

type Column = (typeof TABLE_COLUMNS)[number];
const isFormColumn = (column: Column): column is FormColumn => "form" in column;
const FORM_COLUMNS: readonly FormColumn[] = TABLE_COLUMNS.filter(isFormColumn).sort(
  (a, b) => a.form.order - b.form.order
);

/** The form's fields in the form's order (the catalogue's `form.order`). */
export const ENTRY_FIELDS: readonly EntryField[] = FORM_COLUMNS.map((column) => column.key);

/** The fields of each way to enter a yearly amount. */
export const CALCULATION_FIELDS: Record<AnnualCalculation, readonly EntryField[]> = {
  costs: ["previousAnnualCost", "newAnnualCost"],
  unitPrices: ["previousUnitPrice", "newUnitPrice", "annualVolume"],
  direct: ["annualAmount"],
};

/** The optional details, under "Mer uppgifter" (Budgetpåverkande always holds its default). */
export const MORE_FIELDS: readonly EntryField[] = FORM_COLUMNS.filter(
  (column) => column.form.section === "more"
).map((column) => column.key);

/** Not required when shown (the rules that call for some of them stay code, see the pane). */
export const OPTIONAL_FIELDS: ReadonlySet<EntryField> = new Set(
  FORM_COLUMNS.filter((column) => "optional" in column).map((column) => column.key)
);

/** Fields that belong to the case, not to one effect of it: kept for the next effect. */
export const CASE_FIELDS: readonly EntryField[] = FORM_COLUMNS.filter(
  (column) => "perCase" in column
).map((column) => column.key);

/**
 * Always shown: the case, the kind of effect, saved hours (beside the amounts: an effect may be
 * counted in hours instead of kronor, like the talk's e-handel), and the optional details.
 */
const ALWAYS: readonly EntryField[] = [
  "caseName",
  "department",
  "category",
  "type",
  "reason",
  "status",
  "basis",
  "baseline",
  "savedHours",
  ...MORE_FIELDS,
];

/** Asked for when the reason is Indexjustering. */
export const INDEX_FIELDS = [
  "indexName",
  "avoidedIncreasePercent",
  "avoidedIncrease",
] as const satisfies readonly EntryField[];

/** Nytt avtal is always yearly and Engångsbelopp/vite a one-off; other types let the person say. */
export function fixedBasisOf(type: string): AmountBasis | null {
  if (sameText(type, EFFECT_TYPES.newContract)) return "Årlig";
  return sameText(type, EFFECT_TYPES.oneOff) ? "Engång" : null;
}

export const basisOf = (values: Readonly<EntryValues>): AmountBasis | null =>
  AMOUNT_BASES.find((basis) => sameText(basis, values.basis)) ?? null;

/** Whether the person chooses the basis ("Per år" / "Engång") rather than the type fixing it. */
export function basisChoiceShown(values: Readonly<EntryValues>): boolean {
  if (values.type.trim() === "") return false;
  const fixed = fixedBasisOf(values.type);
  return fixed === null || basisOf(values) !== fixed;
}

export const isIndexReason = (values: Readonly<EntryValues>): boolean =>
  sameText(values.reason, INDEX_REASON);

/** The baseline that the person describes in words ("Beskriv baslinjen"). */
const OTHER_BASELINE: Baseline = "Annan";
export const isOtherBaseline = (values: Readonly<EntryValues>): boolean =>
  sameText(values.baseline, OTHER_BASELINE);

/** The fields the type, basis, status, calculation, reason and baseline call for. */
export function shownByRules(
  values: Readonly<EntryValues>,
  calculation: AnnualCalculation
): Set<EntryField> {
  const shown = new Set<EntryField>(ALWAYS);
  const add = (fields: readonly EntryField[]) => fields.forEach((field) => shown.add(field));
  const basis = basisOf(values);
  if (basis === "Årlig") add([...CALCULATION_FIELDS[calculation], "contractYears", "startDate"]);
  if (basis === "Engång") add(["oneOffAmount", "startDate"]);
  if (sameText(values.status, "Realiserad")) add(["realised", "realisedDate"]);
  if (isOtherBaseline(values)) add(["baselineNote"]);
  if (isIndexReason(values)) add(INDEX_FIELDS);
  return shown;
}

/**
 * Shown by the rules, or loaded with a value the rules would hide (see `kept`). A kept field
 * stays while the form is open, also once emptied, so it does not vanish under the cursor.
 */
export function shownFields(state: EntryFormState): Set<EntryField> {
  const shown = shownByRules(state.values, state.calculation);
  for (const field of ENTRY_FIELDS) if (state.kept[field]) shown.add(field);
  return shown;
}

export const isShown = (state: EntryFormState, field: EntryField): boolean =>
  shownFields(state).has(field);

/** The way a loaded yearly amount was entered: the first filled derivation, else the amount. */
export function calculationOf(values: Readonly<EntryValues>): AnnualCalculation {
  const filled = (calculation: AnnualCalculation) =>
    CALCULATION_FIELDS[calculation].some((field) => values[field].trim() !== "");
  if (filled("costs")) return "costs";
  if (filled("unitPrices")) return "unitPrices";
  return filled("direct") ? "direct" : "costs";
}

/** Enough decimals for a volume or half a year, few enough to hide float noise. */
const COUNT_DECIMALS = 6;

/**
 * A stored value (an Effect's field, or a cell of a row typed by hand) as text that the
 * domain's parsers read back as the same value: "5 000 000", "0,5", "2026-01-01", "Ja".
 */
export function textFromDraft(field: EntryField, raw: RawValue): string {
  if (raw === null || raw === undefined) return "";
  if (typeof raw === "boolean") return raw ? YES : NO;
  if (typeof raw === "string") return raw;
  switch (columnFor(field).kind) {
    case "kronor":
      return formatInputNumber(raw);
    case "date":
      return serialText(raw);
    case "number":
      return formatInputNumber(raw, COUNT_DECIMALS);
    // A percent cell holds the fraction: 0.035 is typed as 3,5 %.
    case "percent":
      return `${formatInputNumber(raw * 100, COUNT_DECIMALS)} %`;
    default:
      return String(raw);
  }
}

/** A date cell holds an Excel serial; one that is no date stays as its number for validation. */
function serialText(serial: number): string {
  try {
    return excelSerialToIsoDate(serial);
  } catch {
    return String(serial);
  }
}
