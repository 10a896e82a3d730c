/**
 * The log side of a save's later confirmation: which of the lines a save wrote are not in
 * `Effektlogg` now that co-authors' changes have arrived (a co-author's line written into the
 * same row below the log takes a line's place). A line is known by its change id, and within
 * its change by its effect and field; the log's change column is read, not searched (`find`
 * finds nothing on a hidden sheet in desktop Excel, office-js #6349), and never the cells the
 * save wrote, which are not where a line is now.
 */
import type { LogLine } from "../../domain/trust/logSchema";
import { LOG_COLUMNS } from "../../domain/trust/logSchema";
import { queueBelow } from "./appendBelow";
import type { QueuedLog } from "./logAppend";
import { logLineFromRow } from "./logRows";
import { logHeaders, queueLogTable } from "../structure/tableAccess";

export interface LogCheck {
  /** The log as `logRowsBelow` needs it to write missing lines (no retry filter). */
  log: QueuedLog;
  changeColumn: Excel.Range;
  lines: readonly LogLine[];
}

const CHANGE_HEADER = LOG_COLUMNS.find((column) => column.key === "change")?.header ?? "";

/** Queues the log, room below it for every line, and its change column. */
export function queueLogCheck(context: Excel.RequestContext, lines: readonly LogLine[]): LogCheck {
  const queued = queueLogTable(context);
  const below = queueBelow(queued.table, Math.max(1, lines.length));
  const changeColumn = queued.table.columns
    .getItemOrNullObject(CHANGE_HEADER)
    .getDataBodyRange()
    .load("values");
  return { log: { queued, below, changeColumn: null, changes: [] }, changeColumn, lines };
}

const lineKey = (line: LogLine) => JSON.stringify([line.change, line.id, line.field]);

/**
 * After sync: the lines not in the log. A change all of whose lines are there, or none, is
 * settled by the change column alone; one only partly there has its rows read to tell which
 * lines they are (one more sync, only then).
 */
export async function missingLines(
  context: Excel.RequestContext,
  { log, changeColumn, lines }: LogCheck
): Promise<LogLine[]> {
  const headers = logHeaders(log.queued);
  const rowsOf = new Map<string, number[]>();
  (changeColumn.values ?? []).forEach(([cell], index) => {
    const change = String(cell ?? "").trim();
    rowsOf.set(change, [...(rowsOf.get(change) ?? []), index]);
  });
  const expected = new Map<string, number>();
  for (const line of lines) expected.set(line.change, (expected.get(line.change) ?? 0) + 1);
  const partly = [...expected].flatMap(([change, count]) => {
    const found = rowsOf.get(change)?.length ?? 0;
    return found > 0 && found < count ? [change] : [];
  });
  const absent = (line: LogLine) => !rowsOf.has(line.change);
  // Queued only when needed: any queued command would cost a round trip of its own.
  if (partly.length === 0) return lines.filter(absent);
  const body = log.queued.table.getDataBodyRange();
  const rows = partly.flatMap((change) =>
    (rowsOf.get(change) ?? []).map((index) => body.getRow(index).load("values"))
  );
  await context.sync();
  const present = new Set(rows.map((row) => lineKey(logLineFromRow(row.values[0] ?? [], headers))));
  return lines.filter((line) =>
    partly.includes(line.change) ? !present.has(lineKey(line)) : absent(line)
  );
}

/**
 * Queues the clearing of rows just below the log that hold `missing` lines: a co-author's table
 * bounds won the merge and left them outside the log, where no formula or reader sees them.
 * They are written again inside it; nothing of ours stays below. Returns whether anything else
 * is below the log (then the lines go in as inserted rows, never over someone's cells).
 */
export function clearOwnStrays({ log }: LogCheck, missing: readonly LogLine[]): boolean {
  const headers = logHeaders(log.queued);
  const ours = new Set(missing.map(lineKey));
  let occupied = false;
  log.below.values.forEach((row, index) => {
    if (ours.has(lineKey(logLineFromRow(row, headers)))) log.below.getRow(index).clear("All");
    else if (row.some((cell) => cell !== "")) occupied = true;
  });
  return occupied;
}
