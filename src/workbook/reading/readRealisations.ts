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
  const queued = queueRealisationTable(context);
  const body = queued.table.getDataBodyRange().load("values");
  await context.sync();
  if (queued.table.isNullObject) return [];
  const headers = realisationHeaders(queued);
  return (body.values as CellValue[][]).flatMap((row) => {
    const period = realisationFromRow(row, headers);
    return period ? [period] : [];
  });
}
