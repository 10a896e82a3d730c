/**
 * Rewriting one registration (an edit, a verification, an accepted hand edit), found by its id,
 * never by a remembered row index: the row is looked up with `Range.find` inside each batch, so
 * rows a colleague inserted meanwhile cannot redirect the write. The change's log lines are
 * queued first and sent in the same sync. Only changed cells are written (null leaves a cell as
 * it is), and always the add-in's own bookkeeping. Two syncs.
 */
import type { CellValue } from "../domain/cells";
import { effectChecksum } from "../domain/checksum";
import type { Effect } from "../domain/effect";
import { readRow } from "../domain/readRow";
import { effectRowCells } from "../domain/rows";
import { headerOf, type ColumnKey } from "../domain/tableSchema";
import { appendBelow } from "./appendBelow";
import type { RecordedChange } from "./changeIds";
import { WorkbookError } from "./errors";
import { TABLE_NAME } from "./layout";
import { listsReading, queueListsRange, type QueuedLists } from "./listsSheet";
import { logRowsBelow, queueLog } from "./logAppend";
import { workbookMessages } from "./messages.sv";
import { sameCell } from "./sheetCells";
import { queueTable, tableHeaders } from "./tableAccess";
import { columnIndex, requireColumns } from "./tableColumns";

export interface Rewrite {
  /** The effect as the person read it. */
  expected: Effect;
  /** The effect to store: stamped, with its checksum (stamps.ts). */
  updated: Effect;
  /** Whether the row still holds what `expected` was read from, so that nothing is lost. */
  asRead: (row: CurrentRow) => boolean;
}

/** The row as it is now: its cells, and the effect they read as (null when they do not). */
export interface CurrentRow {
  cells: readonly CellValue[];
  headers: readonly string[];
  effect: Effect | null;
}

/** The add-in's own cells, written with every change: a hand edit never outlives a save there. */
const BOOKKEEPING: readonly ColumnKey[] = [
  "lastModified",
  "lastModifiedBy",
  "verifiedStage",
  "verifiedBy",
  "verifiedDate",
  "evidence",
  "checksum",
];

/** What every write changes: no colleague's change to report. */
const STAMPS: readonly ColumnKey[] = ["lastModified", "lastModifiedBy", "checksum"];

export async function rewriteEffect(
  context: Excel.RequestContext,
  change: RecordedChange,
  { expected, updated, asRead }: Rewrite
): Promise<Effect> {
  const queued = queueTable(context);
  const found = findRow(queued.table, expected.id).load("values");
  const lists = queueListsRange(context);
  const log = queueLog(context, change);
  await finding(expected.id, context.sync());
  const headers = tableHeaders(queued);
  requireColumns(headers);
  const logRows = logRowsBelow(log);

  const cells = found.values[0] ?? [];
  const current = currentEffect(cells, headers, lists);
  if (!asRead({ cells, headers, effect: current })) {
    // A retry of this very change whose first attempt landed with its answer lost: nothing to do.
    if (current && !current.editedOutside && sameFields(current, updated)) return current;
    throw new WorkbookError(
      "staleEdit",
      workbookMessages.staleEdit(expected.id, changedColumns(cells, headers, expected))
    );
  }
  // Nothing but the stamps would change: no write, so no change goes unlogged.
  if (change.lines.length === 0) return expected;

  const before = effectRowCells(expected, headers);
  const always = new Set(BOOKKEEPING.map((key) => columnIndex(headers, key)));
  const patch = effectRowCells(updated, headers).map((cell, i) =>
    cell === before[i] && !always.has(i) ? null : cell
  );
  // Found before the log lines are queued: a row deleted meanwhile fails the batch before them.
  const target = findRow(context.workbook.tables.getItem(TABLE_NAME), expected.id);
  await finding(
    expected.id,
    appendBelow(context, [logRows], () => {
      target.values = [patch];
    })
  );
  return updated;
}

/** The stale check of edits and verifications: the row was not written since it was read. */
export const notRewrittenSince =
  (expected: Effect) =>
  ({ cells, headers }: CurrentRow): boolean =>
    sameCell(cells[columnIndex(headers, "lastModified")], expected.lastModified ?? "");

/** The table row holding `id`; the find fails the batch with ItemNotFound when it is gone. */
function findRow(table: Excel.Table, id: string): Excel.Range {
  const idCell = table.columns
    .getItem(headerOf("id"))
    .getDataBodyRange()
    .find(id, { completeMatch: true, matchCase: true });
  return idCell.getEntireRow().getIntersection(table.getRange());
}

async function finding<T>(id: string, work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if ((error as { code?: unknown }).code === "ItemNotFound") {
      throw new WorkbookError("notFound", workbookMessages.notFound(id), error);
    }
    throw error;
  }
}

/** The row's effect as a reading would give it; null without the lists or when it is invalid. */
function currentEffect(
  cells: readonly CellValue[],
  headers: readonly string[],
  lists: QueuedLists
): Effect | null {
  const reading = listsReading(lists);
  if (!reading) return null;
  const result = readRow(cells, headers, reading.lists, new Set());
  return "effect" in result ? result.effect : null;
}

/** Same fields apart from when they were written (the checksum's canonical comparison). */
const sameFields = (a: Effect, b: Effect): boolean =>
  effectChecksum({ ...a, lastModified: null }) === effectChecksum({ ...b, lastModified: null });

/** The columns a colleague (or a hand edit) changed; users' own columns are theirs to change. */
function changedColumns(
  cells: readonly CellValue[],
  headers: readonly string[],
  expected: Effect
): string[] {
  const before = effectRowCells(expected, headers);
  const stamps = new Set(STAMPS.map((key) => columnIndex(headers, key)));
  return headers.filter(
    (_, i) => !stamps.has(i) && before[i] !== null && !sameCell(cells[i], before[i])
  );
}
