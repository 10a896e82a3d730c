/**
 * Queued access to the registration table. Nothing here syncs: callers queue what they need
 * from several helpers and sync once.
 */
import { TABLE_NAME } from "./layout";
import { WorkbookError } from "./errors";
import { workbookMessages } from "./messages.sv";
import { SHEETS } from "./layout";

export interface QueuedTable {
  table: Excel.Table;
  header: Excel.Range;
  body: Excel.Range;
}

/** Queues the table's name, header values and body geometry. */
export function queueTable(context: Excel.RequestContext): QueuedTable {
  const table = context.workbook.tables.getItemOrNullObject(TABLE_NAME);
  table.load("name");
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
  return (queued.header.values[0] ?? []).map((cell) => String(cell).trim());
}
