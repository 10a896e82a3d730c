/**
 * Selectors from the entry form's state: the draft that validation takes, and which of its
 * issues to show where. An issue shows once its field has been left, and every issue once save
 * was tried, so nobody is scolded for a field they have not reached yet.
 */
import type { DraftField, EffectDraft, IssueTarget, ValidationIssue } from "../model/draft";
import type { EntryFormState } from "./types";
import type { EffectLists } from "../model/lists";
import { validateEffect, type ValidationResult } from "../validate/validate";
import {
  CALCULATION_FIELDS,
  ENTRY_FIELDS,
  basisChoiceShown,
  shownFields,
  type EntryField,
} from "./fields";

/**
 * Validation of the form's draft. The form always asks for Baslinje (rows from before the
 * column are only asked for it once they are opened here).
 */
export function validateEntryForm(state: EntryFormState, lists: EffectLists): ValidationResult {
  return validateEffect(draftOf(state), lists, {
    costIncreaseConfirmed: state.costIncreaseConfirmed,
    requireBaseline: true,
  });
}

/** An issue with the place the form shows it: a field, or the form as a whole ("row"). */
export interface EntryIssue extends ValidationIssue {
  at: EntryField | "row";
}

/** What validateEffect takes: the shown fields' text, and the basis the type implies. */
export function draftOf(state: EntryFormState): EffectDraft {
  const shown = shownFields(state);
  const draft: EffectDraft = {};
  for (const field of ENTRY_FIELDS) {
    if (shown.has(field)) draft[field] = state.values[field];
  }
  return draft;
}

const isEntryField = (field: IssueTarget): field is EntryField =>
  (ENTRY_FIELDS as readonly DraftField[]).includes(field as DraftField);

/**
 * Where the form shows an issue, or null when its field is not on the form (an empty date
 * before a type is chosen: choosing the type brings the field and the issue).
 */
export function displayField(
  state: EntryFormState,
  issue: ValidationIssue
): EntryField | "row" | null {
  const { field } = issue;
  if (!isEntryField(field)) return "row";
  const shown = shownFields(state);
  // Without a choice on the form the type sets the basis; without a type, "Välj typ" says it all.
  if (field === "basis" && !basisChoiceShown(state.values)) return null;
  if (field === "annualAmount" && !shown.has("annualAmount")) {
    // A derived yearly amount: "required" asks for the first input, the rest (zero, a cost
    // increase) is about the outcome of the last one.
    const inputs = CALCULATION_FIELDS[state.calculation];
    return (issue.code === "required" ? inputs[0] : inputs[inputs.length - 1]) ?? "row";
  }
  return shown.has(field) ? field : null;
}

/** Every issue at its place, in the form's order (the form-wide ones last). */
export function placedIssues(
  state: EntryFormState,
  issues: readonly ValidationIssue[]
): EntryIssue[] {
  const placed: EntryIssue[] = [];
  for (const issue of issues) {
    const at = displayField(state, issue);
    if (at !== null) placed.push({ ...issue, at });
  }
  const order = (issue: EntryIssue) =>
    issue.at === "row" ? ENTRY_FIELDS.length : ENTRY_FIELDS.indexOf(issue.at);
  // Array.prototype.sort is stable: a field's issues keep validation's order.
  return placed.sort((a, b) => order(a) - order(b));
}

/** The issues to show now: of fields the person has left, or all once save was tried. */
export function visibleIssues(
  state: EntryFormState,
  issues: readonly ValidationIssue[]
): EntryIssue[] {
  return placedIssues(state, issues).filter((issue) =>
    issue.at === "row" ? state.submitted : state.submitted || state.touched[issue.at] === true
  );
}
