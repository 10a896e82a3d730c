/**
 * Accepting a row changed by hand as it now stands: the add-in's stamps and a new checksum, any
 * verification removed (nobody verified the new values), and a log line saying so. The row has
 * no valid checksum by definition, so the stale check compares it with what was read. Two syncs.
 */
import { logLinesFor, outsideEditLine } from "../domain/auditLog";
import { effectChecksum } from "../domain/checksum";
import type { Effect } from "../domain/effect";
import { UNVERIFIED } from "../domain/review";
import type { ChangeIds } from "./changeIds";
import type { WorkbookEnv } from "./env";
import type { ChangeAuthor } from "./port";
import { rewriteEffect, type CurrentRow } from "./rewriteEffect";
import { stamped } from "./stamps";

export function acceptOutsideEdit(
  context: Excel.RequestContext,
  env: WorkbookEnv,
  changes: ChangeIds,
  expected: Effect,
  { by }: ChangeAuthor
): Promise<Effect> {
  const stamp = env.stamp();
  const updated = stamped({ ...expected, ...UNVERIFIED }, by, stamp.serial);
  const meta = { time: stamp.serial, by, change: "" };
  // The verification it loses is logged too, beside the acceptance.
  const lines = [outsideEditLine(updated, meta), ...logLinesFor(expected, updated, meta)];
  const asRead = ({ effect }: CurrentRow) =>
    effect !== null &&
    effect.checksum === expected.checksum &&
    effectChecksum(effect) === effectChecksum(expected);
  return changes.record(lines, (change) =>
    rewriteEffect(context, change, { expected, updated, asRead })
  );
}
