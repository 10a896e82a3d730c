/**
 * Editing one registration as `by`: a verified effect falls back as `withEdit` says, the row is
 * stamped, and every changed field gets a log line (a row changed by hand also gets the line
 * that accepts that change). Refused when the row was written since it
 * was read. Two syncs (rewriteEffect.ts).
 */
import { logLinesFor, outsideEditLine } from "../../domain/trust/auditLog";
import type { Effect, EffectInput } from "../../domain/model/effect";
import { withEdit } from "../../domain/trust/review";
import type { ChangeIds } from "./changeIds";
import type { WorkbookEnv } from "../env";
import type { ChangeAuthor } from "../port";
import { notRewrittenSince, rewriteEffect } from "./rewriteEffect";
import { stamped } from "./stamps";

export function updateEffect(
  context: Excel.RequestContext,
  env: WorkbookEnv,
  changes: ChangeIds,
  expected: Effect,
  next: EffectInput,
  { by }: ChangeAuthor
): Promise<Effect> {
  const stamp = env.stamp();
  const updated = stamped(withEdit(expected, next), by, stamp.serial);
  const meta = { time: stamp.serial, by, change: "" };
  // Saving a row changed by hand also accepts that change: the log says so, not only the diff.
  const lines = [
    ...(expected.editedOutside ? [outsideEditLine(expected, meta)] : []),
    ...logLinesFor(expected, updated, meta),
  ];
  return changes.record(lines, (change) =>
    rewriteEffect(context, env, change, { expected, updated, asRead: notRewrittenSince(expected) })
  );
}
