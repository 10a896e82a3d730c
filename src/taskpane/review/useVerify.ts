/**
 * State of the "Verifiera" panel. The domain's `verify` decides, with the saved name, both
 * whether this person may verify (said before they try) and whether the evidence will do (said
 * at the field once they have tried); the workbook asks it again before it writes. What is
 * typed stays through every refusal, error and reload.
 */
import { useState } from "react";
import type { Effect } from "../../domain/model/effect";
import { verify } from "../../domain/trust/review";
import { useIdentity } from "../shared/identity";
import { todayIso } from "../shared/today";
import { useWorkbookAction } from "../shared/useWorkbookAction";

const check = (effect: Effect, by: string, evidence: string) =>
  verify(effect, { by, evidence, date: todayIso() });

export function useVerify(effect: Effect, onVerified: (effect: Effect) => void) {
  const identity = useIdentity();
  const [evidence, setEvidence] = useState("");
  const [tried, setTried] = useState(false);
  const action = useWorkbookAction(
    (workbook, effect: Effect, by: string, evidence: string) =>
      workbook.verifyEffect(effect, { by, evidence }),
    onVerified
  );

  // Without a saved name nobody is refused yet: "Verifiera" asks for the name first.
  const outcome = identity.name ? check(effect, identity.name, evidence) : null;
  const refused = outcome && "refused" in outcome ? outcome.refused : null;
  const refusal = refused?.field === "person" ? refused.message : null;
  const evidenceMessage = tried && refused?.field === "evidence" ? refused.message : undefined;

  const submit = async () => {
    setTried(true);
    if (action.busy) return;
    const by = await identity.askName();
    if (by === null) return;
    if ("refused" in check(effect, by, evidence)) return;
    await action.run(effect, by, evidence.trim());
  };

  return {
    evidence,
    setEvidence,
    refusal,
    evidenceMessage,
    busy: action.busy,
    error: action.error,
    clearError: action.reset,
    retry: action.retry,
    submit,
  };
}
