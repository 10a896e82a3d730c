/**
 * One workbook action a person starts (save, accept, verify, refresh, repair): busy while it
 * runs, its error in the workbook layer's Swedish, and a retry that runs the very same call
 * again with the very same arguments. An append's ids are among those arguments (taken from
 * `port.newEffectIds` before the first try), so a retry after Excel applied a write and lost
 * the answer finds its row instead of writing it twice.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { asWorkbookError, type WorkbookError, type WorkbookPort } from "../../workbook/port";
import { useWorkbook } from "../workbookContext";

export interface WorkbookAction<Args extends unknown[], Result> {
  /**
   * Runs the call, unless one is running already (a second click does nothing).
   * @returns whether it succeeded; false also when it was not started.
   */
  run: (...args: Args) => Promise<boolean>;
  /** Runs the failed call again with its arguments; nothing when nothing failed. */
  retry: () => void;
  /** Forgets the last outcome, error or result (e.g. before reading the workbook again). */
  reset: () => void;
  busy: boolean;
  /** The arguments of the running call, to show which row is being worked on. */
  running: Args | null;
  error: WorkbookError | null;
  /** The arguments of the failed call, to show the error beside the row it concerns. */
  failedArgs: Args | null;
  /** What the last successful call returned; cleared when a call starts. */
  result: Result | undefined;
}

interface ActionState<Args, Result> {
  running: Args | null;
  failed: { args: Args; error: WorkbookError } | null;
  result: Result | undefined;
}

/**
 * @param call the workbook call; it may change between renders (the latest one runs).
 * @param onDone runs after a success (a retried one too) with the call's arguments, while the
 *   component is mounted.
 */
export function useWorkbookAction<Args extends unknown[], Result>(
  call: (workbook: WorkbookPort, ...args: Args) => Promise<Result>,
  onDone?: (result: Result, args: NoInfer<Args>) => void
): WorkbookAction<Args, Result> {
  const workbook = useWorkbook();
  const [state, setState] = useState<ActionState<Args, Result>>({
    running: null,
    failed: null,
    result: undefined,
  });
  // The latest call and callback, so `run` stays stable and a retry uses today's onDone.
  const latest = useRef({ workbook, call, onDone });
  latest.current = { workbook, call, onDone };
  // A ref, not state: two clicks in one frame both see the first one running.
  const busy = useRef(false);
  // A view closed mid-call must not be updated (React warns, and the result has no reader).
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(async (...args: Args): Promise<boolean> => {
    if (busy.current) return false;
    busy.current = true;
    setState({ running: args, failed: null, result: undefined });
    try {
      const { workbook: port, call: action } = latest.current;
      const result = await action(port, ...args);
      if (mounted.current) {
        setState({ running: null, failed: null, result });
        latest.current.onDone?.(result, args);
      }
      return true;
    } catch (caught) {
      const error = asWorkbookError(caught);
      if (mounted.current) setState({ running: null, failed: { args, error }, result: undefined });
      return false;
    } finally {
      busy.current = false;
    }
  }, []);

  const failed = state.failed;
  const retry = useCallback(() => {
    if (failed) void run(...failed.args);
  }, [failed, run]);
  const reset = useCallback(
    () => setState((last) => ({ running: last.running, failed: null, result: undefined })),
    []
  );

  return {
    run,
    retry,
    reset,
    busy: state.running !== null,
    running: state.running,
    error: failed?.error ?? null,
    failedArgs: failed?.args ?? null,
    result: state.result,
  };
}
