/**
 * Saving and reading an import's sums (aggregateRows.ts). The table is created on the first
 * import, on a hidden sheet like the log: sums are evidence behind accepted realisations, not
 * something to edit. Rows go below the table with the landing proof (appendBelow), in chunks
 * that keep each request far under Excel on the web's 5 MB. Each row's key holds the file's
 * fingerprint, so importing the same file again, or retrying after a failed chunk, writes only
 * the rows that are not there yet.
 */
import { sameText } from "../../domain/model/cells";
import { canResizeTables, type WorkbookEnv } from "../env";
import { WorkbookError } from "../errors";
import { appendBelow, isOccupied, queueBelow } from "../changes/appendBelow";
import { NUMBER_FORMATS } from "../structure/layout";
import { tableAt } from "../structure/ensureStructure";
import { workbookMessages } from "../messages.sv";
import type { ChangeAuthor, InvoiceImportSaved } from "../port";
import {
  AGGREGATE_COLUMNS,
  INVOICE_SHEET,
  INVOICE_TABLE,
  aggregateCells,
  aggregateOfRow,
  aggregateRowId,
  type InvoiceImport,
  type StoredAggregate,
} from "./aggregateRows";

/** About 300 bytes a row: 2 000 rows stay under 1 MB a request. */
const CHUNK_ROWS = 2_000;

interface QueuedSums {
  sheet: Excel.Worksheet;
  table: Excel.Table;
  header: Excel.Range;
  body: Excel.Range;
}

function queueSums(context: Excel.RequestContext): QueuedSums {
  const sheet = context.workbook.worksheets.getItemOrNullObject(INVOICE_SHEET).load("name");
  const table = context.workbook.tables.getItemOrNullObject(INVOICE_TABLE).load("showTotals");
  const header = table.getHeaderRowRange().load("values");
  const body = table.getDataBodyRange().load("values");
  return { sheet, table, header, body };
}

/** The table's rows in AGGREGATE_COLUMNS' order, found by header name. */
function rowsInColumnOrder(queued: QueuedSums): unknown[][] {
  const headers = (queued.header.values[0] ?? []).map((cell) => String(cell));
  const at = AGGREGATE_COLUMNS.map((column) =>
    headers.findIndex((h) => sameText(h, column.header))
  );
  const missing = AGGREGATE_COLUMNS.filter((_, index) => at[index] === -1).map((c) => c.header);
  if (missing.length > 0) {
    throw new WorkbookError("missingColumns", workbookMessages.missingInvoiceColumns(missing));
  }
  return queued.body.values.map((row) => at.map((index) => row[index]));
}

export async function readInvoiceSums(context: Excel.RequestContext): Promise<StoredAggregate[]> {
  const queued = queueSums(context);
  await context.sync();
  if (queued.table.isNullObject) return [];
  return rowsInColumnOrder(queued).flatMap((row) => {
    const sum = aggregateOfRow(row as never);
    return sum ? [sum] : [];
  });
}

export async function saveInvoiceSums(
  context: Excel.RequestContext,
  env: WorkbookEnv,
  saved: InvoiceImport,
  meta: ChangeAuthor
): Promise<InvoiceImportSaved> {
  let queued = queueSums(context);
  await context.sync();
  if (queued.table.isNullObject) {
    if (!queued.sheet.isNullObject) {
      throw new WorkbookError("missingTable", workbookMessages.invoiceSheetTaken(INVOICE_SHEET));
    }
    const sheet = context.workbook.worksheets.add(INVOICE_SHEET);
    // Hidden before anything is written on it, as the log.
    sheet.visibility = "Hidden";
    tableAt(sheet, INVOICE_TABLE, AGGREGATE_COLUMNS);
    queued = queueSums(context);
    await context.sync();
  }
  const present = new Set(rowsInColumnOrder(queued).map((row) => String(row[0] ?? "")));
  const pending = saved.aggregates
    .map((_, index) => index)
    .filter((index) => !present.has(aggregateRowId(saved.fingerprint, index)));
  const stamp = { importedBy: meta.by, importedAt: env.stamp().serial };
  const numberFormats = AGGREGATE_COLUMNS.map((column) => NUMBER_FORMATS[column.kind]);
  for (let from = 0; from < pending.length; from += CHUNK_ROWS) {
    const chunk = pending.slice(from, from + CHUNK_ROWS);
    const below = queueBelow(queued.table, chunk.length);
    // One look below the table per chunk: each chunk is its own request (the 5 MB cap).
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    await appendBelow(
      context,
      [
        {
          table: queued.table,
          rows: chunk.map((index) => aggregateCells(saved, index, stamp)),
          numberFormats,
          keyColumn: 0,
          keys: chunk.map((index) => aggregateRowId(saved.fingerprint, index)),
          occupied: isOccupied(below),
          totalsShown: queued.table.showTotals,
          notConfirmed: workbookMessages.invoiceSumsNotConfirmed,
        },
      ],
      { canResize: canResizeTables(env) }
    );
  }
  return { written: pending.length, alreadyImported: pending.length === 0 };
}
