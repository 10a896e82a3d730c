/**
 * The quiet second look after a save: a few seconds later, once co-authors' changes have had
 * time to arrive, the workbook confirms that each saved id is in the table exactly once
 * (`confirmSaved`, which also writes a lost row again). The pane only reports what it found.
 */
import { useEffect, useState } from "react";
import type { Effect, EffectId } from "../../domain/model/effect";
import { useWorkbook } from "../workbookContext";
import { workbookMessageOf } from "../shared/workbookMessage";

/** Long enough for a co-author's simultaneous save to have reached this copy. */
export const CONFIRM_AFTER_MS = 4000;

export type SavedConfirmationState =
  | { kind: "waiting" }
  | { kind: "confirmed"; rewritten: boolean }
  | { kind: "duplicates"; ids: EffectId[] }
  | { kind: "failed"; message: string };

export function useSavedConfirmation(effects: readonly Effect[]): SavedConfirmationState {
  const workbook = useWorkbook();
  const [state, setState] = useState<SavedConfirmationState>({ kind: "waiting" });
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      workbook.confirmSaved(effects).then(
        ({ rewritten, duplicates }) => {
          if (!live) return;
          setState(
            duplicates.length > 0
              ? { kind: "duplicates", ids: duplicates }
              : { kind: "confirmed", rewritten: rewritten.length > 0 }
          );
        },
        (error: unknown) => {
          if (live)
            setState({ kind: "failed", message: workbookMessageOf(error) ?? String(error) });
        }
      );
    }, CONFIRM_AFTER_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [workbook, effects]);
  return state;
}
