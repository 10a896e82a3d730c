/**
 * Reading the whole registration table, in chunks within Excel on the web's response limit
 * (chunkedRows.ts). Rows are mapped by header name and validated like form input, so rows typed
 * by hand come back with their problems instead of being dropped.
 */
import { sameText, type CellValue } from "../../domain/model/cells";
import { headerOf } from "../../domain/model/tableSchema";
import type { EffectLists } from "../../domain/model/lists";
import type { EffectsReading } from "../port";
import { readRow } from "../../domain/validate/readRow";
import { queueListsRange, listsFromRange } from "../structure/listsSheet";
import { queueTable, tableHeaders } from "../structure/tableAccess";
import { readRowsInChunks } from "./chunkedRows";

/**
 * Rows read together with the table's geometry in the first sync: a typical row of the 42
 * columns is ~300 bytes as JSON, so ~3.6 MB. A table of wider rows has this chunk refused and
 * tries a quarter of it (one sync more), down to the geometry alone.
 */
export const FIRST_CHUNK_ROWS = 12_000;

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
  const { queued, rows, also } = await readRowsInChunks(
    context,
    () => ({
      queued: queueTable(context),
      also: { listsRange: queueListsRange(context), caller: queueAlso() },
    }),
    firstChunk
  );
  const headers = tableHeaders(queued);
  const lists = listsFromRange(also.listsRange);
  return {
    ...mapRows(rows, headers, lists, queued.body.rowIndex),
    lists,
    headers,
    also: also.caller,
  };
}

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
