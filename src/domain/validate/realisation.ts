/**
 * The rules a realisation period must meet before it is stored, whoever records it (the pane's
 * Realisera, an accepted import): a calendar month, an amount in öre, an effect to belong to.
 */
import { realisationMessages } from "../messages.sv";
import { REALISATION_SOURCES, isMonth, type RealisationInput } from "../model/realisation";

/** Longest Underlag a period keeps (a file name, a reference or a link). */
export const EVIDENCE_MAX_LENGTH = 500;

/** Why the period cannot be stored, in Swedish, or null when it can. */
export function realisationInputIssue(input: RealisationInput): string | null {
  if (input.effectId.trim() === "") return realisationMessages.effect;
  if (!isMonth(input.month)) return realisationMessages.month;
  if (!Number.isFinite(input.amount)) return realisationMessages.amount;
  if (!REALISATION_SOURCES.includes(input.source)) {
    return realisationMessages.source(REALISATION_SOURCES);
  }
  if (input.evidence.length > EVIDENCE_MAX_LENGTH) {
    return realisationMessages.evidenceTooLong(EVIDENCE_MAX_LENGTH);
  }
  return null;
}
