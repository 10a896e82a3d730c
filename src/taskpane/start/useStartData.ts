/**
 * Start's data: the workbook's inspection, and (once it is ready) the table's rows and the
 * realisation periods. Repairing
 * replaces the inspection with the one ensureStructure returns, which then loads the rows.
 */
import { useCallback } from "react";
import type { RealisationPeriod } from "../../domain/model/realisation";
import { periodRowsToFix } from "../../domain/validate/periodRow";
import type { EffectsReading, InvalidPeriodRow, WorkbookInspection } from "../../workbook/port";
import { registeredIds } from "../shared/useWorkbookData";
import { useAsync, type AsyncState } from "../shared/useAsync";
import { useWorkbook } from "../workbookContext";

export interface StartData {
  inspection: AsyncState<WorkbookInspection>;
  /** Null while the workbook is not ready: there is no table to read yet. */
  reading: AsyncState<StartReading | null>;
}

export interface StartReading extends EffectsReading {
  periods: RealisationPeriod[];
  /** Rows of the period table to fix in the sheet. */
  invalidPeriodRows: InvalidPeriodRow[];
}

export function useStartData(): StartData {
  const workbook = useWorkbook();
  const inspection = useAsync(useCallback(() => workbook.inspect(), [workbook]));
  const ready = inspection.value?.ready === true;
  const loadEffects = useCallback(async (): Promise<StartReading | null> => {
    if (!ready) return null;
    const [reading, realisations] = await Promise.all([
      workbook.readEffects(),
      workbook.readRealisations(),
    ]);
    const invalidPeriodRows = periodRowsToFix(realisations, registeredIds(reading));
    return { ...reading, periods: realisations.periods, invalidPeriodRows };
  }, [workbook, ready]);
  const reading = useAsync(loadEffects);
  return { inspection, reading };
}
