/**
 * State of the realise form: a month's realised amount. What is typed stays through every
 * error and reload; the check is derived from it, never stored. Saving appends the period (and,
 * with an effect's first period, its earlier single amount as a period of its own), then
 * rewrites the effect's row to mirror the new sum; a retry writes no period twice.
 */
import { useMemo, useState } from "react";
import { carriedOver } from "../../domain/calculate/realised";
import type { Effect } from "../../domain/model/effect";
import type { EffectLists } from "../../domain/model/lists";
import type { RealisationPeriod } from "../../domain/model/realisation";
import { asWorkbookError, type WorkbookError } from "../../workbook/port";
import { useIdentity } from "../shared/identity";
import { todayIso } from "../shared/today";
import { useWorkbook } from "../workbookContext";
import { checkRealisation, liveLeakage, type RealiseText } from "./realise";

export function useRealiseForm(
  effect: Effect,
  lists: EffectLists,
  periods: readonly RealisationPeriod[],
  onSaved: (effect: Effect) => void
) {
  const workbook = useWorkbook();
  const identity = useIdentity();
  const [text, setText] = useState<RealiseText>(() => ({
    amount: "",
    month: todayIso().slice(0, 7),
  }));
  // Issues show once the person has tried to save; before that a half-typed amount is no error.
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<WorkbookError | null>(null);

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
    if (!planned || saving) return;
    // Cancelling "Vem är du?" saves nothing; what was typed stays.
    const by = await identity.askName();
    if (by === null) return;
    setSaving(true);
    setError(null);
    try {
      const carried = carriedOver(effect, others);
      const [own = "", earlier = ""] = ids;
      await workbook.appendRealisations([...carried, planned.period], {
        registeredBy: by,
        ids: carried.length > 0 ? [earlier, own] : [own],
      });
      onSaved(await workbook.updateEffect(effect, planned.next, { by }));
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
