/** "Godkänn alla": every listed row changed by hand accepted at once, as `askName()` names. */
import { useState } from "react";
import type { Effect } from "../../domain/model/effect";
import { asWorkbookError, type WorkbookError } from "../../workbook/port";
import type { AcceptedOutsideEdits } from "../../workbook/port";
import { useIdentity } from "../shared/identity";
import { useWorkbook } from "../workbookContext";

export function useAcceptAllOutsideEdits(onAccepted: (result: AcceptedOutsideEdits) => void) {
  const workbook = useWorkbook();
  const identity = useIdentity();
  /** How many rows are being accepted; 0 when none are. */
  const [busy, setBusy] = useState(0);
  // The rows of a failed call are kept: trying again with them writes nothing twice.
  const [failed, setFailed] = useState<{ effects: readonly Effect[]; error: WorkbookError } | null>(
    null
  );

  const acceptAll = async (effects: readonly Effect[]) => {
    if (busy > 0) return;
    const by = await identity.askName();
    if (by === null) return;
    setBusy(effects.length);
    setFailed(null);
    try {
      onAccepted(await workbook.acceptOutsideEdits(effects, { by }));
    } catch (caught) {
      setFailed({ effects, error: asWorkbookError(caught) });
    } finally {
      setBusy(0);
    }
  };
  const retry = () => {
    if (failed) void acceptAll(failed.effects);
  };
  return { acceptAll, busy, error: failed?.error ?? null, retry };
}
