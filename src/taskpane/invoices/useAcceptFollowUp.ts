/** *Godkänn* for one effect (acceptMonths.ts): busy, its error and retry, then what it saved. */
import { importEvidence } from "../../domain/invoices/accept";
import type { ShownFollowUp } from "../../domain/invoices/shownFollowUp";
import type { Effect } from "../../domain/model/effect";
import type { WorkbookError } from "../../workbook/port";
import { acceptMonths, type AcceptedMonths } from "./acceptMonths";
import { useIdentity } from "../shared/identity";
import { useWorkbookAction } from "../shared/useWorkbookAction";

export type AcceptState =
  | { kind: "open" }
  | { kind: "saving" }
  | { kind: "accepted"; accepted: AcceptedMonths }
  | { kind: "failed"; error: WorkbookError };

export function useAcceptFollowUp(
  effect: Effect,
  followUp: ShownFollowUp,
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
        ? { kind: "accepted", accepted: action.result }
        : { kind: "open" };
  return { state, accept, retry: action.retry };
}
