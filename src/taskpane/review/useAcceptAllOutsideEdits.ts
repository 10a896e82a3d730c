/** "Godkänn alla": every listed row changed by hand accepted at once, as `askName()` names. */
import type { Effect } from "../../domain/model/effect";
import type { AcceptedOutsideEdits } from "../../workbook/port";
import { useIdentity } from "../shared/identity";
import { useWorkbookAction } from "../shared/useWorkbookAction";

export function useAcceptAllOutsideEdits(onAccepted: (result: AcceptedOutsideEdits) => void) {
  const identity = useIdentity();
  // A retry runs with the failed call's rows and name: nothing is written twice.
  const action = useWorkbookAction(
    (workbook, effects: readonly Effect[], by: string) =>
      workbook.acceptOutsideEdits(effects, { by }),
    onAccepted
  );

  const acceptAll = async (effects: readonly Effect[]) => {
    if (action.busy) return;
    const by = await identity.askName();
    if (by !== null) await action.run(effects, by);
  };
  return {
    acceptAll,
    /** How many rows are being accepted; 0 when none are. */
    busy: action.running?.[0].length ?? 0,
    error: action.error,
    retry: action.retry,
  };
}
