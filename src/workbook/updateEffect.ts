/**
 * Editing one registration, found by its id, never by a remembered row index: the row is looked
 * up with `Range.find` inside each batch, so rows a colleague inserted meanwhile cannot redirect
 * the write. Only changed cells are written (null leaves a cell as it is). Two syncs.
 */
import type { CellValue } from "../domain/cells";
import type { Effect, EffectInput } from "../domain/effect";
import { effectRowCells } from "../domain/rows";
import { headerOf } from "../domain/tableSchema";
import type { WorkbookEnv } from "./env";
import { WorkbookError } from "./errors";
import { TABLE_NAME } from "./layout";
import { workbookMessages } from "./messages.sv";
import { queueTable, tableHeaders } from "./tableAccess";
import { requireColumns } from "./tableColumns";

export async function updateEffect(
  context: Excel.RequestContext,
  env: WorkbookEnv,
  expected: Effect,
  next: EffectInput
): Promise<Effect> {
  const queued = queueTable(context);
  const current = findRow(queued.table, expected.id).load("values");
  await syncFinding(context, expected.id);
  const headers = tableHeaders(queued);
  requireColumns(headers);

  const before = effectRowCells(expected, headers);
  const inSheet = current.values[0] ?? [];
  const lastModified = headers.indexOf(headerOf("lastModified"));
  if ((inSheet[lastModified] ?? "") !== (expected.lastModified ?? "")) {
    // A retry of this very edit whose first attempt landed with its answer lost: nothing to do.
    const wanted = effectRowCells({ ...expected, ...next }, headers);
    if (holdsCells(inSheet, wanted, [lastModified])) {
      const stamp = inSheet[lastModified];
      return { ...expected, ...next, lastModified: typeof stamp === "number" ? stamp : null };
    }
    // Users' own columns (null in `before`) are theirs to change.
    const changed = headers.filter(
      (_, i) => i !== lastModified && before[i] !== null && !sameCell(inSheet[i], before[i])
    );
    throw new WorkbookError("staleEdit", workbookMessages.staleEdit(expected.id, changed));
  }

  const updated: Effect = { ...expected, ...next, lastModified: env.stamp().serial };
  const after = effectRowCells(updated, headers);
  const patch = after.map((cell, i) => (cell === before[i] ? null : cell));
  const table = context.workbook.tables.getItem(TABLE_NAME);
  findRow(table, expected.id).values = [patch];
  await syncFinding(context, expected.id);
  return updated;
}

/** The table row holding `id`; the find fails the batch with ItemNotFound when it is gone. */
function findRow(table: Excel.Table, id: string): Excel.Range {
  const idCell = table.columns
    .getItem(headerOf("id"))
    .getDataBodyRange()
    .find(id, { completeMatch: true, matchCase: true });
  return idCell.getEntireRow().getIntersection(table.getRange());
}

async function syncFinding(context: Excel.RequestContext, id: string): Promise<void> {
  try {
    await context.sync();
  } catch (error) {
    if ((error as { code?: unknown }).code === "ItemNotFound") {
      throw new WorkbookError("notFound", workbookMessages.notFound(id), error);
    }
    throw error;
  }
}

/** Whether the sheet's row holds every cell of `cells` (null: any), except at `skip`. */
export function holdsCells(
  inSheet: readonly CellValue[],
  cells: readonly (CellValue | null)[],
  skip: readonly number[]
): boolean {
  return cells.every((cell, i) => skip.includes(i) || cell === null || sameCell(inSheet[i], cell));
}

/** The sheet reads text without the quote prefix the add-in writes it with. */
function sameCell(inSheet: CellValue | undefined, written: CellValue | null | undefined): boolean {
  const ours = typeof written === "string" && written.startsWith("'") ? written.slice(1) : written;
  return (inSheet ?? "") === (ours ?? "");
}
