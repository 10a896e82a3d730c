/**
 * State of the "Markera som realiserad" form. What is typed stays through every error and
 * reload; the check is derived from it, never stored.
 */
import { useMemo, useState } from "react";
import type { Effect } from "../../domain/model/effect";
import type { EffectLists } from "../../domain/model/lists";
import { asWorkbookError, type WorkbookError } from "../../workbook/port";
import { useIdentity } from "../shared/identity";
import { todayIso } from "../shared/today";
import { useWorkbook } from "../workbookContext";
import { checkRealisation, liveLeakage, type RealiseText } from "./realise";

export function useRealiseForm(
  effect: Effect,
  lists: EffectLists,
  onSaved: (effect: Effect) => void
) {
  const workbook = useWorkbook();
  const identity = useIdentity();
  const [text, setText] = useState<RealiseText>(() => ({
    realised: "",
    realisedDate: todayIso(),
  }));
  // Issues show once the person has tried to save; before that a half-typed amount is no error.
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<WorkbookError | null>(null);

  const check = useMemo(() => checkRealisation(effect, text, lists), [effect, text, lists]);
  const leakage = useMemo(() => liveLeakage(effect, text.realised), [effect, text.realised]);

  const save = async () => {
    setTried(true);
    const next = check.next;
    if (!next || saving) return;
    // Cancelling "Vem är du?" saves nothing; what was typed stays.
    const by = await identity.askName();
    if (by === null) return;
    setSaving(true);
    setError(null);
    try {
      onSaved(await workbook.updateEffect(effect, next, { by }));
    } catch (caught) {
      setError(asWorkbookError(caught));
    } finally {
      setSaving(false);
    }
  };

  return {
    text,
    change: (field: keyof RealiseText, value: string) => setText((t) => ({ ...t, [field]: value })),
    issues: tried ? check : null,
    leakage,
    saving,
    error,
    clearError: () => setError(null),
    save,
  };
}
