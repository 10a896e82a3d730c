/**
 * Reading a whole table's body within Excel on the web's ~5 MB response limit, for every table
 * that can grow large (registrations, periods). The first chunk travels with the caller's own
 * loads in one sync; later chunks are sized from the bytes earlier chunks measured, and a chunk
 * Excel still refuses is split in half, so wider rows cost a sync, never the read.
 */
import type { CellValue } from "../../domain/model/cells";
import { mayBeTooLarge } from "../errors";
import type { QueuedTable } from "../structure/tableAccess";

/**
 * Each later chunk aims at this many bytes, sized from the widest rows read so far: under
 * Excel on the web's 5 MB with room for rows a seventh wider than those.
 */
export const TARGET_CHUNK_BYTES = 4_500_000;

/** Without a measure yet (the first chunk was refused or empty), a small probe. */
const PROBE_ROWS = 100;

export interface ChunkedRows<T> {
  queued: QueuedTable;
  /** Every body row, in order; none when the table is missing. */
  rows: CellValue[][];
  /** What `queue` queued besides the table, loaded. */
  also: T;
}

/**
 * Queues `queue()` (the table and the caller's loads) with the body's first `firstChunk` rows
 * and syncs once; when Excel refuses that as too large, queues it all again with a quarter of
 * the rows (one sync more), down to no rows. Then reads the rest of the body chunk by chunk.
 */
export async function readRowsInChunks<T>(
  context: Excel.RequestContext,
  queue: () => { queued: QueuedTable; also: T },
  firstChunk: number
): Promise<ChunkedRows<T>> {
  const { queued, also } = queue();
  const first = firstChunk > 0 ? firstRows(queued.table, firstChunk) : null;
  try {
    await context.sync();
  } catch (error) {
    if (!mayBeTooLarge(error) || firstChunk === 0) throw error;
    return readRowsInChunks(context, queue, Math.floor(firstChunk / 4));
  }
  if (queued.table.isNullObject) return { queued, rows: [], also };
  const rows: CellValue[][] = !first || first.isNullObject ? [] : (first.values as CellValue[][]);
  await readRemainingRows(context, queued.table, queued.body.rowCount, rows);
  return { queued, rows, also };
}

/** The first `count` body rows (fewer when the table is shorter), navigated at run time. */
export function firstRows(table: Excel.Table, count: number): Excel.Range {
  const body = table.getDataBodyRange();
  return body
    .getRow(0)
    .getResizedRange(count - 1, 0)
    .getIntersectionOrNullObject(body)
    .load("values");
}

/** Appends rows `rows.length`.. of the body to `rows`, one sync per chunk. */
export async function readRemainingRows(
  context: Excel.RequestContext,
  table: Excel.Table,
  rowCount: number,
  rows: CellValue[][]
): Promise<void> {
  let bytesPerRow = rows.length > 0 ? jsonBytes(rows) / rows.length : 0;
  let chunk = chunkFor(bytesPerRow);
  while (rows.length < rowCount) {
    const count = Math.min(chunk, rowCount - rows.length);
    const range = table
      .getDataBodyRange()
      .getRow(rows.length)
      .getResizedRange(count - 1, 0)
      .load("values");
    try {
      // Each chunk needs the previous one's size to size itself, so one sync per chunk.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (!mayBeTooLarge(error) || count === 1) throw error;
      chunk = Math.max(1, Math.floor(count / 2));
      continue;
    }
    const values = range.values as CellValue[][];
    bytesPerRow = Math.max(bytesPerRow, jsonBytes(values) / count);
    chunk = chunkFor(bytesPerRow);
    rows.push(...values);
  }
}

function chunkFor(bytesPerRow: number): number {
  if (bytesPerRow <= 0) return PROBE_ROWS;
  return Math.max(1, Math.floor(TARGET_CHUNK_BYTES / bytesPerRow));
}

/** Bytes of the JSON Excel sends, as it counts them (UTF-8: "å" is two). */
const jsonBytes = (values: unknown): number =>
  new TextEncoder().encode(JSON.stringify(values)).length;
