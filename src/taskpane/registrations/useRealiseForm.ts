/**
 * State of the realise form: a month's realised amount. What is typed stays through every
 * error and reload; the check is derived from it, never stored. Saving appends the period (and,
 * with an effect's first period, its earlier single amount as a period of its own), then
 * rewrites the effect's row to mirror the new sum; a retry writes no period twice. What it
 * wrote goes to `onSaved` for the later confirmation (PeriodsConfirmationNote).
 */
import { useMemo, useState } from "react";
import { carriedOver } from "../../domain/calculate/realised";
import type { Effect } from "../../domain/model/effect";
import type { EffectLists } from "../../domain/model/lists";
import type { RealisationInput, RealisationPeriod } from "../../domain/model/realisation";
import type { EffectInput } from "../../domain/model/effect";
import type { SavedPeriods } from "../shared/confirmPeriods";
import { useIdentity } from "../shared/identity";
import { todayIso } from "../shared/today";
import { useWorkbookAction } from "../shared/useWorkbookAction";
import { useWorkbook } from "../workbookContext";
import { checkRealisation, liveLeakage, type RealiseText } from "./realise";

export function useRealiseForm(
  effect: Effect,
  lists: EffectLists,
  periods: readonly RealisationPeriod[],
  onSaved: (saved: SavedPeriods) => void
) {
  const workbook = useWorkbook();
  const identity = useIdentity();
  const [text, setText] = useState<RealiseText>(() => ({
    amount: "",
    month: todayIso().slice(0, 7),
  }));
  // Issues show once the person has tried to save; before that a half-typed amount is no error.
  const [tried, setTried] = useState(false);
  // The periods first, then the row that mirrors their sum: a retry repeats both with the same
  // ids, so a period that landed before the failure is not written twice.
  const action = useWorkbookAction(
    async (
      port,
      effect: Effect,
      periods: RealisationInput[],
      periodIds: string[],
      next: EffectInput,
      by: string
    ): Promise<SavedPeriods> => {
      const written = await port.appendRealisations(periods, { registeredBy: by, ids: periodIds });
      return { periods: written, effect: await port.updateEffect(effect, next, { by }), by };
    },
    onSaved
  );

  // Kept while the text is the same, so "Försök igen" writes no period twice; changed text is
  // a new period. The first id is the month's, the second an earlier amount's (carriedOver).
  const ids = useMemo(() => workbook.newRealisationIds(2), [workbook, text]);
  // The periods without this save's own: after a failed save and a reload, those that did
  // land must not count twice in the sum the row mirrors.
  const others = useMemo(() => periods.filter((p) => !ids.includes(p.id)), [periods, ids]);
  const check = useMemo(
    () => checkRealisation(effect, text, lists, others),
    [effect, text, lists, others]
  );
  const leakage = useMemo(
    () => liveLeakage(effect, text.amount, others),
    [effect, text.amount, others]
  );

  const save = async () => {
    setTried(true);
    const planned = check.save;
    if (!planned || action.busy) return;
    // Cancelling "Vem är du?" saves nothing; what was typed stays.
    const by = await identity.askName();
    if (by === null) return;
    const carried = carriedOver(effect, others);
    const [own = "", earlier = ""] = ids;
    await action.run(
      effect,
      [...carried, planned.period],
      carried.length > 0 ? [earlier, own] : [own],
      planned.next,
      by
    );
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
