/**
 * One table row → an effect, or the row with its problems. Rows typed by hand go through the
 * same validation as the form; the add-in's own columns (ID, Registrerad, Senast ändrad) are
 * checked here.
 */
import type { CellValue } from "./cells";
import type { EffectDraft, ValidationIssue } from "./draft";
import { effectId, type Effect, type EffectId } from "./effect";
import type { EffectLists } from "./lists";
import { rowMessages } from "./messages.sv";
import { parseDate } from "./parse";
import { rowToDraft } from "./rows";
import { validateEffect } from "./validate";

export interface RowProblem {
  id: EffectId | null;
  draft: EffectDraft;
  issues: ValidationIssue[];
}

export type RowReading = { effect: Effect } | { invalid: RowProblem };

export function readRow(
  row: readonly CellValue[],
  headers: readonly string[],
  lists: EffectLists,
  seenIds: ReadonlySet<string>
): RowReading {
  const draft = rowToDraft(row, headers);
  const rawId = String(draft.id ?? "").trim();
  const id = rawId === "" ? null : effectId(rawId);
  // A saved negative amount was confirmed when it was saved, or typed deliberately by hand.
  const { input, issues } = validateEffect(draft, lists, { costIncreaseConfirmed: true });
  if (id === null) issues.push({ field: "id", code: "missingId", message: rowMessages.missingId });
  else if (seenIds.has(id)) {
    issues.push({ field: "id", code: "duplicateId", message: rowMessages.duplicateId(id) });
  }
  // A row typed by hand without a registration date counts as registered on its start date.
  const parsedRegistered = parseDate(draft.registered);
  const registered = parsedRegistered.ok ? (parsedRegistered.value ?? input?.startDate) : null;
  if (!registered) {
    issues.push({ field: "registered", code: "invalidDate", message: rowMessages.badRegistered });
  }
  if (input === null || id === null || !registered || issues.length > 0) {
    return { invalid: { id, draft, issues } };
  }
  const lastModified = typeof draft.lastModified === "number" ? draft.lastModified : null;
  return {
    effect: {
      ...input,
      id,
      registered,
      registeredBy: String(draft.registeredBy ?? "").trim(),
      lastModified,
    },
  };
}
