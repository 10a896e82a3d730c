/**
 * Appending registrations the way co-authored workbooks need it: values written into the rows
 * just below the table (Excel expands the table), never `TableRowCollection.add`, which causes
 * merge conflicts and lost changes for co-authors. Two syncs when nobody else writes.
 */
import type { Effect, EffectInput } from "../domain/effect";
import { effectRowCells, forecastFormulaR1C1 } from "../domain/rows";
import { headerOf } from "../domain/tableSchema";
import type { WorkbookEnv } from "./env";
import { WorkbookError } from "./errors";
import { workbookMessages } from "./messages.sv";
import { queueTable, tableHeaders } from "./tableAccess";
import { requireColumns, rowNumberFormats } from "./tableColumns";

/** How often a row whose id did not land is written again before giving up. */
const MAX_ATTEMPTS = 3;

export async function appendEffects(
  context: Excel.RequestContext,
  env: WorkbookEnv,
  inputs: readonly EffectInput[],
  meta: { registeredBy: string }
): Promise<Effect[]> {
  if (inputs.length === 0) return [];
  const queued = queueTable(context);
  const firstBodyRow = queued.table.getDataBodyRange().getRow(0).load("values");
  const below = rowsBelow(queued.table, inputs.length).load("values");
  await context.sync();

  const headers = tableHeaders(queued);
  requireColumns(headers);
  const stamp = env.stamp();
  const effects: Effect[] = inputs.map((input) => ({
    ...input,
    id: env.newId(),
    registered: stamp.date,
    registeredBy: meta.registeredBy,
    lastModified: stamp.serial,
  }));
  // A new table has one blank body row (Excel needs one); the first registration fills it.
  // Its formula cell reads 0, so only the other cells tell whether it is still blank.
  const formulaColumn = headers.indexOf(headerOf("forecast"));
  const tableIsBlank =
    queued.body.rowCount === 1 &&
    (firstBodyRow.values[0] ?? []).every((cell, i) => i === formulaColumn || cell === "");
  // Something typed just below the table would be overwritten: make room first. A retry always
  // makes room, since the first look is stale by then.
  const occupiedBelow = below.values.some((row) => row.some((cell) => cell !== ""));

  let pending = effects;
  for (let attempt = 1; attempt <= MAX_ATTEMPTS && pending.length > 0; attempt++) {
    const place: Placement =
      attempt === 1 && tableIsBlank
        ? "blankFirstRow"
        : attempt > 1 || occupiedBelow
          ? "insertBelow"
          : "below";
    const ids = writeRows(queued.table, headers, pending, place);
    // Each retry depends on what the previous attempt read back; the first attempt normally lands.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    const landed = new Set(ids.values.map((row) => String(row[0])));
    pending = pending.filter((effect) => !landed.has(effect.id));
  }
  if (pending.length > 0) {
    throw new WorkbookError("syncFailed", workbookMessages.appendNotConfirmed(pending.length));
  }
  return effects;
}

/**
 * Queues the rows and a read-back of their ids. Targets are navigated from the table at the
 * moment Excel runs the batch, so rows a co-author appended in between push ours further down
 * instead of being overwritten.
 */
type Placement = "blankFirstRow" | "below" | "insertBelow";

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
  place: Placement
): Excel.Range {
  const target =
    place === "blankFirstRow"
      ? table
          .getDataBodyRange()
          .getRow(0)
          .getResizedRange(effects.length - 1, 0)
      : place === "insertBelow"
        ? rowsBelow(table, effects.length).insert(Excel.InsertShiftDirection.down)
        : rowsBelow(table, effects.length);

  target.numberFormat = effects.map(() => rowNumberFormats(headers));
  target.values = effects.map((effect) => effectRowCells(effect, headers));
  const formulaColumn = headers.indexOf(headerOf("forecast"));
  target.getColumn(formulaColumn).formulasR1C1 = effects.map(() => [forecastFormulaR1C1(headers)]);

  return target.getColumn(headers.indexOf(headerOf("id"))).load("values");
}
