/**
 * What a field shows besides its value: its label (which can follow the basis), whether it is
 * required, and its issues as Fluent Field props, so that Fluent wires role="alert",
 * aria-invalid and aria-describedby.
 */
import type { FieldProps } from "@fluentui/react-components";
import { basisOf, type EntryField } from "../../domain/entryForm";
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

/** Optional whenever shown (Mer uppgifter); every other field is required when shown. */
const OPTIONAL: ReadonlySet<EntryField> = new Set<EntryField>([
  "savedHours",
  "implementationCost",
  "budgetAffecting",
  "supplier",
  "caseNumber",
  "comment",
]);

export function isRequired(form: Pick<EntryFormApi, "state">, field: EntryField): boolean {
  if (field === "contractYears") return basisOf(form.state.values) === "Årlig";
  return !OPTIONAL.has(field);
}

/** A WorkbookError's Swedish message (duck-typed on `kind`), or null for anything else. */
export function workbookMessageOf(error: unknown): string | null {
  const { kind, message } = (error ?? {}) as { kind?: unknown; message?: unknown };
  return typeof kind === "string" && typeof message === "string" ? message : null;
}
