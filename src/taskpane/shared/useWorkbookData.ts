/**
 * The registrations screen's data: the lists, every row of the table and the realisation
 * periods (an effect's realised is their sum), read together and
 * reloaded on demand (co-authors change the workbook, so it is re-read before deciding).
 */
import { useCallback } from "react";
import type { EffectId } from "../../domain/model/effect";
import type { EffectLists } from "../../domain/model/lists";
import type { RealisationPeriod } from "../../domain/model/realisation";
import type { EffectsReading, InvalidPeriodRow } from "../../workbook/port";
import { periodRowsToFix } from "../../domain/validate/periodRow";
import { useWorkbook } from "../workbookContext";
import { useAsync, type AsyncState } from "./useAsync";

export interface WorkbookData extends EffectsReading {
  lists: EffectLists;
  periods: RealisationPeriod[];
  /** Rows of the period table to fix in the sheet (blank or unknown Effekt-ID, text amount …). */
  invalidPeriodRows: InvalidPeriodRow[];
}

export function useWorkbookData(): AsyncState<WorkbookData> {
  const workbook = useWorkbook();
  const load = useCallback(async (): Promise<WorkbookData> => {
    const [lists, reading, realisations] = await Promise.all([
      workbook.readLists(),
      workbook.readEffects(),
      workbook.readRealisations(),
    ]);
    const invalidPeriodRows = periodRowsToFix(realisations, registeredIds(reading));
    return { lists, ...reading, periods: realisations.periods, invalidPeriodRows };
  }, [workbook]);
  return useAsync(load);
}

/** Every id in the registration table, rows to fix included: a period may belong to either. */
export function registeredIds(reading: EffectsReading): Set<EffectId> {
  const ids = reading.effects.map((effect) => effect.id);
  for (const row of reading.invalidRows) if (row.id !== null) ids.push(row.id);
  return new Set(ids);
}

/** The lists alone, for the screens that only need them. */
export function useLists(): AsyncState<EffectLists> {
  const workbook = useWorkbook();
  const load = useCallback(() => workbook.readLists(), [workbook]);
  return useAsync(load);
}
