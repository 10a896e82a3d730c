/**
 * An effect's audit trail: the log's lines for one id in the order they were appended, oldest
 * first (co-authors' clocks may disagree; the order of the sheet does not). Only the ID column
 * is read in full, in chunks well under Excel's 5 MB (the log outgrows the registrations), then
 * just the matching rows: two syncs for a normal log.
 */
import type { CellValue } from "../../domain/model/cells";
import { LOG_COLUMNS, type LogLine } from "../../domain/trust/logSchema";
import { logColumnIndex, logLineFromRow } from "../changes/logRows";
import { logHeaders, queueLogTable } from "../structure/tableAccess";

/** About 20 bytes an id: 2 MB a chunk. */
export const ID_CHUNK_ROWS = 100_000;

const ID_HEADER = LOG_COLUMNS.find((column) => column.key === "id")?.header ?? "ID";

export async function readHistory(context: Excel.RequestContext, id: string): Promise<LogLine[]> {
  const queued = queueLogTable(context);
  const byName = queued.table.columns.getItemOrNullObject(ID_HEADER).getDataBodyRange();
  const first = chunkOf(byName, 0, ID_CHUNK_ROWS);
  await context.sync();
  const headers = logHeaders(queued);
  const rowCount = queued.body.rowCount;
  let ids: CellValue[] = [];
  let column = byName;
  if (first.isNullObject) {
    // The header is spelt another way ("id"): found by header matching, one more sync.
    column = queued.table.getDataBodyRange().getColumn(logColumnIndex(headers, "id"));
  } else ids = first.values.map((row) => row[0] ?? "");
  while (ids.length < rowCount) {
    const next = chunkOf(column, ids.length, Math.min(ID_CHUNK_ROWS, rowCount - ids.length));
    // A log longer than one chunk: each chunk is its own response, to stay under 5 MB.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    ids = ids.concat(next.values.map((row) => row[0] ?? ""));
  }

  const matching = ids.flatMap((cell, index) => (String(cell).trim() === id ? [index] : []));
  if (matching.length === 0) return [];
  const body = queued.table.getDataBodyRange();
  const rows = matching.map((index) => body.getRow(index).load("values"));
  await context.sync();
  return foldRetries(rows.map((row) => logLineFromRow(row.values[0] ?? [], headers)));
}

/** Rows `from`.. of a one-column range, at most `count` (fewer at its end). */
function chunkOf(column: Excel.Range, from: number, count: number): Excel.Range {
  return column
    .getRow(from)
    .getResizedRange(count - 1, 0)
    .getIntersectionOrNullObject(column)
    .load("values");
}

/**
 * A retried save may have written its lines twice under the same change id: one line per
 * change and field is kept, in the place of the first, as the later one wrote it.
 */
function foldRetries(lines: readonly LogLine[]): LogLine[] {
  const folded: LogLine[] = [];
  const seen = new Map<string, number>();
  for (const line of lines) {
    const key = line.change === "" ? null : JSON.stringify([line.change, line.field]);
    const at = key === null ? undefined : seen.get(key);
    if (at !== undefined) folded[at] = line;
    else {
      if (key !== null) seen.set(key, folded.length);
      folded.push(line);
    }
  }
  return folded;
}
