/**
 * One table row → an effect, or the row with its problems. Rows typed by hand go through the
 * same validation as the form; the add-in's own columns (ID, Registrerad, Senast ändrad, the
 * verification and the checksum) are read here.
 */
import { sameText, type CellValue } from "../model/cells";
import { matchesChecksum } from "../trust/checksum";
import type { EffectDraft, ValidationIssue } from "../model/draft";
import {
  VERIFIED_STAGES,
  effectId,
  type Effect,
  type EffectId,
  type IsoDate,
  type VerifiedStage,
} from "../model/effect";
import type { EffectLists } from "../model/lists";
import { rowMessages } from "../messages.sv";
import { parseDate } from "../parse/parse";
import { rowToDraft } from "../model/rows";
import { formulaAgreementIssues } from "./formulaAgreement";
import { validateEffect } from "./validate";
import { textOf } from "./text";

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
  const rawId = textOf(draft.id);
  const id = rawId === "" ? null : effectId(rawId);
  // A saved negative amount was confirmed when it was saved, or typed deliberately by hand.
  const { input, issues } = validateEffect(draft, lists, { costIncreaseConfirmed: true });
  // What the add-in accepts must also count the same way in the summary sheet's formulas.
  if (input !== null) issues.push(...formulaAgreementIssues(draft, input));
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
  const { verification, readable } = readVerification(draft);
  const effect: Effect = {
    ...input,
    id,
    registered,
    registeredBy: textOf(draft.registeredBy),
    lastModified: typeof draft.lastModified === "number" ? draft.lastModified : null,
    lastModifiedBy: textOf(draft.lastModifiedBy),
    ...verification,
    checksum: textOf(draft.checksum),
    editedOutside: false,
  };
  // Rows typed by hand have no checksum and come back edited outside, which is intended: the
  // pane offers to accept them as they stand before anyone verifies them.
  effect.editedOutside = !readable || !matchesChecksum(effect);
  return { effect };
}

type Verification = Pick<Effect, "verifiedStage" | "verifiedBy" | "verifiedDate" | "evidence">;

/**
 * The verification cells. Unreadable ones (a stage that is no stage, a date that is no date)
 * do not make the row invalid: its figures are still the unit's figures and must not drop out
 * of the summary. The add-in never writes such cells, so the row was changed by hand
 * (`readable` false → edited outside) and its stage reads as nothing verified, whatever the
 * checksum says.
 */
function readVerification(draft: EffectDraft): { verification: Verification; readable: boolean } {
  const stageText = textOf(draft.verifiedStage);
  const stage: VerifiedStage | null =
    VERIFIED_STAGES.find((known) => sameText(known, stageText)) ?? null;
  const date = parseDate(draft.verifiedDate);
  const verifiedDate: IsoDate | null = date.ok ? date.value : null;
  const readable = (stageText === "" || stage !== null) && date.ok;
  return {
    verification: {
      verifiedStage: readable ? stage : null,
      verifiedBy: textOf(draft.verifiedBy),
      verifiedDate,
      evidence: textOf(draft.evidence),
    },
    readable,
  };
}
