/**
 * Accepting rows changed by hand as they now stand: the add-in's stamps and a new checksum, any
 * verification removed (nobody verified the new values), and a log line saying so. A row has
 * no valid checksum by definition, so the stale check compares it with what was read.
 *
 * One row costs two syncs; "Godkänn alla" accepts many in chunks of two syncs each, as an
 * organisation upgrading a workbook has every old row to accept (they have no checksum yet).
 */
import { logLinesFor, outsideEditLine } from "../../domain/trust/auditLog";
import { effectChecksum } from "../../domain/trust/checksum";
import type { Effect } from "../../domain/model/effect";
import type { LogLine } from "../../domain/trust/logSchema";
import { UNVERIFIED } from "../../domain/trust/review";
import type { ChangeIds } from "./changeIds";
import type { WorkbookEnv } from "../env";
import type { AcceptedOutsideEdits, ChangeAuthor } from "../port";
import { rewriteEffect, rewriteEffects, type CurrentRow, type Rewrite } from "./rewriteEffect";
import { stamped } from "./stamps";

/**
 * Rows accepted per chunk of two syncs. A row costs its find and its cells read back (about
 * 1 KB), then its bookkeeping cells and up to five log lines written: on the simulated Excel,
 * whose requests spell out every object's whole path, 200 rows measure about 0.6 MB a request
 * and 0.1 MB a response (acceptOutsideEdits.test.ts), so rows ten times as long as usual still
 * keep both well under Excel's 5 MB, while 450 rows cost 6 syncs instead of 900.
 */
export const ACCEPT_CHUNK_ROWS = 200;

export function acceptOutsideEdit(
  context: Excel.RequestContext,
  env: WorkbookEnv,
  changes: ChangeIds,
  expected: Effect,
  { by }: ChangeAuthor
): Promise<Effect> {
  const { lines, rewrite } = acceptance(expected, by, env.stamp().serial);
  return changes.record(lines, (change) => rewriteEffect(context, env, change, rewrite));
}

/**
 * Accepts every row of `expected` that still holds what was read; rows changed again since, or
 * deleted, are left alone (never written, never logged) and returned as stale. A retry after a
 * failure writes nothing twice: rows an earlier attempt accepted read as accepted, and each
 * row's log lines carry their own change id (changeIds.ts).
 */
export async function acceptOutsideEdits(
  context: Excel.RequestContext,
  env: WorkbookEnv,
  changes: ChangeIds,
  expected: readonly Effect[],
  { by }: ChangeAuthor
): Promise<AcceptedOutsideEdits> {
  const serial = env.stamp().serial;
  const result: AcceptedOutsideEdits = { accepted: [], stale: [] };
  for (let start = 0; start < expected.length; start += ACCEPT_CHUNK_ROWS) {
    const chunk = expected.slice(start, start + ACCEPT_CHUNK_ROWS);
    const acceptances = chunk.map((effect) => acceptance(effect, by, serial));
    // One chunk at a time: queued together they would be one large request again.
    const outcomes = await changes.recordEach(
      acceptances.map(({ lines }) => lines),
      (recorded) =>
        rewriteEffects(
          context,
          env,
          acceptances.map(({ rewrite }) => rewrite),
          recorded
        ),
      // Rows changed again, or deleted, were left alone: their lines were never written.
      (written, recorded) => recorded.filter((_, i) => "stored" in (written[i] ?? {}))
    );
    outcomes.forEach((outcome, i) => {
      if ("stored" in outcome) result.accepted.push(outcome.stored);
      else result.stale.push((chunk[i] as Effect).id);
    });
  }
  return result;
}

/** One row's acceptance by `by` at `serial`: its log lines and its rewrite. */
function acceptance(
  expected: Effect,
  by: string,
  serial: number
): { lines: LogLine[]; rewrite: Rewrite } {
  const updated = stamped({ ...expected, ...UNVERIFIED }, by, serial);
  const meta = { time: serial, by, change: "" };
  // The verification it loses is logged too, beside the acceptance.
  const lines = [outsideEditLine(updated, meta), ...logLinesFor(expected, updated, meta)];
  const asRead = ({ effect }: CurrentRow) =>
    effect !== null &&
    effect.checksum === expected.checksum &&
    effectChecksum(effect) === effectChecksum(expected);
  return { lines, rewrite: { expected, updated, asRead } };
}
