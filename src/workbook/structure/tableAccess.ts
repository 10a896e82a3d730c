/**
 * Queued access to the registration table, the log and the period table. Nothing here syncs: callers queue what
 * they need from several helpers and sync once.
 */
import { LOG_TABLE_NAME, REALISATION_TABLE_NAME, SHEETS, TABLE_NAME } from "./layout";
import { WorkbookError } from "../errors";
import { workbookMessages } from "../messages.sv";
import { requireLogColumns, requireRealisationColumns } from "./tableColumns";

export interface QueuedTable {
  table: Excel.Table;
  header: Excel.Range;
  body: Excel.Range;
}

/** Queues the table's name, header values and body geometry (the registration table's by default). */
export function queueTable(context: Excel.RequestContext, name = TABLE_NAME): QueuedTable {
  const table = context.workbook.tables.getItemOrNullObject(name);
  table.load("name, showTotals");
  const header = table.getHeaderRowRange().load("values, rowIndex, columnIndex, columnCount");
  const body = table.getDataBodyRange().load("rowIndex, rowCount");
  return { table, header, body };
}

/** After sync: the header texts, or a WorkbookError when the table is gone. */
export function tableHeaders(queued: QueuedTable): string[] {
  if (queued.table.isNullObject) {
    throw new WorkbookError(
      "missingTable",
      workbookMessages.missingTable(TABLE_NAME, SHEETS.registration)
    );
  }
  return headerTexts(queued);
}

export const queueLogTable = (context: Excel.RequestContext): QueuedTable =>
  queueTable(context, LOG_TABLE_NAME);

/** After sync: the log's header texts; a WorkbookError (repair offered) when it is incomplete. */
export function logHeaders(queued: QueuedTable): string[] {
  if (queued.table.isNullObject) {
    throw new WorkbookError("missingTable", workbookMessages.missingLog(SHEETS.log));
  }
  const headers = headerTexts(queued);
  requireLogColumns(headers);
  return headers;
}

export const queueRealisationTable = (context: Excel.RequestContext): QueuedTable =>
  queueTable(context, REALISATION_TABLE_NAME);

/** After sync: the period table's header texts; a WorkbookError (repair offered) when incomplete. */
export function realisationHeaders(queued: QueuedTable): string[] {
  if (queued.table.isNullObject) {
    throw new WorkbookError(
      "missingTable",
      workbookMessages.missingRealisations(SHEETS.realisation)
    );
  }
  const headers = headerTexts(queued);
  requireRealisationColumns(headers);
  return headers;
}

const headerTexts = (queued: QueuedTable): string[] =>
  (queued.header.values[0] ?? []).map((cell) => String(cell).trim());
