/**
 * Saving a corrected version of a row someone typed by hand, in place. A row with its own id
 * is found by id; a row without one (or with a copied, duplicate id) can only be found by its
 * position, so its content is compared with what was read first and the write is refused when
 * it differs. The corrected row gets every add-in column, including the formula. Two syncs.
 */
import type { CellValue } from "../domain/cells";
import { excelSerialToIsoDate } from "../domain/dates";
import { effectId, type Effect, type EffectInput } from "../domain/effect";
import { effectRowCells, effectRowFormulasR1C1, rowToDraft } from "../domain/rows";
import { headerOf } from "../domain/tableSchema";
import type { WorkbookEnv } from "./env";
import { WorkbookError } from "./errors";
import { TABLE_NAME } from "./layout";
import { workbookMessages } from "./messages.sv";
import type { InvalidRow } from "./port";
import { queueTable, tableHeaders } from "./tableAccess";
import { requireColumns } from "./tableColumns";
import { holdsCells } from "./updateEffect";

export async function fixInvalidRow(
  context: Excel.RequestContext,
  env: WorkbookEnv,
  row: InvalidRow,
  next: EffectInput
): Promise<Effect> {
  const keepsId = row.id !== null && !row.issues.some((issue) => issue.code === "duplicateId");
  const queued = queueTable(context);
  const current = locate(context, row, keepsId).load("values");
  await context.sync();
  const headers = tableHeaders(queued);
  requireColumns(headers);
  const now = current.values[0] as CellValue[];
  const stamp = env.stamp();
  const effect: Effect = {
    ...next,
    id: keepsId && row.id ? row.id : env.newId(),
    registered: stamp.date,
    registeredBy: String(row.draft.registeredBy ?? "").trim(),
    lastModified: stamp.serial,
  };
  if (JSON.stringify(rowToDraft(now, headers)) !== JSON.stringify(row.draft)) {
    const stored = storedFix(now, headers, effect);
    if (stored) return stored;
    throw new WorkbookError(
      "staleEdit",
      workbookMessages.staleEdit(row.id ?? `rad ${row.sheetRow}`, [])
    );
  }

  // Values and formula in one command, so that a failure cannot leave one without the other.
  locate(context, row, keepsId).formulasR1C1 = [effectRowFormulasR1C1(effect, headers)];
  await context.sync();
  return effect;
}

/**
 * A retry of this very fix whose first attempt landed, its answer lost: the row then holds
 * `effect` apart from the id and stamps that attempt wrote, which are returned as stored.
 */
function storedFix(
  now: readonly CellValue[],
  headers: readonly string[],
  effect: Effect
): Effect | null {
  const at = (key: "id" | "registered" | "lastModified") => headers.indexOf(headerOf(key));
  const id = String(now[at("id")] ?? "").trim();
  const stamps = [at("id"), at("registered"), at("lastModified")];
  if (id === "" || !holdsCells(now, effectRowCells(effect, headers), stamps)) return null;
  const registered = now[at("registered")];
  const lastModified = now[at("lastModified")];
  return {
    ...effect,
    id: effectId(id),
    registered:
      typeof registered === "number" ? excelSerialToIsoDate(registered) : effect.registered,
    lastModified: typeof lastModified === "number" ? lastModified : effect.lastModified,
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
