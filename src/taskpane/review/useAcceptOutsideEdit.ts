/** "Godkänn ändringen" of a row changed by hand, as the person `askName()` names. */
import type { Effect } from "../../domain/model/effect";
import { useIdentity } from "../shared/identity";
import { useWorkbookAction } from "../shared/useWorkbookAction";

export function useAcceptOutsideEdit(onAccepted: (effect: Effect) => void) {
  const identity = useIdentity();
  const action = useWorkbookAction(
    (workbook, effect: Effect, by: string) => workbook.acceptOutsideEdit(effect, { by }),
    onAccepted
  );

  const accept = async (effect: Effect) => {
    if (action.busy) return;
    const by = await identity.askName();
    if (by !== null) await action.run(effect, by);
  };
  const failedId = action.failedArgs?.[0].id;
  return {
    accept,
    /** The id of the row being accepted; null when none is. */
    busy: action.running?.[0].id ?? null,
    failed: action.error && failedId ? { id: failedId, error: action.error } : null,
    retry: action.retry,
    clearError: action.reset,
  };
}
