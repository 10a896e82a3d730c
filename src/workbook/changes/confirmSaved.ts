/**
 * The second look after a save, in a later round trip: co-authors work on their own copies that
 * the service merges seconds later, and two of them can have written into the same empty row
 * below the table; the later write wins and the other row is gone. So each saved id is counted
 * in the table's id column as Excel has it now. One sync when all is well; a lost row is
 * registered again (same id, appendEffects: two syncs more), a duplicate is only reported.
 */
import { headerOf } from "../../domain/model/tableSchema";
import { inputOfEffect, type Effect, type EffectId } from "../../domain/model/effect";
import type { SavedConfirmation } from "../port";
import { appendEffects } from "./appendEffects";
import type { ChangeIds } from "./changeIds";
import type { WorkbookEnv } from "../env";
import { queueTable, tableHeaders } from "../structure/tableAccess";

export async function confirmSaved(
  context: Excel.RequestContext,
  env: WorkbookEnv,
  changes: ChangeIds,
  saved: readonly Effect[]
): Promise<SavedConfirmation> {
  if (saved.length === 0) return { rewritten: [], duplicates: [] };
  const queued = queueTable(context);
  const ids = queued.table.columns
    .getItemOrNullObject(headerOf("id"))
    .getDataBodyRange()
    .load("values");
  await context.sync();
  tableHeaders(queued);
  const counts = new Map<string, number>();
  for (const [id] of ids.values ?? []) counts.set(String(id), (counts.get(String(id)) ?? 0) + 1);
  const lost = saved.filter((effect) => !counts.has(effect.id));
  const duplicates = saved.flatMap((e) => ((counts.get(e.id) ?? 0) > 1 ? [e.id] : []));
  // One registration at a time keeps each one's registering person on its row and lines.
  for (const effect of lost) {
    // Rare (a co-author's row took this one's place), and each depends on the table as it is.

    await appendEffects(context, env, changes, [inputOfEffect(effect)], {
      registeredBy: effect.registeredBy,
      ids: [effect.id],
    });
  }
  return { rewritten: lost.map((effect) => effect.id as EffectId), duplicates };
}
