/**
 * The summary panel's state: the lists and the remembered filter read once, the filter as
 * chosen, and one refresh at a time with its outcome. The workbook remembers the filter when
 * the refresh runs (WorkbookPort.refreshSummary), so choosing alone changes nothing.
 */
import { useCallback, useState } from "react";
import type { EffectLists } from "../../domain/model/lists";
import type { SummaryFilter } from "../../workbook/port";
import { useAsync, type AsyncState } from "../shared/useAsync";
import { useWorkbook } from "../workbookContext";
import { useSummaryRefresh, type RefreshOutcome } from "./useSummaryRefresh";

export interface SummarySetup {
  lists: EffectLists;
  saved: SummaryFilter;
}

export interface RefreshSummaryState {
  setup: AsyncState<SummarySetup>;
  /** The chosen filter; the remembered one until the user changes it. */
  filter: SummaryFilter | null;
  setFilter: (filter: SummaryFilter) => void;
  outcome: RefreshOutcome;
  refresh: () => void;
  /** The failed refresh again, with the filter it had. */
  retry: () => void;
}

export function useRefreshSummary(): RefreshSummaryState {
  const workbook = useWorkbook();
  const load = useCallback(async (): Promise<SummarySetup> => {
    const [lists, settings] = await Promise.all([workbook.readLists(), workbook.readSettings()]);
    return { lists, saved: settings.summaryFilter };
  }, [workbook]);
  const setup = useAsync(load);
  const [chosen, setFilter] = useState<SummaryFilter | null>(null);
  const { outcome, run, retry } = useSummaryRefresh();
  const filter = chosen ?? setup.value?.saved ?? null;

  const refresh = useCallback(() => {
    if (filter !== null) run(filter);
  }, [run, filter]);

  return { setup, filter, setFilter, outcome, refresh, retry };
}
