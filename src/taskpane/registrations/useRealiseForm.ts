/**
 * State of the "Markera som realiserad" form. What is typed stays through every error and
 * reload; the check is derived from it, never stored.
 */
import { useMemo, useState } from "react";
import type { Effect, EffectInput } from "../../domain/model/effect";
import type { EffectLists } from "../../domain/model/lists";
import { useIdentity } from "../shared/identity";
import { todayIso } from "../shared/today";
import { useWorkbookAction } from "../shared/useWorkbookAction";
import { checkRealisation, liveLeakage, type RealiseText } from "./realise";

export function useRealiseForm(
  effect: Effect,
  lists: EffectLists,
  onSaved: (effect: Effect) => void
) {
  const identity = useIdentity();
  const [text, setText] = useState<RealiseText>(() => ({
    realised: "",
    realisedDate: todayIso(),
  }));
  // Issues show once the person has tried to save; before that a half-typed amount is no error.
  const [tried, setTried] = useState(false);
  const action = useWorkbookAction(
    (workbook, effect: Effect, next: EffectInput, by: string) =>
      workbook.updateEffect(effect, next, { by }),
    onSaved
  );

  const check = useMemo(() => checkRealisation(effect, text, lists), [effect, text, lists]);
  const leakage = useMemo(() => liveLeakage(effect, text.realised), [effect, text.realised]);

  const save = async () => {
    setTried(true);
    const next = check.next;
    if (!next || action.busy) return;
    // Cancelling "Vem är du?" saves nothing; what was typed stays.
    const by = await identity.askName();
    if (by === null) return;
    await action.run(effect, next, by);
  };

  return {
    text,
    change: (field: keyof RealiseText, value: string) => setText((t) => ({ ...t, [field]: value })),
    issues: tried ? check : null,
    leakage,
    saving: action.busy,
    error: action.error,
    clearError: action.reset,
    retry: action.retry,
    save,
  };
}
