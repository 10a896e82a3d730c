/**
 * The log side of every write: its lines are appended below the log table with the same
 * co-authoring-safe routine as the registrations, queued before the change they record and
 * sent in the same sync. A batch is not a transaction, but Excel runs its commands in order
 * and stops at a failing one: a change that landed always has its lines before it.
 */
import type { LogLine } from "../../domain/trust/logSchema";
import { LOG_COLUMNS } from "../../domain/trust/logSchema";
import { isOccupied, queueBelow, type RowsBelow } from "./appendBelow";
import type { RecordedChange } from "./changeIds";
import { logColumnIndex, logLineCells } from "./logRows";
import { workbookMessages } from "../messages.sv";
import { logHeaders, queueLogTable, type QueuedTable } from "../structure/tableAccess";
import { rowNumberFormats } from "../structure/tableColumns";

export interface QueuedLog {
  queued: QueuedTable;
  below: Excel.Range;
  /** On a retry only: the log's change column, to see which changes' lines did land. */
  changeColumn: Excel.Range | null;
  changes: readonly RecordedChange[];
}

/** The log column holding each line's change id. */
const CHANGE_HEADER = LOG_COLUMNS.find((column) => column.key === "change")?.header ?? "";

/**
 * Sync 1 of a write: the log table, the rows below it, and for each change tried before a
 * look for its lines. One change, or several written in the same batch (one per row).
 */
export function queueLog(
  context: Excel.RequestContext,
  ...changes: readonly RecordedChange[]
): QueuedLog {
  const queued = queueLogTable(context);
  const lineCount = changes.reduce((sum, change) => sum + change.lines.length, 0);
  const below = queueBelow(queued.table, Math.max(1, lineCount));
  // Read, not searched: `find` finds nothing on a hidden sheet in desktop Excel (office-js
  // #6349), and the log's sheet is hidden. Only a retry needs it.
  const changeColumn = changes.some((change) => change.retry)
    ? queued.table.columns.getItemOrNullObject(CHANGE_HEADER).getDataBodyRange().load("values")
    : null;
  return { queued, below, changeColumn, changes };
}

/**
 * After sync: `lines` (every change's, by default) as rows for the log, less those of changes
 * a retry found written already. Throws, before anything is written, when the log is missing.
 */
export function logRowsBelow(
  log: QueuedLog,
  lines: readonly LogLine[] = log.changes.flatMap((change) => change.lines)
): RowsBelow {
  const headers = logHeaders(log.queued);
  const written = new Set((log.changeColumn?.values ?? []).map((row) => String(row[0] ?? "")));
  const pending = lines.filter((line) => !written.has(line.change));
  return {
    table: log.queued.table,
    rows: pending.map((line) => logLineCells(line, headers)),
    numberFormats: rowNumberFormats(headers, LOG_COLUMNS),
    keyColumn: logColumnIndex(headers, "change"),
    keys: pending.map((line) => line.change),
    occupied: isOccupied(log.below),
    totalsShown: log.queued.table.showTotals,
    notConfirmed: workbookMessages.logNotConfirmed,
  };
}
