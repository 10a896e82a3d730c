/**
 * Registering effects: rows appended below the registration table (appendBelow.ts), each with
 * its log line, the lines queued first and sent in the same sync. Two syncs when nobody else
 * writes.
 *
 * A retry is safe: Excel can apply a batch and lose the answer, so the caller passes the ids of
 * the failed attempt again, and rows whose id is already in the table are not written twice
 * (nor their log lines, which landed before them).
 */
import type { CellValue } from "../../domain/model/cells";
import { excelSerialToIsoDate } from "../../domain/model/dates";
import type { Effect, EffectId, EffectInput } from "../../domain/model/effect";
import { logLinesFor } from "../../domain/trust/auditLog";
import { effectRowFormulasR1C1 } from "../../domain/model/rows";
import { appendBelow, isOccupied, queueBelow, queueEarlier } from "./appendBelow";
import type { ChangeIds, RecordedChange } from "./changeIds";
import { canResizeTables, type WorkbookEnv } from "../env";
import { logRowsBelow, queueLog } from "./logAppend";
import { workbookMessages } from "../messages.sv";
import { newEffect } from "./stamps";
import { queueTable, tableHeaders, type QueuedTable } from "../structure/tableAccess";
import { columnIndex, requireColumns, rowNumberFormats } from "../structure/tableColumns";

export interface AppendMeta {
  registeredBy: string;
  /** The ids of an earlier attempt at the same registrations, when retrying; else new ones. */
  ids?: readonly EffectId[];
}

export function appendEffects(
  context: Excel.RequestContext,
  env: WorkbookEnv,
  changes: ChangeIds,
  inputs: readonly EffectInput[],
  meta: AppendMeta
): Promise<Effect[]> {
  if (inputs.length === 0) return Promise.resolve([]);
  const ids = meta.ids ?? inputs.map(() => env.newId());
  const stamp = env.stamp();
  const by = meta.registeredBy;
  const effects = inputs.map((input, i) =>
    newEffect(
      input,
      { id: ids[i] as EffectId, registered: stamp.date, registeredBy: by },
      by,
      stamp.serial
    )
  );
  const lines = effects.flatMap((effect) =>
    logLinesFor(null, effect, { time: stamp.serial, by, change: "" })
  );
  return changes.record(lines, (change) =>
    writeEffects(context, canResizeTables(env), effects, meta.ids, change)
  );
}

async function writeEffects(
  context: Excel.RequestContext,
  canResize: boolean,
  effects: Effect[],
  retriedIds: readonly EffectId[] | undefined,
  change: RecordedChange
): Promise<Effect[]> {
  const queued = queueTable(context);
  const below = queueBelow(queued.table, effects.length);
  const earlier = queueEarlier(queued.table, retriedIds ?? []);
  const log = queueLog(context, change);
  await context.sync();

  const headers = tableHeaders(queued);
  requireColumns(headers);
  // Rows an earlier attempt already wrote: read back as they are, never written again.
  const landedEarlier = earlier.flatMap((found, i) =>
    found.isNullObject
      ? []
      : [{ index: i, row: rowAt(queued, found.rowIndex, headers.length).load("values") }]
  );
  const skip = new Set(landedEarlier.map((landed) => landed.index));
  const pending = effects.filter((_, i) => !skip.has(i));
  const pendingIds = new Set<string>(pending.map((effect) => effect.id));
  await appendBelow(
    context,
    [
      logRowsBelow(
        log,
        change.lines.filter((line) => pendingIds.has(line.id))
      ),
      {
        table: queued.table,
        rows: pending.map((effect) => effectRowFormulasR1C1(effect, headers)),
        numberFormats: rowNumberFormats(headers),
        keyColumn: columnIndex(headers, "id"),
        keys: pending.map((effect) => effect.id),
        occupied: isOccupied(below),
        totalsShown: queued.table.showTotals,
        notConfirmed: workbookMessages.appendNotConfirmed,
      },
    ],
    { canResize }
  );
  return effects.map((effect, i) => {
    const landed = landedEarlier.find((row) => row.index === i);
    return landed ? asStored(effect, headers, landed.row.values[0] ?? []) : effect;
  });
}

function rowAt(queued: QueuedTable, sheetRow: number, width: number): Excel.Range {
  return queued.table.worksheet.getRangeByIndexes(sheetRow, queued.header.columnIndex, 1, width);
}

/** The stamps an earlier attempt wrote, so a later edit is not taken for a colleague's. */
function asStored(effect: Effect, headers: readonly string[], row: readonly CellValue[]): Effect {
  const cell = (key: "registered" | "lastModified" | "checksum") => row[columnIndex(headers, key)];
  const [registered, lastModified, checksum] = [
    cell("registered"),
    cell("lastModified"),
    cell("checksum"),
  ];
  return {
    ...effect,
    registered:
      typeof registered === "number" ? excelSerialToIsoDate(registered) : effect.registered,
    lastModified: typeof lastModified === "number" ? lastModified : effect.lastModified,
    checksum: typeof checksum === "string" && checksum !== "" ? checksum : effect.checksum,
  };
}
