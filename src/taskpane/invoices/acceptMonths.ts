/**
 * *Godkänn* for one effect: its suggested months become realisation periods (source Import,
 * the file as evidence), less the months the workbook already has a period for, read just
 * before writing since a co-author may have recorded one meanwhile. Then the effect's row
 * mirrors the new sum (as after Realisera), so the summary's formulas count the import.
 */
import { realisationsToAccept } from "../../domain/invoices/accept";
import type { ShownFollowUp } from "../../domain/invoices/shownFollowUp";
import { carriedOver } from "../../domain/calculate/realised";
import type { Effect } from "../../domain/model/effect";
import type { WorkbookPort } from "../../workbook/port";
import { mirrorSum, type SavedPeriods } from "../shared/confirmPeriods";

/** What one Godkänn saved: for its later confirmation (PeriodsConfirmationNote). */
export interface AcceptedMonths extends SavedPeriods {
  /** Months accepted from the import (without a carried-over earlier amount). */
  count: number;
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
