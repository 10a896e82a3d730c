/**
 * The later confirmation of Godkänn, seconds after it like every save's: the periods written
 * must be in the period table exactly once (a period a co-author's simultaneous row took the
 * place of is written again, once, as saved), their log lines and the row's update in the log
 * (confirmSaved), and the effect's row must still mirror the sum of its periods: an update a
 * merge lost is made again from the periods as they now stand.
 */
import type { WorkbookPort } from "../../workbook/port";
import { mirrorSum, type AcceptedMonths } from "./acceptMonths";

export interface AcceptConfirmation {
  /** A period, a log line or the row's sum was written again. */
  rewritten: boolean;
  /** Period or effect ids found more than once (reported, never removed). */
  duplicates: string[];
}

export async function confirmAccepted(
  workbook: WorkbookPort,
  accepted: AcceptedMonths
): Promise<AcceptConfirmation> {
  const periods = await workbook.confirmRealisations(accepted.periods);
  const row = await workbook.confirmSaved([accepted.effect], "change");
  const [reading, realisations] = await Promise.all([
    workbook.readEffects(),
    workbook.readRealisations(),
  ]);
  const now = reading.effects.find((effect) => effect.id === accepted.effect.id);
  const sum = now
    ? await mirrorSum(workbook, now, realisations.periods, [], accepted.by)
    : { updated: false };
  return {
    rewritten: periods.rewritten.length > 0 || row.relogged.length > 0 || sum.updated,
    duplicates: [...periods.duplicates, ...row.duplicates],
  };
}
