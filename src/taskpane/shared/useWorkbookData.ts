/**
 * The registrations screen's data: the lists and every row of the table, read together and
 * reloaded on demand (co-authors change the workbook, so it is re-read before deciding).
 */
import { useCallback } from "react";
import type { EffectLists } from "../../domain/model/lists";
import type { EffectsReading } from "../../workbook/port";
import { useWorkbook } from "../workbookContext";
import { useAsync, type AsyncState } from "./useAsync";

export interface WorkbookData extends EffectsReading {
  lists: EffectLists;
}

export function useWorkbookData(): AsyncState<WorkbookData> {
  const workbook = useWorkbook();
  const load = useCallback(async (): Promise<WorkbookData> => {
    const [lists, reading] = await Promise.all([workbook.readLists(), workbook.readEffects()]);
    return { lists, ...reading };
  }, [workbook]);
  return useAsync(load);
}

/** The lists alone, for the screens that only need them. */
export function useLists(): AsyncState<EffectLists> {
  const workbook = useWorkbook();
  const load = useCallback(() => workbook.readLists(), [workbook]);
  return useAsync(load);
}
