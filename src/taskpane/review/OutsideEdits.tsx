import { useId } from "react";
import { Button, Caption1, Subtitle2 } from "@fluentui/react-components";
import type { Effect } from "../../domain/model/effect";
import type { AcceptedOutsideEdits } from "../../workbook/port";
import { ErrorBar } from "../shared/ErrorBar";
import { Loading } from "../shared/Loading";
import { useViewStyles } from "../shared/styles";
import { shellStrings } from "../strings.sv";
import { AcceptAllDialog } from "./AcceptAllDialog";
import { ReviewCard } from "./ReviewCard";
import { reviewStrings as t } from "./strings.sv";
import { useAcceptAllOutsideEdits } from "./useAcceptAllOutsideEdits";
import { useAcceptOutsideEdit } from "./useAcceptOutsideEdit";

/** One row has its own button; "Godkänn alla" from two. */
const ACCEPT_ALL_FROM = 2;

export interface OutsideEditsProps {
  effects: readonly Effect[];
  onAccepted: (effect: Effect) => void;
  onAcceptedAll: (result: AcceptedOutsideEdits) => void;
  /** Reads the table again (the row changed or went away meanwhile). */
  onReload: () => void;
}

/** Rows changed by hand in the table: shown, not trusted, until someone accepts them. */
export function OutsideEdits({ effects, onAccepted, onAcceptedAll, onReload }: OutsideEditsProps) {
  const view = useViewStyles();
  const headingId = useId();
  const { accept, busy, failed, retry, clearError } = useAcceptOutsideEdit(onAccepted);
  const all = useAcceptAllOutsideEdits(onAcceptedAll);
  const working = busy !== null || all.busy > 0;
  return (
    <section className={view.section} aria-labelledby={headingId} aria-busy={all.busy > 0}>
      <Subtitle2 as="h2" id={headingId} className={view.flush}>
        {t.outsideTitle}
      </Subtitle2>
      <Caption1>{t.outsideIntro}</Caption1>
      {effects.length >= ACCEPT_ALL_FROM && (
        <div className={view.actions}>
          <AcceptAllDialog
            count={effects.length}
            disabled={working}
            onConfirm={() => void all.acceptAll(effects)}
          />
        </div>
      )}
      {all.busy > 0 && <Loading label={t.acceptingAll(all.busy)} />}
      {all.error && <ErrorBar error={all.error} onRetry={all.retry} />}
      <ul className={view.plainList}>
        {effects.map((effect) => {
          const error = failed?.id === effect.id ? failed.error : null;
          const reloadable = error?.kind === "staleEdit" || error?.kind === "notFound";
          return (
            <ReviewCard key={effect.id} effect={effect}>
              {error && (
                <ErrorBar
                  error={error}
                  retryLabel={reloadable ? shellStrings.reload : shellStrings.retry}
                  onRetry={() => {
                    if (!reloadable) return retry();
                    clearError();
                    onReload();
                  }}
                />
              )}
              <Button
                aria-label={t.acceptLabel(effect.caseName)}
                disabledFocusable={working}
                onClick={() => void accept(effect)}
              >
                {busy === effect.id ? t.accepting : t.accept}
              </Button>
            </ReviewCard>
          );
        })}
      </ul>
    </section>
  );
}
