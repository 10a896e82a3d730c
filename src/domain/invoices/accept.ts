/**
 * What *Godkänn* writes for an effect: one realisation period per month with a suggestion,
 * source Import, the file as evidence. Months that already have a period for the effect, typed
 * or imported, are left alone: accepting the same file twice, or an overlapping export, writes
 * nothing twice, and a month is never realised twice over (conservative, as the talk asks).
 */
import { fromOre } from "../calculate/calculate";
import type { EffectId } from "../model/effect";
import { effectKey, type RealisationInput } from "../model/realisation";
import type { MonthSuggestion } from "./suggest";

/** What accepting needs of a follow-up (the worker's or the pane's): the months' suggestions. */
interface Suggested {
  effectId: EffectId;
  months: readonly Pick<MonthSuggestion, "month" | "suggestedOre">[];
}

/** A period already in the workbook, as far as this decision needs it. */
export interface KnownPeriod {
  effectId: EffectId;
  month: string;
}

/** "fakturor-mars.csv (fil 3f9a…)": the name a person recognises, the fingerprint to be sure. */
export const importEvidence = (fileName: string, fingerprint: string): string =>
  `${fileName} (fil ${fingerprint.slice(0, 12)})`;

export function realisationsToAccept(
  followUp: Suggested,
  evidence: string,
  known: readonly KnownPeriod[]
): RealisationInput[] {
  const recorded = new Set(
    known
      .filter((period) => effectKey(period.effectId) === effectKey(followUp.effectId))
      .map((period) => period.month)
  );
  return followUp.months
    .filter((month) => month.suggestedOre !== null && !recorded.has(month.month))
    .map((month) => ({
      effectId: followUp.effectId,
      month: month.month,
      amount: fromOre(month.suggestedOre ?? 0),
      source: "Import" as const,
      evidence,
    }));
}
