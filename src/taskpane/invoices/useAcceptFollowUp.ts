/**
 * *Godkänn* for one effect: its suggested months become realisation periods (source Import,
 * the file as evidence), less the months the workbook already has a period for, read just
 * before writing since a co-author may have recorded one meanwhile.
 */
import { useState } from "react";
import { importEvidence, realisationsToAccept } from "../../domain/invoices/accept";
import type { EffectFollowUp } from "../../domain/invoices/suggest";
import { asWorkbookError, type WorkbookError } from "../../workbook/port";
import { useIdentity } from "../shared/identity";
import { useWorkbook } from "../workbookContext";

export type AcceptState =
  | { kind: "open" }
  | { kind: "saving" }
  | { kind: "accepted"; count: number }
  | { kind: "failed"; error: WorkbookError };

export function useAcceptFollowUp(followUp: EffectFollowUp, fileName: string, fingerprint: string) {
  const workbook = useWorkbook();
  const identity = useIdentity();
  const [state, setState] = useState<AcceptState>({ kind: "open" });

  const accept = async () => {
    if (state.kind === "saving") return;
    const by = await identity.askName();
    if (by === null) return;
    setState({ kind: "saving" });
    try {
      const known = await workbook.readRealisations();
      const inputs = realisationsToAccept(followUp, importEvidence(fileName, fingerprint), known);
      // A retry after an error reads again: months that did land are left out then.
      if (inputs.length > 0) await workbook.appendRealisations(inputs, { registeredBy: by });
      setState({ kind: "accepted", count: inputs.length });
    } catch (error) {
      setState({ kind: "failed", error: asWorkbookError(error) });
    }
  };

  return { state, accept };
}
