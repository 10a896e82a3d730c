/** "Godkänn ändringen" of a row changed by hand, as the person `askName()` names. */
import { useState } from "react";
import type { Effect, EffectId } from "../../domain/model/effect";
import { asWorkbookError, type WorkbookError } from "../../workbook/port";
import { useIdentity } from "../shared/identity";
import { useWorkbook } from "../workbookContext";

export function useAcceptOutsideEdit(onAccepted: (effect: Effect) => void) {
  const workbook = useWorkbook();
  const identity = useIdentity();
  const [busy, setBusy] = useState<EffectId | null>(null);
  const [failed, setFailed] = useState<{ id: EffectId; error: WorkbookError } | null>(null);

  const accept = async (effect: Effect) => {
    if (busy) return;
    const by = await identity.askName();
    if (by === null) return;
    setBusy(effect.id);
    setFailed(null);
    try {
      onAccepted(await workbook.acceptOutsideEdit(effect, { by }));
    } catch (caught) {
      setFailed({ id: effect.id, error: asWorkbookError(caught) });
    } finally {
      setBusy(null);
    }
  };
  return { accept, busy, failed, clearError: () => setFailed(null) };
}
