/**
 * The registrations screen's data: the lists, every row of the table and the realisation
 * periods (an effect's realised is their sum), read together and
 * reloaded on demand (co-authors change the workbook, so it is re-read before deciding).
 */
import { useCallback } from "react";
import type { EffectLists } from "../../domain/model/lists";
import type { RealisationPeriod } from "../../domain/model/realisation";
import type { EffectsReading } from "../../workbook/port";
import { useWorkbook } from "../workbookContext";
import { useAsync, type AsyncState } from "./useAsync";

export interface WorkbookData extends EffectsReading {
  lists: EffectLists;
  periods: RealisationPeriod[];
}

export function useWorkbookData(): AsyncState<WorkbookData> {
  const workbook = useWorkbook();
  const load = useCallback(async (): Promise<WorkbookData> => {
    const [lists, reading, periods] = await Promise.all([
      workbook.readLists(),
      workbook.readEffects(),
      workbook.readRealisations(),
    ]);
    return { lists, ...reading, periods };
  }, [workbook]);
  return useAsync(load);
}

/** The lists alone, for the screens that only need them. */
export function useLists(): AsyncState<EffectLists> {
  const workbook = useWorkbook();
  const load = useCallback(() => workbook.readLists(), [workbook]);
  return useAsync(load);
}
