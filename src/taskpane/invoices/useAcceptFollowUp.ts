/**
 * *Godkänn* for one effect: its suggested months become realisation periods (source Import,
 * the file as evidence), less the months the workbook already has a period for, read just
 * before writing since a co-author may have recorded one meanwhile. Then the effect's row
 * mirrors the new sum (as after Realisera), so the summary's formulas count the import.
 */
import { importEvidence, realisationsToAccept } from "../../domain/invoices/accept";
import type { EffectFollowUp } from "../../domain/invoices/suggest";
import { carriedOver, rowAfterPeriods } from "../../domain/calculate/realised";
import type { Effect } from "../../domain/model/effect";
import type { WorkbookError, WorkbookPort } from "../../workbook/port";
import { useIdentity } from "../shared/identity";
import { useWorkbookAction } from "../shared/useWorkbookAction";

export type AcceptState =
  | { kind: "open" }
  | { kind: "saving" }
  | { kind: "accepted"; count: number }
  | { kind: "failed"; error: WorkbookError };

/**
 * Reads again on every try: a retry after Excel applied the periods and lost the answer finds
 * them recorded and writes none twice, and still brings the row up to the sum.
 */
async function acceptMonths(
  workbook: WorkbookPort,
  effect: Effect,
  followUp: EffectFollowUp,
  evidence: string,
  by: string
): Promise<number> {
  const known = (await workbook.readRealisations()).periods;
  const inputs = realisationsToAccept(followUp, evidence, known);
  // With an effect's first periods, its earlier single amount becomes a period of its own.
  const periods = inputs.length > 0 ? [...carriedOver(effect, known), ...inputs] : [];
  if (periods.length > 0) await workbook.appendRealisations(periods, { registeredBy: by });
  const next = rowAfterPeriods(effect, known, inputs);
  if (next.realised !== effect.realised || next.realisedDate !== effect.realisedDate) {
    await workbook.updateEffect(effect, next, { by });
  }
  return inputs.length;
}

export function useAcceptFollowUp(
  effect: Effect,
  followUp: EffectFollowUp,
  fileName: string,
  fingerprint: string
) {
  const identity = useIdentity();
  const action = useWorkbookAction((workbook, by: string) =>
    acceptMonths(workbook, effect, followUp, importEvidence(fileName, fingerprint), by)
  );

  const accept = async () => {
    if (action.busy) return;
    const by = await identity.askName();
    if (by === null) return;
    await action.run(by);
  };

  const state: AcceptState = action.busy
    ? { kind: "saving" }
    : action.error
      ? { kind: "failed", error: action.error }
      : action.result !== undefined
        ? { kind: "accepted", count: action.result }
        : { kind: "open" };
  return { state, accept, retry: action.retry };
}
