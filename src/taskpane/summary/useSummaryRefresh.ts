/**
 * One refresh of the sheet Sammanställning at a time, and its outcome: for the summary panel
 * (with the chosen filter) and Start's button (without one: the workbook uses the remembered
 * filter, as the ribbon's command does).
 */
import { useCallback } from "react";
import type { SummaryFilter, SummaryRefresh, WorkbookError } from "../../workbook/port";
import { useWorkbookAction } from "../shared/useWorkbookAction";

export type RefreshOutcome =
  | { kind: "idle" }
  | { kind: "busy" }
  | { kind: "done"; result: SummaryRefresh }
  | { kind: "failed"; error: WorkbookError };

export function useSummaryRefresh(): {
  outcome: RefreshOutcome;
  /** @param filter remembered as the workbook's filter; none: the remembered one. */
  run: (filter?: SummaryFilter) => void;
  /** The failed refresh again, with its filter (or again without one). */
  retry: () => void;
} {
  const action = useWorkbookAction((workbook, filter?: SummaryFilter) =>
    // Without a filter, no argument at all: the port tells "remembered" by its absence.
    filter ? workbook.refreshSummary(filter) : workbook.refreshSummary()
  );
  const outcome: RefreshOutcome = action.busy
    ? { kind: "busy" }
    : action.error
      ? { kind: "failed", error: action.error }
      : action.result
        ? { kind: "done", result: action.result }
        : { kind: "idle" };
  const { run: start } = action;
  const run = useCallback((filter?: SummaryFilter) => void start(filter), [start]);
  return { outcome, run, retry: action.retry };
}
