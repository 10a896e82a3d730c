/**
 * Start's data: the workbook's inspection, and (once it is ready) the table's rows. Repairing
 * replaces the inspection with the one ensureStructure returns, which then loads the rows.
 */
import { useCallback } from "react";
import type { EffectsReading, WorkbookInspection } from "../../workbook/port";
import { useAsync, type AsyncState } from "../shared/useAsync";
import { useWorkbook } from "../workbookContext";

export interface StartData {
  inspection: AsyncState<WorkbookInspection>;
  /** Null while the workbook is not ready: there is no table to read yet. */
  reading: AsyncState<EffectsReading | null>;
}

export function useStartData(): StartData {
  const workbook = useWorkbook();
  const inspection = useAsync(useCallback(() => workbook.inspect(), [workbook]));
  const ready = inspection.value?.ready === true;
  const loadEffects = useCallback(
    async () => (ready ? workbook.readEffects() : null),
    [workbook, ready]
  );
  const reading = useAsync(loadEffects);
  return { inspection, reading };
}
