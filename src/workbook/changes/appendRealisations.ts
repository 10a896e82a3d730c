/**
 * Recording realisation periods: rows appended below the period table with the same proven
 * landing as registrations (appendBelow.ts), each with its log line, the lines queued first and
 * sent in the same sync. Two syncs when nobody else writes.
 *
 * A retry with the ids of a failed attempt writes no period twice (nor its log line).
 */
import { stampText } from "../../domain/model/dates";
import type { RealisationInput, RealisationPeriod } from "../../domain/model/realisation";
import { realisationCells, realisationColumnIndex } from "../../domain/model/realisationRows";
import { realisationInputIssue } from "../../domain/validate/realisation";
import { realisationLine } from "../../domain/trust/auditLog";
import { appendBelow, isOccupied, queueBelow, queueEarlier, type RowsBelow } from "./appendBelow";
import type { ChangeIds, RecordedChange } from "./changeIds";
import { canResizeTables, type WorkbookEnv } from "../env";
import { WorkbookError } from "../errors";
import { logRowsBelow, queueLog } from "./logAppend";
import { workbookMessages } from "../messages.sv";
import {
  queueRealisationTable,
  realisationHeaders,
  type QueuedTable,
} from "../structure/tableAccess";
import { rowNumberFormats } from "../structure/tableColumns";
import { REALISATION_COLUMNS } from "../../domain/model/realisation";

export interface RealisationMeta {
  registeredBy: string;
  /** The ids of an earlier attempt at the same periods, when retrying; else new ones. */
  ids?: readonly string[];
}

export function appendRealisations(
  context: Excel.RequestContext,
  env: WorkbookEnv,
  changes: ChangeIds,
  inputs: readonly RealisationInput[],
  meta: RealisationMeta
): Promise<RealisationPeriod[]> {
  if (inputs.length === 0) return Promise.resolve([]);
  const issue = inputs.map(realisationInputIssue).find((found) => found !== null);
  if (issue) return Promise.reject(new WorkbookError("refused", issue));
  const ids = meta.ids ?? inputs.map(() => env.newRealisationId());
  const stamp = env.stamp();
  const by = meta.registeredBy;
  const periods = inputs.map((input, i): RealisationPeriod => ({
    ...input,
    id: ids[i] as string,
    registeredBy: by,
    registeredAt: stampText(stamp.serial),
  }));
  const lines = periods.map((period) =>
    realisationLine(period, { time: stamp.serial, by, change: "" })
  );
  return changes.record(lines, (change) =>
    writePeriods(context, canResizeTables(env), periods, stamp.serial, meta.ids, change)
  );
}

async function writePeriods(
  context: Excel.RequestContext,
  canResize: boolean,
  periods: readonly RealisationPeriod[],
  serial: number,
  retriedIds: readonly string[] | undefined,
  change: RecordedChange
): Promise<RealisationPeriod[]> {
  const queued = queueRealisationTable(context);
  const below = queueBelow(queued.table, periods.length);
  // The period sheet is visible, so `find` works there (unlike on the hidden log, #6349).
  const earlier = queueEarlier(queued.table, retriedIds ?? []);
  const log = queueLog(context, change);
  await context.sync();

  const headers = realisationHeaders(queued);
  const landed = new Set(
    earlier.flatMap((found, i) => (found.isNullObject ? [] : [retriedIds?.[i]]))
  );
  const pending = periods.filter((period) => !landed.has(period.id));
  const pendingIds = new Set(pending.map((period) => period.id));
  await appendBelow(
    context,
    [
      logRowsBelow(
        log,
        change.lines.filter((_, i) => pendingIds.has(periods[i]?.id ?? ""))
      ),
      periodRowsBelow(queued, headers, pending, serial, below),
    ],
    { canResize }
  );
  return [...periods];
}

/** After sync: periods as rows for the period table, `below` being `queueBelow`'s look. */
export function periodRowsBelow(
  queued: QueuedTable,
  headers: readonly string[],
  periods: readonly RealisationPeriod[],
  serial: number,
  below: Excel.Range
): RowsBelow {
  return {
    table: queued.table,
    rows: periods.map((period) => realisationCells(period, serial, headers)),
    numberFormats: rowNumberFormats(headers, REALISATION_COLUMNS),
    keyColumn: realisationColumnIndex(headers, "id"),
    keys: periods.map((period) => period.id),
    occupied: isOccupied(below),
    totalsShown: queued.table.showTotals,
    notConfirmed: workbookMessages.realisationNotConfirmed,
  };
}
