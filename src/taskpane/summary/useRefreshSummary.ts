/**
 * The summary panel's state: the lists and the remembered filter read once, the filter as
 * chosen, and one refresh at a time with its outcome. The workbook remembers the filter when
 * the refresh runs (WorkbookPort.refreshSummary), so choosing alone changes nothing.
 */
import { useCallback, useState } from "react";
import type { EffectLists } from "../../domain/model/lists";
import { asWorkbookError, type WorkbookError } from "../../workbook/port";
import type { SummaryFilter, SummaryRefresh } from "../../workbook/port";
import { useAsync, type AsyncState } from "../shared/useAsync";
import { useWorkbook } from "../workbookContext";

export interface SummarySetup {
  lists: EffectLists;
  saved: SummaryFilter;
}

export type RefreshOutcome =
  | { kind: "idle" }
  | { kind: "busy" }
  | { kind: "done"; result: SummaryRefresh }
  | { kind: "failed"; error: WorkbookError };

export interface RefreshSummaryState {
  setup: AsyncState<SummarySetup>;
  /** The chosen filter; the remembered one until the user changes it. */
  filter: SummaryFilter | null;
  setFilter: (filter: SummaryFilter) => void;
  outcome: RefreshOutcome;
  refresh: () => void;
}

export function useRefreshSummary(): RefreshSummaryState {
  const workbook = useWorkbook();
  const load = useCallback(async (): Promise<SummarySetup> => {
    const [lists, settings] = await Promise.all([workbook.readLists(), workbook.readSettings()]);
    return { lists, saved: settings.summaryFilter };
  }, [workbook]);
  const setup = useAsync(load);
  const [chosen, setFilter] = useState<SummaryFilter | null>(null);
  const [outcome, setOutcome] = useState<RefreshOutcome>({ kind: "idle" });
  const filter = chosen ?? setup.value?.saved ?? null;

  const refresh = useCallback(() => {
    if (filter === null) return;
    setOutcome({ kind: "busy" });
    workbook.refreshSummary(filter).then(
      (result) => setOutcome({ kind: "done", result }),
      (error: unknown) => setOutcome({ kind: "failed", error: asWorkbookError(error) })
    );
  }, [workbook, filter]);

  return { setup, filter, setFilter, outcome, refresh };
}
