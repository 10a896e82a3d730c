/**
 * The text fields of a draft: free text, the workbook's list values, and the two fixed
 * choices (status, basis). Cells typed by hand may hold numbers here (a case number 123), so
 * raw values are read as their text.
 */
import type { EffectDraft, RawValue } from "../model/draft";
import {
  AMOUNT_BASES,
  EFFECT_STATUSES,
  type AmountBasis,
  type EffectStatus,
} from "../model/effect";
import { sameText } from "../model/cells";
import { matchListValue, LIST_HEADERS, type EffectLists, type ListName } from "../model/lists";
import { fieldLabels, requiredMessages, validationMessages } from "../messages.sv";
import { TABLE_COLUMNS } from "../model/tableSchema";
import type { Issues } from "./issues";

/** Free text a person types: the catalogue's columns with a maximum length. */
type FreeTextColumn = Extract<(typeof TABLE_COLUMNS)[number], { maxLength: number }>;
type FreeTextField = FreeTextColumn["key"];
const FREE_TEXT_COLUMNS = TABLE_COLUMNS.filter(
  (column): column is FreeTextColumn => "maxLength" in column
);
type ListField = "category" | "department" | "type" | "reason";

/** Excel's data-validation lists refuse longer items. */
const MAX_LIST_VALUE_LENGTH = 255;

const LIST_OF: Record<ListField, ListName> = {
  category: "categories",
  department: "departments",
  type: "types",
  reason: "reasons",
};

const LINE_BREAK = /[\r\n]/;
const LINE_BREAKS = /[\r\n]/g;
/** Unicode "Cc": C0 and C1 controls, DEL, tab, line breaks. */
const CONTROL = /\p{Cc}/u;

export const textOf = (raw: RawValue): string =>
  raw === null || raw === undefined ? "" : String(raw).trim();

/** Characters as people count them (an emoji is one), not UTF-16 units. */
const lengthOf = (text: string): number => [...text].length;

export function validateFreeTexts(
  draft: EffectDraft,
  issues: Issues
): Record<FreeTextField, string> {
  const read = ({ key: field, maxLength }: FreeTextColumn): string => {
    const text = textOf(draft[field]);
    const label = fieldLabels[field];
    const length = lengthOf(text);
    if (length > maxLength) {
      issues.add(field, "tooLong", validationMessages.tooLong(label, maxLength, length));
    }
    // Only the comment may span lines; other texts are one cell line in the table and the form.
    const withoutAllowedBreaks = field === "comment" ? text.replace(LINE_BREAKS, "") : text;
    if (field !== "comment" && LINE_BREAK.test(text)) {
      issues.add(field, "lineBreak", validationMessages.lineBreak(label));
    } else if (CONTROL.test(withoutAllowedBreaks)) {
      issues.add(field, "controlCharacters", validationMessages.controlCharacters(label));
    }
    return text;
  };
  const texts = Object.fromEntries(
    FREE_TEXT_COLUMNS.map((column) => [column.key, read(column)])
  ) as Record<FreeTextField, string>;
  const { caseName, alsoReportedBy, alsoReportedRef } = texts;
  if (caseName === "") issues.add("caseName", "required", requiredMessages.caseName);
  // Kept out of the totals only with both: who else reports it, and where to find it there.
  if (alsoReportedBy !== "" && alsoReportedRef === "") {
    issues.add("alsoReportedRef", "required", requiredMessages.alsoReportedRef);
  }
  if (alsoReportedBy === "" && alsoReportedRef !== "") {
    issues.add("alsoReportedBy", "required", requiredMessages.alsoReportedBy);
  }
  return texts;
}

/** List values in the list's own spelling; null when missing or not in the list. */
export function validateListValues(
  draft: EffectDraft,
  lists: EffectLists,
  issues: Issues
): Record<ListField, string | null> {
  const read = (field: ListField): string | null => {
    const text = textOf(draft[field]);
    if (text === "") {
      issues.add(field, "required", requiredMessages[field]);
      return null;
    }
    const length = lengthOf(text);
    if (length > MAX_LIST_VALUE_LENGTH) {
      const message = validationMessages.tooLong(fieldLabels[field], MAX_LIST_VALUE_LENGTH, length);
      issues.add(field, "tooLong", message);
      return null;
    }
    const match = matchListValue(lists[LIST_OF[field]], text);
    if (match === null) {
      const message = validationMessages.unknownValue(LIST_HEADERS[LIST_OF[field]], text);
      issues.add(field, "unknownValue", message);
    }
    return match;
  };
  return {
    category: read("category"),
    department: read("department"),
    type: read("type"),
    reason: read("reason"),
  };
}

export function validateChoices(
  draft: EffectDraft,
  issues: Issues
): { status: EffectStatus | null; basis: AmountBasis | null } {
  return {
    status: readChoice(draft, "status", EFFECT_STATUSES, issues),
    basis: readChoice(draft, "basis", AMOUNT_BASES, issues),
  };
}

/**
 * One of a fixed set, matched case- and spacing-insensitively, returned in its canonical
 * spelling; null when blank (an issue only when `required`) or not one of them.
 */
export function readChoice<T extends string>(
  draft: EffectDraft,
  field: "status" | "basis" | "baseline",
  allowed: readonly T[],
  issues: Issues,
  required = true
): T | null {
  const text = textOf(draft[field]);
  if (text === "") {
    if (required) issues.add(field, "required", requiredMessages[field]);
    return null;
  }
  const match = allowed.find((choice) => sameText(choice, text));
  if (match === undefined) {
    // The baselines contain "eller" themselves, so they are listed in quotes.
    const message =
      field === "baseline"
        ? validationMessages.unknownBaseline(text, allowed)
        : validationMessages.invalidChoice(fieldLabels[field], text, allowed);
    issues.add(field, "invalidChoice", message);
    return null;
  }
  return match;
}
