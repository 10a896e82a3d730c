/**
 * Verifying an effect's forecast or realisation against its evidence, as `by`: the domain's
 * rules decide (never the author or the last editor), then the same write as an edit, with log
 * lines for Verifierat, Verifierad av, Verifierad datum and Underlag. Two syncs; none when
 * refused.
 */
import { logLinesFor } from "../../domain/trust/auditLog";
import type { Effect } from "../../domain/model/effect";
import { verify } from "../../domain/trust/review";
import type { ChangeIds } from "./changeIds";
import type { WorkbookEnv } from "../env";
import { WorkbookError } from "../errors";
import { notRewrittenSince, rewriteEffect } from "./rewriteEffect";
import { stamped } from "./stamps";

export async function verifyEffect(
  context: Excel.RequestContext,
  env: WorkbookEnv,
  changes: ChangeIds,
  expected: Effect,
  verification: { by: string; evidence: string }
): Promise<Effect> {
  const stamp = env.stamp();
  const outcome = verify(expected, { ...verification, date: stamp.date });
  if ("refused" in outcome) throw new WorkbookError("refused", outcome.refused.message);
  const by = outcome.effect.verifiedBy;
  const updated = stamped(outcome.effect, by, stamp.serial);
  const lines = logLinesFor(expected, updated, { time: stamp.serial, by, change: "" });
  return changes.record(lines, (change) =>
    rewriteEffect(context, env, change, { expected, updated, asRead: notRewrittenSince(expected) })
  );
}
