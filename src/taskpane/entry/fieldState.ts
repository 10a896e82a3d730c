/**
 * What a field shows besides its value: its label (which can follow the basis), whether it is
 * required, and its issues as Fluent Field props, so that Fluent wires role="alert",
 * aria-invalid and aria-describedby.
 */
import type { FieldProps } from "@fluentui/react-components";
import {
  basisOf,
  CALCULATION_FIELDS,
  isIndexReason,
  isOtherBaseline,
  OPTIONAL_FIELDS,
  type EntryField,
} from "../../domain/entryForm/entryForm";
import type { EntryFormApi } from "./useEntryForm";
import { labels, oneOffDateLabel } from "./strings.sv";

type FormView = Pick<EntryFormApi, "state" | "shown">;

export function labelOf(form: Pick<EntryFormApi, "state">, field: EntryField): string {
  const oneOff = field === "startDate" && basisOf(form.state.values) === "Engång";
  return oneOff ? oneOffDateLabel : labels[field];
}

export function validationOf(
  form: FormView,
  field: EntryField
): Pick<FieldProps, "validationState" | "validationMessage"> {
  const issues = form.shown.get(field) ?? [];
  if (issues.length === 0) return { validationState: "none" };
  return { validationState: "error", validationMessage: issues.map((i) => i.message).join(" ") };
}

/** The kronor a person states for the effect; saved hours stand in for them (E-handel). */
const AMOUNT_FIELDS: ReadonlySet<EntryField> = new Set<EntryField>([
  ...Object.values(CALCULATION_FIELDS).flat(),
  "oneOffAmount",
  "realised",
]);

/**
 * Optional whenever shown: the catalogue's optional fields (saved hours; Mer uppgifter, except
 * the other body's reference, which "Rapporteras även av" calls for; the avoided increase, asked
 * for in % or kronor). Every other field is required when shown, or when another field calls for
 * it.
 */
export function isRequired(
  form: Pick<EntryFormApi, "state" | "hoursOnly">,
  field: EntryField
): boolean {
  const { values } = form.state;
  if (form.hoursOnly && AMOUNT_FIELDS.has(field)) return false;
  switch (field) {
    case "contractYears":
      return basisOf(values) === "Årlig";
    // Loaded rows may show these with a value the rules would not ask for (see `kept`).
    case "baselineNote":
      return isOtherBaseline(values);
    case "indexName":
      return isIndexReason(values);
    case "alsoReportedRef":
      return values.alsoReportedBy.trim() !== "";
    default:
      return !OPTIONAL_FIELDS.has(field);
  }
}
