/**
 * Reading the period table, in chunks within Excel on the web's response limit (chunkedRows.ts):
 * every row that reads as a period, in the table's order, and the rows typed by hand that do not,
 * with what to write. A workbook without the table (made before realisation per period) has no
 * periods; the inspection offers the repair that creates it.
 */
import type { CellValue } from "../../domain/model/cells";
import { readPeriodRows, type RealisationsReading } from "../../domain/validate/periodRow";
import { queueRealisationTable, realisationHeaders } from "../structure/tableAccess";
import { firstRows, readRemainingRows, readRowsInChunks } from "./chunkedRows";

/**
 * Period rows read with the table's geometry in the first sync: a row of the 8 columns is
 * ~120 bytes as JSON, so ~3.6 MB; wider rows (long Underlag) have it refused and try a quarter.
 */
export const FIRST_PERIOD_ROWS = 30_000;

/**
 * Rows that travel with another table's first chunk (the summary's read of the effects, itself
 * sized near the limit): ~120 KB, so a workbook's usual periods cost no sync of their own.
 */
const PERIOD_ROWS_ALONGSIDE = 1_000;

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

/**
 * Queues the period table and its first rows (no sync), so that they travel in another read's
 * sync; after that sync, the returned function reads the rest in chunks (no sync for a table of
 * up to 1 000 rows). `table`: whether the workbook has the period table.
 */
export function queueRealisations(
  context: Excel.RequestContext
): () => Promise<RealisationsReading & { table: boolean }> {
  const queued = queueRealisationTable(context);
  const first = firstRows(queued.table, PERIOD_ROWS_ALONGSIDE);
  return async () => {
    if (queued.table.isNullObject) {
      return { table: false, periods: [], periodRows: [], invalidRows: [] };
    }
    const rows: CellValue[][] = first.isNullObject ? [] : (first.values as CellValue[][]);
    await readRemainingRows(context, queued.table, queued.body.rowCount, rows);
    const headers = realisationHeaders(queued);
    return { table: true, ...readPeriodRows(rows, headers, queued.body.rowIndex + 1) };
  };
}
