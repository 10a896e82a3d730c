/**
 * The log side of every write: its lines are appended below the log table with the same
 * co-authoring-safe routine as the registrations, queued before the change they record and
 * sent in the same sync. A batch is not a transaction, but Excel runs its commands in order
 * and stops at a failing one: a change that landed always has its lines before it.
 */
import type { LogLine } from "../domain/logSchema";
import { LOG_COLUMNS } from "../domain/logSchema";
import { isOccupied, queueBelow, type RowsBelow } from "./appendBelow";
import type { RecordedChange } from "./changeIds";
import { logColumnIndex, logLineCells } from "./logRows";
import { workbookMessages } from "./messages.sv";
import { logHeaders, queueLogTable, type QueuedTable } from "./tableAccess";
import { rowNumberFormats } from "./tableColumns";

export interface QueuedLog {
  queued: QueuedTable;
  below: Excel.Range;
  /** On a retry: a line of the change, when the failed attempt's lines did land. */
  landed: Excel.Range | null;
  change: RecordedChange;
}

const FIND_EXACT: Excel.SearchCriteria = { completeMatch: true, matchCase: true };

/** Sync 1 of a write: the log table, the rows below it, and on a retry the change's lines. */
export function queueLog(context: Excel.RequestContext, change: RecordedChange): QueuedLog {
  const queued = queueLogTable(context);
  const below = queueBelow(queued.table, Math.max(1, change.lines.length));
  // A change id appears nowhere but in its own lines, so the whole body can be searched.
  const landed = change.retry
    ? queued.table.getDataBodyRange().findOrNullObject(change.id, FIND_EXACT)
    : null;
  return { queued, below, landed, change };
}

/**
 * After sync: `lines` (the change's, by default) as rows for the log; none when a retry found
 * them written already. Throws, before anything is written, when the log is missing.
 */
export function logRowsBelow(
  log: QueuedLog,
  lines: readonly LogLine[] = log.change.lines
): RowsBelow {
  const headers = logHeaders(log.queued);
  const written = log.landed !== null && !log.landed.isNullObject;
  const pending = written ? [] : lines;
  return {
    table: log.queued.table,
    rows: pending.map((line) => logLineCells(line, headers)),
    numberFormats: rowNumberFormats(headers, LOG_COLUMNS),
    keyColumn: logColumnIndex(headers, "change"),
    keys: pending.map((line) => line.change),
    occupied: isOccupied(log.below),
    notConfirmed: workbookMessages.logNotConfirmed,
  };
}
