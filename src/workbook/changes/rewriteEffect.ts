/**
 * Rewriting registrations (an edit, a verification, accepted hand edits), each found by its id,
 * never by a remembered row index: the row is looked up with `Range.find` inside each batch, so
 * rows a colleague inserted meanwhile cannot redirect the write. The changes' log lines are
 * queued first and sent in the same sync. Only changed cells are written (null leaves a cell as
 * it is), and always the add-in's own bookkeeping. Two syncs, for one row or many.
 */
import type { CellValue } from "../../domain/model/cells";
import { effectChecksum } from "../../domain/trust/checksum";
import type { Effect } from "../../domain/model/effect";
import type { ListsReading } from "../../domain/model/lists";
import { readRow } from "../../domain/validate/readRow";
import { effectRowCells } from "../../domain/model/rows";
import {
  headerOf,
  STAMP_KEYS,
  VERIFICATION_KEYS,
  type ColumnKey,
} from "../../domain/model/tableSchema";
import { appendBelow } from "./appendBelow";
import type { RecordedChange } from "./changeIds";
import { canResizeTables, type WorkbookEnv } from "../env";
import { WorkbookError } from "../errors";
import { TABLE_NAME } from "../structure/layout";
import { listsReading, queueListsRange } from "../structure/listsSheet";
import { logRowsBelow, queueLog } from "./logAppend";
import { workbookMessages } from "../messages.sv";
import { sameCell } from "../structure/sheetCells";
import { queueTable, tableHeaders } from "../structure/tableAccess";
import { columnIndex, requireColumns } from "../structure/tableColumns";

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
const BOOKKEEPING: readonly ColumnKey[] = [...STAMP_KEYS, ...VERIFICATION_KEYS];

/** What every write changes: no colleague's change to report. */
const STAMPS: readonly ColumnKey[] = STAMP_KEYS;

/** What became of one rewrite: the effect as stored, or why its row was left alone. */
export type RewriteOutcome =
  | { stored: Effect }
  /** The row changed since it was read; the columns that did. */
  | { changedSince: string[] }
  /** No row holds the effect's id any more. */
  | { gone: true };

/** One registration rewritten as `change` says; WorkbookErrors for a stale or deleted row. */
export async function rewriteEffect(
  context: Excel.RequestContext,
  env: WorkbookEnv,
  change: RecordedChange,
  rewrite: Rewrite
): Promise<Effect> {
  const [outcome] = await rewriteEffects(context, env, [rewrite], [change]);
  const id = rewrite.expected.id;
  if (!outcome || "gone" in outcome) {
    throw new WorkbookError("notFound", workbookMessages.notFound(id));
  }
  if ("changedSince" in outcome) {
    throw new WorkbookError("staleEdit", workbookMessages.staleEdit(id, outcome.changedSince));
  }
  return outcome.stored;
}

/**
 * Several registrations rewritten in the same two syncs, each as its change (same order) says:
 * every row and the log read in the first; in the second, every row still as read written,
 * all their log lines queued first. Rows that changed since they were read, or were deleted,
 * are left alone and their lines never written. One sync when there is nothing to write.
 */
