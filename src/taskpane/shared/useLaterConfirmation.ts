/**
 * The quiet second look after a save: a few seconds later, once co-authors' changes have had
 * time to arrive, the workbook confirms what the save wrote (`confirmSaved`, `confirmListValue`,
 * which also write again what a co-author's simultaneous write took the place of). The pane
 * only reports what it found. One shared place for every view that saves.
 */
import { useEffect, useRef, useState } from "react";
import { workbookMessageOf } from "./workbookMessage";

/** Long enough for a co-author's simultaneous save to have reached this copy. */
export const CONFIRM_AFTER_MS = 4000;

export type LaterConfirmation<T> =
  { kind: "waiting" } | { kind: "done"; found: T } | { kind: "failed"; message: string };

/** Runs `confirm` once, CONFIRM_AFTER_MS after `saved` (what was saved) first or last changed. */
export function useLaterConfirmation<T>(
  confirm: () => Promise<T>,
  saved: unknown
): LaterConfirmation<T> {
  const [state, setState] = useState<LaterConfirmation<T>>({ kind: "waiting" });
  // The latest callback, without restarting the wait at every render.
  const latest = useRef(confirm);
  latest.current = confirm;
  useEffect(() => {
    let live = true;
    setState({ kind: "waiting" });
    const timer = setTimeout(() => {
      latest.current().then(
        (found) => live && setState({ kind: "done", found }),
        (error: unknown) =>
          live && setState({ kind: "failed", message: workbookMessageOf(error) ?? String(error) })
      );
    }, CONFIRM_AFTER_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [saved]);
  return state;
}
