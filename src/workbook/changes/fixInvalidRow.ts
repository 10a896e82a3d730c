/**
 * Saving a corrected version of a row someone typed by hand, in place, as `by`. A row with its
 * own id is found by id; a row without one (or with a copied, duplicate id) can only be found
 * by its position, so its content is compared with what was read first and the write is refused
 * when it differs. The corrected row gets every add-in column, including the formula, and a log
 * line queued before it in the same sync. Two syncs.
 */
import type { CellValue } from "../../domain/model/cells";
import { logLinesFor } from "../../domain/trust/auditLog";
import { excelSerialToIsoDate } from "../../domain/model/dates";
import { effectId, type Effect, type EffectInput } from "../../domain/model/effect";
import { effectRowCells, effectRowFormulasR1C1, rowToDraft } from "../../domain/model/rows";
import { headerOf } from "../../domain/model/tableSchema";
import { textOf } from "../../domain/validate/text";
import { appendBelow } from "./appendBelow";
import type { ChangeIds, RecordedChange } from "./changeIds";
import { canResizeTables, type WorkbookEnv } from "../env";
import { WorkbookError } from "../errors";
import { TABLE_NAME } from "../structure/layout";
import { logRowsBelow, queueLog } from "./logAppend";
import { workbookMessages } from "../messages.sv";
import type { ChangeAuthor, InvalidRow } from "../port";
import { holdsCells } from "../structure/sheetCells";
import { newEffect } from "./stamps";
import { queueTable, tableHeaders } from "../structure/tableAccess";
import { columnIndex, requireColumns } from "../structure/tableColumns";

export function fixInvalidRow(
  context: Excel.RequestContext,
  env: WorkbookEnv,
  changes: ChangeIds,
  row: InvalidRow,
  next: EffectInput,
  { by }: ChangeAuthor
): Promise<Effect> {
  const keepsId = row.id !== null && !row.issues.some((issue) => issue.code === "duplicateId");
  const stamp = env.stamp();
  const record = {
    id: keepsId && row.id ? row.id : env.newId(),
    registered: stamp.date,
    registeredBy: textOf(row.draft.registeredBy),
  };
  const effect = newEffect(next, record, by, stamp.serial);
  // The row as read is no effect to compare with, field by field: its fix is logged as the
  // moment the add-in takes the row into its books, like a registration, with its type and
  // forecast. What was typed before is what the row's earlier lines and the sheet showed.
  const lines = logLinesFor(null, effect, { time: stamp.serial, by, change: "" });
  return changes.record(lines, (change) => writeFix(context, env, row, keepsId, effect, change));
}

async function writeFix(
  context: Excel.RequestContext,
  env: WorkbookEnv,
  row: InvalidRow,
  keepsId: boolean,
  effect: Effect,
  change: RecordedChange
): Promise<Effect> {
  const queued = queueTable(context);
  const current = locate(context, row, keepsId).load("values");
  const log = queueLog(context, change);
  await context.sync();
  const headers = tableHeaders(queued);
  requireColumns(headers);
  const logRows = logRowsBelow(log);
  const now = current.values[0] as CellValue[];
  if (JSON.stringify(rowToDraft(now, headers)) !== JSON.stringify(row.draft)) {
    const stored = storedFix(now, headers, effect);
    if (stored) return stored;
    throw new WorkbookError(
      "staleEdit",
      workbookMessages.staleEdit(row.id ?? `rad ${row.sheetRow}`, [])
    );
  }

  // Located before the log line is queued: a row gone meanwhile fails the batch before it.
  const target = locate(context, row, keepsId);
  await appendBelow(context, [logRows], {
    canResize: canResizeTables(env),
    // Values and formula in one command, so that a failure cannot leave one without the other.
    alsoQueue: () => (target.formulasR1C1 = [effectRowFormulasR1C1(effect, headers)]),
  });
  return effect;
}

/**
 * A retry of this very fix whose first attempt landed, its answer lost: the row then holds
 * `effect` apart from the id, stamps and checksum that attempt wrote, which are returned as
 * stored.
 */
function storedFix(
  now: readonly CellValue[],
  headers: readonly string[],
  effect: Effect
): Effect | null {
  const at = (key: "id" | "registered" | "lastModified" | "checksum") => columnIndex(headers, key);
  const id = String(now[at("id")] ?? "").trim();
  const stamps = [at("id"), at("registered"), at("lastModified"), at("checksum")];
  if (id === "" || !holdsCells(now, effectRowCells(effect, headers), stamps)) return null;
  const registered = now[at("registered")];
  const lastModified = now[at("lastModified")];
  return {
    ...effect,
    id: effectId(id),
    registered:
      typeof registered === "number" ? excelSerialToIsoDate(registered) : effect.registered,
    lastModified: typeof lastModified === "number" ? lastModified : effect.lastModified,
    checksum: String(now[at("checksum")] ?? ""),
  };
}

/** The row by id when it has a usable one, else by its sheet position within the table. */
function locate(context: Excel.RequestContext, row: InvalidRow, byId: boolean): Excel.Range {
  const table = context.workbook.tables.getItem(TABLE_NAME);
  if (byId && row.id) {
    const idCell = table.columns
      .getItem(headerOf("id"))
      .getDataBodyRange()
      .find(row.id, { completeMatch: true, matchCase: true });
    return idCell.getEntireRow().getIntersection(table.getRange());
  }
  return table.worksheet
    .getRange(`${row.sheetRow}:${row.sheetRow}`)
    .getIntersection(table.getRange());
}
