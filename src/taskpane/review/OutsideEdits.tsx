import { useId } from "react";
import { Button, Caption1, Subtitle2 } from "@fluentui/react-components";
import type { Effect } from "../../domain/effect";
import { ErrorBar } from "../shared/ErrorBar";
import { useViewStyles } from "../shared/styles";
import { shellStrings } from "../strings.sv";
import { ReviewCard } from "./ReviewCard";
import { reviewStrings as t } from "./strings.sv";
import { useAcceptOutsideEdit } from "./useAcceptOutsideEdit";

export interface OutsideEditsProps {
  effects: readonly Effect[];
  onAccepted: (effect: Effect) => void;
  /** Reads the table again (the row changed or went away meanwhile). */
  onReload: () => void;
}

/** Rows changed by hand in the table: shown, not trusted, until someone accepts them. */
export function OutsideEdits({ effects, onAccepted, onReload }: OutsideEditsProps) {
  const view = useViewStyles();
  const headingId = useId();
  const { accept, busy, failed, clearError } = useAcceptOutsideEdit(onAccepted);
  return (
    <section className={view.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId} className={view.flush}>
        {t.outsideTitle}
      </Subtitle2>
      <Caption1>{t.outsideIntro}</Caption1>
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
                    clearError();
                    if (reloadable) onReload();
                    else void accept(effect);
                  }}
                />
              )}
              <Button
                aria-label={t.acceptLabel(effect.caseName)}
                disabledFocusable={busy !== null}
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
