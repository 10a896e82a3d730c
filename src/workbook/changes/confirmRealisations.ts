/**
 * The later confirmation of recorded periods (confirmSaved.ts's second look, for the period
 * table): each saved period's id is counted in the period table's ID column, as Excel bounds the
 * table now, once co-authors' changes have arrived. A period a co-author's simultaneous row took
 * the place of is written again as it was saved (appendBelow.ts: proven to land inside the
 * table); an id found more than once is reported, never removed. One sync when all is well.
 * The periods' log lines are kept per effect and confirmed with the effect (confirmSaved).
 */
import { stampSerial } from "../../domain/model/dates";
import type { RealisationPeriod } from "../../domain/model/realisation";
import { REALISATION_COLUMNS } from "../../domain/model/realisation";
import type { RealisationConfirmation } from "../port";
import { appendBelow, queueBelow } from "./appendBelow";
import { periodRowsBelow } from "./appendRealisations";
import { canResizeTables, type WorkbookEnv } from "../env";
import { queueRealisationTable, realisationHeaders } from "../structure/tableAccess";

const ID_HEADER = REALISATION_COLUMNS[0].header;

export async function confirmRealisations(
  context: Excel.RequestContext,
  env: WorkbookEnv,
  saved: readonly RealisationPeriod[]
): Promise<RealisationConfirmation> {
  if (saved.length === 0) return { rewritten: [], duplicates: [] };
  const queued = queueRealisationTable(context);
  const ids = queued.table.columns.getItemOrNullObject(ID_HEADER).getDataBodyRange().load("values");
  const below = queueBelow(queued.table, saved.length);
  await context.sync();
  const headers = realisationHeaders(queued);
  const counts = new Map<string, number>();
  for (const [id] of ids.values ?? []) counts.set(String(id), (counts.get(String(id)) ?? 0) + 1);
  const lost = saved.filter((period) => !counts.has(period.id));
  if (lost.length > 0) {
    // Written again with the stamp it was saved with: the row is the same period, not a new one.
    const serial = stampSerial(lost[0]?.registeredAt ?? "") ?? env.stamp().serial;
    const rows = periodRowsBelow(queued, headers, lost, serial, below);
    await appendBelow(context, [rows], { canResize: canResizeTables(env) });
  }
  return {
    rewritten: lost.map((period) => period.id),
    duplicates: saved.flatMap((p) => ((counts.get(p.id) ?? 0) > 1 ? [p.id] : [])),
  };
}
