/**
 * The later confirmation of a save that wrote realisation periods (Realisera, Godkänn), seconds
 * after it like every save's: the periods must be in the period table exactly once (a period a
 * co-author's simultaneous row took the place of is written again, once, as saved), their log
 * lines and the row's update in the log (confirmSaved), and the effect's row must still mirror
 * the sum of its periods: an update a merge lost is made again from the periods as they stand.
 */
import { rowAfterPeriods } from "../../domain/calculate/realised";
import type { Effect } from "../../domain/model/effect";
import type { RealisationInput, RealisationPeriod } from "../../domain/model/realisation";
import type { WorkbookPort } from "../../workbook/port";

/** What a save of periods wrote: for its later confirmation. */
export interface SavedPeriods {
  /** Every period written, a carried-over earlier amount included. */
  periods: RealisationPeriod[];
  /** The effect's row as it then stood (updated to the sum, or as it was). */
  effect: Effect;
  by: string;
}

export interface PeriodsConfirmation {
  /** A period, a log line or the row's sum was written again. */
  rewritten: boolean;
  /** Period or effect ids found more than once (reported, never removed). */
  duplicates: string[];
}

/**
 * Brings the effect's row up to the sum of its periods with `added`; the row as it then stands.
 * Shared by Godkänn and the confirmation, which finds a row's update lost to a merge.
 */
export async function mirrorSum(
  workbook: WorkbookPort,
  effect: Effect,
  known: readonly RealisationPeriod[],
  added: readonly RealisationInput[],
  by: string
): Promise<{ effect: Effect; updated: boolean }> {
  const next = rowAfterPeriods(effect, known, added);
  if (next.realised === effect.realised && next.realisedDate === effect.realisedDate) {
    return { effect, updated: false };
  }
  return { effect: await workbook.updateEffect(effect, next, { by }), updated: true };
}

export async function confirmPeriods(
  workbook: WorkbookPort,
  saved: SavedPeriods
): Promise<PeriodsConfirmation> {
  const periods = await workbook.confirmRealisations(saved.periods);
  const row = await workbook.confirmSaved([saved.effect], "change");
  const [reading, realisations] = await Promise.all([
    workbook.readEffects(),
    workbook.readRealisations(),
  ]);
  const now = reading.effects.find((effect) => effect.id === saved.effect.id);
  const sum = now
    ? await mirrorSum(workbook, now, realisations.periods, [], saved.by)
    : { updated: false };
  return {
    rewritten: periods.rewritten.length > 0 || row.relogged.length > 0 || sum.updated,
    duplicates: [...periods.duplicates, ...row.duplicates],
  };
}
