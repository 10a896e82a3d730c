/**
 * Reading the period table: every row that reads as a period, in the table's order. A workbook
 * without the table (made before realisation per period) has no periods; the inspection
 * offers the repair that creates it.
 */
import type { CellValue } from "../../domain/model/cells";
import type { RealisationPeriod } from "../../domain/model/realisation";
import { realisationFromRow } from "../../domain/model/realisationRows";
import { queueRealisationTable, realisationHeaders } from "../structure/tableAccess";

export async function readRealisations(
  context: Excel.RequestContext
): Promise<RealisationPeriod[]> {
  const read = queueRealisations(context);
  await context.sync();
  return read().periods;
}

/**
 * Queues the read (no sync), so that it can travel in another read's sync; call the returned
 * function after that sync. `table`: whether the workbook has the period table.
 */
export function queueRealisations(
  context: Excel.RequestContext
): () => { table: boolean; periods: RealisationPeriod[] } {
  const queued = queueRealisationTable(context);
  const body = queued.table.getDataBodyRange().load("values");
  return () => {
    if (queued.table.isNullObject) return { table: false, periods: [] };
    const headers = realisationHeaders(queued);
    const periods = (body.values as CellValue[][]).flatMap((row) => {
      const period = realisationFromRow(row, headers);
      return period ? [period] : [];
    });
    return { table: true, periods };
  };
}
