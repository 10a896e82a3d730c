/**
 * Appending registrations the way co-authored workbooks need it: values written into the rows
 * just below the table (Excel expands the table), never `TableRowCollection.add`, which causes
 * merge conflicts and lost changes for co-authors. Two syncs when nobody else writes.
 *
 * A retry is safe: Excel can apply a batch and lose the answer, so the caller passes the ids of
 * the failed attempt again, and rows whose id is already in the table are not written twice.
 */
import type { CellValue } from "../domain/cells";
import { excelSerialToIsoDate } from "../domain/dates";
import type { Effect, EffectId, EffectInput } from "../domain/effect";
import { effectRowFormulasR1C1 } from "../domain/rows";
import { headerOf } from "../domain/tableSchema";
import type { WorkbookEnv } from "./env";
import { WorkbookError } from "./errors";
import { workbookMessages } from "./messages.sv";
import { queueTable, tableHeaders, type QueuedTable } from "./tableAccess";
import { requireColumns, rowNumberFormats } from "./tableColumns";

/** How often a row whose id did not land is written again before giving up. */
const MAX_ATTEMPTS = 3;

export async function appendEffects(
  context: Excel.RequestContext,
  env: WorkbookEnv,
  inputs: readonly EffectInput[],
  meta: AppendMeta
): Promise<Effect[]> {
  if (inputs.length === 0) return [];
  const ids = meta.ids ?? inputs.map(() => env.newId());
  const queued = queueTable(context);
  const below = rowsBelow(queued.table, inputs.length).load("values");
  const earlier = (meta.ids ?? []).map((id) =>
    queued.table.getDataBodyRange().findOrNullObject(id, FIND_EXACT).load("rowIndex")
  );
  await context.sync();

  const headers = tableHeaders(queued);
  requireColumns(headers);
  const stamp = env.stamp();
  const effects: Effect[] = inputs.map((input, i) => ({
    ...input,
    id: ids[i] as EffectId,
    registered: stamp.date,
    registeredBy: meta.registeredBy,
    lastModified: stamp.serial,
  }));
  // Rows an earlier attempt already wrote: read back as they are, never written again.
  const landedEarlier = earlier.flatMap((found, i) =>
    found.isNullObject
      ? []
      : [{ index: i, row: rowAt(queued, found.rowIndex, headers.length).load("values") }]
  );
  // Something typed just below the table would be overwritten: make room first. A retry always
  // makes room, since the first look is stale by then.
  const occupiedBelow = below.values.some((row) => row.some((cell) => cell !== ""));

  const skip = new Set(landedEarlier.map((landed) => landed.index));
  let pending = effects.filter((_, i) => !skip.has(i));
  if (pending.length === 0) await context.sync();
  for (let attempt = 1; attempt <= MAX_ATTEMPTS && pending.length > 0; attempt++) {
    const makeRoom = attempt > 1 || occupiedBelow;
    const landed = writeRows(queued.table, headers, pending, makeRoom);
    // Each retry depends on what the previous attempt read back; the first attempt normally lands.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    const landedIds = new Set(landed.values.map((row) => String(row[0])));
    pending = pending.filter((effect) => !landedIds.has(effect.id));
  }
  if (pending.length > 0) {
    throw new WorkbookError("syncFailed", workbookMessages.appendNotConfirmed(pending.length));
  }
  for (const { index, row } of landedEarlier) {
    effects[index] = asStored(effects[index] as Effect, headers, row.values[0] ?? []);
  }
  return effects;
}

export interface AppendMeta {
  registeredBy: string;
  /** The ids of an earlier attempt at the same registrations, when retrying; else new ones. */
  ids?: readonly EffectId[];
}

const FIND_EXACT: Excel.SearchCriteria = { completeMatch: true, matchCase: true };

function rowAt(queued: QueuedTable, sheetRow: number, width: number): Excel.Range {
  return queued.table.worksheet.getRangeByIndexes(sheetRow, queued.header.columnIndex, 1, width);
}

/** The stamps an earlier attempt wrote, so a later edit is not taken for a colleague's. */
function asStored(effect: Effect, headers: readonly string[], row: readonly CellValue[]): Effect {
  const cell = (key: "registered" | "lastModified") => row[headers.indexOf(headerOf(key))];
  const registered = cell("registered");
  const lastModified = cell("lastModified");
  return {
    ...effect,
    registered:
      typeof registered === "number" ? excelSerialToIsoDate(registered) : effect.registered,
    lastModified: typeof lastModified === "number" ? lastModified : effect.lastModified,
  };
}

/**
 * Queues the rows and a read-back of their ids. Targets are navigated from the table at the
 * moment Excel runs the batch, so rows a co-author appended in between push ours further down
 * instead of being overwritten. A new table's empty first body row (Excel keeps one) is never
 * filled: every co-author would see it empty and write into the same row.
 */
function rowsBelow(table: Excel.Table, count: number): Excel.Range {
  return table
    .getRange()
    .getLastRow()
    .getOffsetRange(1, 0)
    .getResizedRange(count - 1, 0);
}

function writeRows(
  table: Excel.Table,
  headers: readonly string[],
  effects: readonly Effect[],
  makeRoom: boolean
): Excel.Range {
  const below = rowsBelow(table, effects.length);
  const target = makeRoom ? below.insert("Down") : below;
  target.numberFormat = effects.map(() => rowNumberFormats(headers));
  // Values and formula in one command: a failure between two writes would leave a row without
  // its formula, which a retry never completes (it finds the row's id and skips it).
  target.formulasR1C1 = effects.map((effect) => effectRowFormulasR1C1(effect, headers));

  return target.getColumn(headers.indexOf(headerOf("id"))).load("values");
}
