/**
 * Reading the period table, in chunks within Excel on the web's response limit (chunkedRows.ts):
 * every row that reads as a period, in the table's order, and the rows typed by hand that do not,
 * with what to write. A workbook without the table (made before realisation per period) has no
 * periods; the inspection offers the repair that creates it.
 */
import { readPeriodRows, type RealisationsReading } from "../../domain/validate/periodRow";
import { queueRealisationTable, realisationHeaders } from "../structure/tableAccess";
import { readRowsInChunks } from "./chunkedRows";

/**
 * Period rows read with the table's geometry in the first sync: a row of the 8 columns is
 * ~120 bytes as JSON, so ~3.6 MB; wider rows (long Underlag) have it refused and try a quarter.
 */
export const FIRST_PERIOD_ROWS = 30_000;

export async function readRealisations(
  context: Excel.RequestContext
): Promise<RealisationsReading> {
  const { queued, rows } = await readRowsInChunks(
    context,
    () => ({ queued: queueRealisationTable(context), also: undefined }),
    FIRST_PERIOD_ROWS
  );
  if (queued.table.isNullObject) return { periods: [], periodRows: [], invalidRows: [] };
  return readPeriodRows(rows, realisationHeaders(queued), queued.body.rowIndex + 1);
}
