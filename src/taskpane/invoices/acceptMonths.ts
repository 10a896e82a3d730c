/**
 * *Godkänn* for one effect: its suggested months become realisation periods (source Import,
 * the file as evidence), less the months the workbook already has a period for, read just
 * before writing since a co-author may have recorded one meanwhile. Then the effect's row
 * mirrors the new sum (as after Realisera), so the summary's formulas count the import.
 */
import { realisationsToAccept } from "../../domain/invoices/accept";
import type { ShownFollowUp } from "../../domain/invoices/shownFollowUp";
import { carriedOver, rowAfterPeriods } from "../../domain/calculate/realised";
import type { Effect } from "../../domain/model/effect";
import type { RealisationInput, RealisationPeriod } from "../../domain/model/realisation";
import type { WorkbookPort } from "../../workbook/port";

/** What one Godkänn saved: for its later confirmation (useAcceptedConfirmation). */
export interface AcceptedMonths {
  /** Months accepted from the import (without a carried-over earlier amount). */
  count: number;
  /** Every period written, the carried-over one included. */
  periods: RealisationPeriod[];
  /** The effect's row as it now stands (updated to the sum, or as it was). */
  effect: Effect;
  by: string;
}

/**
 * Brings the effect's row up to the sum of its periods with `added`; the row as it then stands.
 * Shared by Godkänn and its later confirmation, which finds the row's update lost to a merge.
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

/**
 * Reads again on every try: a retry after Excel applied the periods and lost the answer finds
 * them recorded and writes none twice, and still brings the row up to the sum.
 */
export async function acceptMonths(
  workbook: WorkbookPort,
  effect: Effect,
  followUp: ShownFollowUp,
  evidence: string,
  by: string
): Promise<AcceptedMonths> {
  const known = (await workbook.readRealisations()).periods;
  const inputs = realisationsToAccept(followUp, evidence, known);
  // With an effect's first periods, its earlier single amount becomes a period of its own.
  const toWrite = inputs.length > 0 ? [...carriedOver(effect, known), ...inputs] : [];
  const periods =
    toWrite.length > 0 ? await workbook.appendRealisations(toWrite, { registeredBy: by }) : [];
  const row = await mirrorSum(workbook, effect, known, inputs, by);
  return { count: inputs.length, periods, effect: row.effect, by };
}
