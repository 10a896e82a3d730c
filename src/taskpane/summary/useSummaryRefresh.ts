/**
 * One refresh of the sheet Sammanställning at a time, and its outcome: for the summary panel
 * (with the chosen filter) and Start's button (without one: the workbook uses the remembered
 * filter, as the ribbon's command does).
 */
import { useCallback, useState } from "react";
import { asWorkbookError, type WorkbookError } from "../../workbook/port";
import type { SummaryFilter, SummaryRefresh } from "../../workbook/port";
import { useWorkbook } from "../workbookContext";

export type RefreshOutcome =
  | { kind: "idle" }
  | { kind: "busy" }
  | { kind: "done"; result: SummaryRefresh }
  | { kind: "failed"; error: WorkbookError };

export function useSummaryRefresh(): {
  outcome: RefreshOutcome;
  /** @param filter remembered as the workbook's filter; none: the remembered one. */
  run: (filter?: SummaryFilter) => void;
} {
  const workbook = useWorkbook();
  const [outcome, setOutcome] = useState<RefreshOutcome>({ kind: "idle" });
  const run = useCallback(
    (filter?: SummaryFilter) => {
      setOutcome({ kind: "busy" });
      // Without a filter, no argument at all: the port tells "remembered" by its absence.
      const refreshing = filter ? workbook.refreshSummary(filter) : workbook.refreshSummary();
      refreshing.then(
        (result) => setOutcome({ kind: "done", result }),
        (error: unknown) => setOutcome({ kind: "failed", error: asWorkbookError(error) })
      );
    },
    [workbook]
  );
  return { outcome, run };
}
