/**
 * Reading the whole registration table. Excel on the web refuses responses over ~5 MB, so the
 * body is read in chunks sized from what earlier chunks measured; a chunk Excel still refuses
 * is split in half. Rows are mapped by header name and validated like form input, so rows typed
 * by hand come back with their problems instead of being dropped.
 */
import { sameText, type CellValue } from "../../domain/model/cells";
import { headerOf } from "../../domain/model/tableSchema";
import type { EffectLists } from "../../domain/model/lists";
import type { EffectsReading } from "../port";
import { readRow } from "../../domain/validate/readRow";
import { mayBeTooLarge } from "../errors";
import { queueListsRange, listsFromRange } from "../structure/listsSheet";
import { queueTable, tableHeaders } from "../structure/tableAccess";

/**
 * Rows read together with the table's geometry in the first sync: a typical row of the 42
 * columns is ~300 bytes as JSON, so ~3.6 MB. A table of wider rows has this chunk refused and
 * tries a quarter of it (one sync more), down to the geometry alone.
 */
export const FIRST_CHUNK_ROWS = 12_000;
/**
 * Each later chunk aims at this many bytes, sized from the widest rows read so far: under
 * Excel on the web's 5 MB with room for rows a seventh wider than those. A chunk Excel still
 * refuses is split in half, so wider rows cost a sync, never the read.
 */
export const TARGET_CHUNK_BYTES = 4_500_000;

export async function readEffects(context: Excel.RequestContext): Promise<EffectsReading> {
  const { effects, invalidRows } = await readTable(context);
  return { effects, invalidRows };
}

/** A whole read of the table, with the lists and the header texts it was read with. */
export interface TableReading<T = undefined> extends EffectsReading {
  lists: EffectLists;
  headers: string[];
  /** What `queueAlso` queued, loaded. */
  also: T;
}

/**
 * readEffects, keeping the lists and headers for callers that need them too (the summary).
 * `queueAlso` queues the caller's own loads so that they travel in the first sync instead of
 * costing one more; it runs again when that sync is refused as too large and redone.
 */
export async function readTable<T = undefined>(
  context: Excel.RequestContext,
  queueAlso: () => T = () => undefined as T,
  firstChunk = FIRST_CHUNK_ROWS
): Promise<TableReading<T>> {
  const queued = queueTable(context);
  const listsRange = queueListsRange(context);
  const first = firstChunk > 0 ? firstRows(queued.table, firstChunk) : null;
  const also = queueAlso();
  try {
    await context.sync();
  } catch (error) {
    if (!mayBeTooLarge(error) || firstChunk === 0) throw error;
    return readTable(context, queueAlso, Math.floor(firstChunk / 4));
  }
  const headers = tableHeaders(queued);
  const lists = listsFromRange(listsRange);
  const rows: CellValue[][] = !first || first.isNullObject ? [] : (first.values as CellValue[][]);
  await readRemainingRows(context, queued.table, queued.body.rowCount, rows);
  return { ...mapRows(rows, headers, lists, queued.body.rowIndex), lists, headers, also };
}

/** The first `count` body rows (fewer when the table is shorter), navigated at run time. */
function firstRows(table: Excel.Table, count: number): Excel.Range {
  const body = table.getDataBodyRange();
  return body
    .getRow(0)
    .getResizedRange(count - 1, 0)
    .getIntersectionOrNullObject(body)
    .load("values");
}

/** Appends rows `rows.length`.. of the body to `rows`, one sync per chunk. */
async function readRemainingRows(
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

/** Without a measure yet (the first chunk was refused or empty), a small probe. */
const PROBE_ROWS = 100;

function chunkFor(bytesPerRow: number): number {
  if (bytesPerRow <= 0) return PROBE_ROWS;
  return Math.max(1, Math.floor(TARGET_CHUNK_BYTES / bytesPerRow));
}

/** Bytes of the JSON Excel sends, as it counts them (UTF-8: "å" is two). */
const jsonBytes = (values: unknown): number =>
  new TextEncoder().encode(JSON.stringify(values)).length;

function mapRows(
  rows: readonly CellValue[][],
  headers: readonly string[],
  lists: EffectLists,
  bodyRowIndex: number
): EffectsReading {
  const reading: EffectsReading = { effects: [], invalidRows: [] };
  const seen = new Set<string>();
  // Blank rows are not data; the formula column reads 0 even there.
  const formulaColumn = headers.findIndex((h) => sameText(h, headerOf("forecast")));
  const isBlank = (row: readonly CellValue[]) =>
    row.every((cell, i) => i === formulaColumn || cell === "");
  rows.forEach((row, index) => {
    if (isBlank(row)) return;
    const result = readRow(row, headers, lists, seen);
    if ("effect" in result) {
      seen.add(result.effect.id);
      reading.effects.push(result.effect);
    } else {
      reading.invalidRows.push({ ...result.invalid, sheetRow: bodyRowIndex + index + 1 });
    }
  });
  return reading;
}
