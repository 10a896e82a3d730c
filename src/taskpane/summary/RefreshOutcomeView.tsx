import { ErrorBar } from "../shared/ErrorBar";
import { Notice } from "../shared/Notice";
import { summaryStrings as t } from "./strings.sv";
import type { RefreshOutcome } from "./useSummaryRefresh";

/** What a refresh did (announced politely), or why it failed with a retry. */
export function RefreshOutcomeView({
  outcome,
  onRetry,
}: {
  outcome: RefreshOutcome;
  onRetry: () => void;
}) {
  return (
    <>
      <div aria-live="polite">
        {outcome.kind === "done" && (
          <Notice>
            {t.done(outcome.result.refreshedAt, outcome.result.effects, outcome.result.filter)}
          </Notice>
        )}
        {outcome.kind === "done" && outcome.result.rowsToFix.count > 0 && (
          <Notice intent="warning">{t.rowsToFix(outcome.result.rowsToFix)}</Notice>
        )}
      </div>
      {outcome.kind === "failed" && <ErrorBar error={outcome.error} onRetry={onRetry} />}
    </>
  );
}
