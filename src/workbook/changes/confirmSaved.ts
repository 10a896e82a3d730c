/**
 * The second look after a save, in a later round trip: co-authors work on their own copies that
 * the service merges seconds later, and two of them can have written into the same empty row
 * below a table; the later write wins and the other row is gone. So each saved id is counted
 * in the registration table's id column, and each log line the save wrote is looked for in the
 * log (logCheck.ts), as Excel has them now. One sync when all is well; what a merge lost is
 * written again in one more (appendBelow.ts): a registration's row as it was saved, and the
 * missing log lines with their own change ids, lines first. A changed row's cells are never
 * written again (a later edit of a cell legitimately wins): only the line that records the
 * change. An id found more than once is reported, never removed.
 */
import { headerOf } from "../../domain/model/tableSchema";
import type { Effect, EffectId } from "../../domain/model/effect";
import type { SaveKind, SavedConfirmation } from "../port";
import { appendBelow, queueBelow, type RowsBelow } from "./appendBelow";
import { effectRowsBelow } from "./appendEffects";
import type { ChangeIds } from "./changeIds";
import { canResizeTables, type WorkbookEnv } from "../env";
import { logRowsBelow } from "./logAppend";
import { clearOwnStrays, missingLines, queueLogCheck } from "./logCheck";
import { queueTable, tableHeaders } from "../structure/tableAccess";
import { requireColumns } from "../structure/tableColumns";

export async function confirmSaved(
  context: Excel.RequestContext,
  env: WorkbookEnv,
  changes: ChangeIds,
  saved: readonly Effect[],
  kind: SaveKind
): Promise<SavedConfirmation> {
  if (saved.length === 0) return { rewritten: [], relogged: [], duplicates: [] };
  const savedIds = new Set<string>(saved.map((effect) => effect.id));
  const lines = changes.unconfirmed(savedIds);
  const queued = queueTable(context);
  const ids = queued.table.columns
    .getItemOrNullObject(headerOf("id"))
    .getDataBodyRange()
    .load("values");
  const below = queueBelow(queued.table, saved.length);
  const logCheck = lines.length > 0 ? queueLogCheck(context, lines) : null;
  await context.sync();
  const headers = tableHeaders(queued);
  const counts = new Map<string, number>();
  for (const [id] of ids.values ?? []) counts.set(String(id), (counts.get(String(id)) ?? 0) + 1);
  // Only a registration's row is written again: a changed row that is gone was deleted.
  const lost = kind === "registration" ? saved.filter((effect) => !counts.has(effect.id)) : [];
  const duplicates = saved.flatMap((e) => ((counts.get(e.id) ?? 0) > 1 ? [e.id] : []));
  const missing = logCheck ? await missingLines(context, logCheck) : [];

  const sets: RowsBelow[] = [];
  if (logCheck && missing.length > 0) {
    const occupied = clearOwnStrays(logCheck, missing);
    sets.push({ ...logRowsBelow(logCheck.log, missing), occupied });
  }
  if (lost.length > 0) {
    requireColumns(headers);
    sets.push(effectRowsBelow(queued, headers, lost, below));
  }
  if (sets.length > 0) await appendBelow(context, sets, { canResize: canResizeTables(env) });
  changes.confirmed(savedIds);
  return {
    rewritten: lost.map((effect) => effect.id),
    relogged: [...new Set(missing.map((line) => line.id))] as EffectId[],
    duplicates,
  };
}