export async function rewriteEffects(
  context: Excel.RequestContext,
  env: WorkbookEnv,
  rewrites: readonly Rewrite[],
  changes: readonly RecordedChange[],
  // A row deleted between the two syncs fails the second at its find, before anything of it
  // is written: the rows are then read once more, and the deleted one is left alone.
  rereads = 1
): Promise<RewriteOutcome[]> {
  const queued = queueTable(context);
  const rows = rewrites.map((rewrite, i) => ({
    rewrite,
    change: changes[i] as RecordedChange,
    found: findRowOrNull(queued.table, rewrite.expected.id).load("values"),
  }));
  const lists = queueListsRange(context);
  const log = queueLog(context, ...changes);
  await context.sync();
  const headers = tableHeaders(queued);
  requireColumns(headers);
  const reading = listsReading(lists);

  const planned = rows.map((row) => ({ ...row, ...plan(row, headers, reading) }));
  const writes = planned.flatMap((row) => ("patch" in row ? [row] : []));
  if (writes.length === 0) return planned.map(({ outcome }) => outcome);

  const logRows = logRowsBelow(
    log,
    writes.flatMap(({ change }) => change.lines)
  );
  // Found before the log lines are queued: a row deleted meanwhile fails the batch before them.
  const table = context.workbook.tables.getItem(TABLE_NAME);
  const targets = writes.map(({ rewrite }) => findRow(table, rewrite.expected.id));
  try {
    await appendBelow(context, [logRows], {
      canResize: canResizeTables(env),
      alsoQueue: () => {
        writes.forEach(({ patch }, w) => {
          (targets[w] as Excel.Range).values = [patch];
        });
      },
    });
  } catch (error) {
    if ((error as { code?: unknown }).code !== "ItemNotFound" || rereads === 0) throw error;
    return rewriteEffects(context, env, rewrites, changes, rereads - 1);
  }
  return planned.map(({ outcome }) => outcome);
}

/** What to do with one row as read: its outcome, and the cells to write when it is written. */
type Plan = { outcome: RewriteOutcome } | { outcome: RewriteOutcome; patch: (CellValue | null)[] };

function plan(
  { rewrite, change, found }: { rewrite: Rewrite; change: RecordedChange; found: Excel.Range },
  headers: readonly string[],
  reading: ListsReading | null
): Plan {
  const { expected, updated, asRead } = rewrite;
  if (found.isNullObject) return { outcome: { gone: true } };
  const cells = found.values[0] ?? [];
  const current = currentEffect(cells, headers, reading);
  if (!asRead({ cells, headers, effect: current })) {
    // A retry of this very change whose first attempt landed with its answer lost: nothing to do.
    if (current && !current.editedOutside && sameFields(current, updated)) {
      return { outcome: { stored: current } };
    }
    return { outcome: { changedSince: changedColumns(cells, headers, expected) } };
  }
  // Nothing but the stamps would change: no write, so no change goes unlogged.
  if (change.lines.length === 0) return { outcome: { stored: expected } };

  const before = effectRowCells(expected, headers);
  const always = new Set(BOOKKEEPING.map((key) => columnIndex(headers, key)));
  const patch = effectRowCells(updated, headers).map((cell, i) =>
    cell === before[i] && !always.has(i) ? null : cell
  );
  return { outcome: { stored: updated }, patch };
}

/** The stale check of edits and verifications: the row was not written since it was read. */
export const notRewrittenSince =
  (expected: Effect) =>
  ({ cells, headers }: CurrentRow): boolean =>
    sameCell(cells[columnIndex(headers, "lastModified")], expected.lastModified ?? "");

const FIND_EXACT: Excel.SearchCriteria = { completeMatch: true, matchCase: true };

/** The table row holding `id`; the find fails the batch with ItemNotFound when it is gone. */
function findRow(table: Excel.Table, id: string): Excel.Range {
  const idCell = table.columns.getItem(headerOf("id")).getDataBodyRange().find(id, FIND_EXACT);
  return idCell.getEntireRow().getIntersection(table.getRange());
}

/** The same as a null object when the row (or the table, or its ID column) is gone. */
function findRowOrNull(table: Excel.Table, id: string): Excel.Range {
  const idCell = table.columns
    .getItemOrNullObject(headerOf("id"))
    .getDataBodyRange()
    .findOrNullObject(id, FIND_EXACT);
  return idCell.getEntireRow().getIntersectionOrNullObject(table.getRange());
}

/** The row's effect as a reading would give it; null without the lists or when it is invalid. */
function currentEffect(
  cells: readonly CellValue[],
  headers: readonly string[],
  reading: ListsReading | null
): Effect | null {
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
