import { useId, useMemo, useState } from "react";
import { Caption1, Subtitle2, Text } from "@fluentui/react-components";
import type { Effect, EffectId } from "../../domain/model/effect";
import { stageToVerify } from "../../domain/trust/review";
import type { AcceptedOutsideEdits } from "../../workbook/port";
import { choicesOf } from "../registrations/filterEffects";
import { SavedConfirmationNote } from "../shared/ConfirmationNote";
import { ErrorBar } from "../shared/ErrorBar";
import { FilterChoice } from "../shared/FilterChoice";
import { Loading } from "../shared/Loading";
import type { View } from "../shared/navigation";
import { Notice, type NoticeProps } from "../shared/Notice";
import { useViewStyles } from "../shared/styles";
import { useWorkbookData } from "../shared/useWorkbookData";
import { ViewHeader } from "../shared/ViewHeader";
import { shellStrings } from "../strings.sv";
import { OutsideEdits } from "./OutsideEdits";
import { reviewLists } from "./reviewLists";
import { reviewStrings as t } from "./strings.sv";
import { VerifyPanel } from "./VerifyPanel";
import { WaitingList } from "./WaitingList";

/**
 * What the view says after a change: a confirmation, or a warning with its way out, and the
 * rows written, whose later confirmation follows.
 */
type ViewNotice = Pick<NoticeProps, "intent" | "action"> & {
  text: string;
  saved?: readonly Effect[];
};

export interface ReviewViewProps {
  onNavigate: (view: View) => void;
  /** @default false */
  focusOnMount?: boolean;
}

/**
 * Granska: what waits for a second person's verification, and rows changed by hand that need
 * accepting first. An effect is remembered by id and looked up again after every reading.
 */
export function ReviewView({ onNavigate, focusOnMount = false }: ReviewViewProps) {
  const styles = useViewStyles();
  const data = useWorkbookData();
  const value = data.value;
  const waitingId = useId();
  const [department, setDepartment] = useState<string | null>(null);
  const [verifying, setVerifying] = useState<EffectId | null>(null);
  const [notice, setNotice] = useState<ViewNotice | null>(null);
  // Focus follows the person only after they moved; the first render keeps the view's own.
  const [moves, setMoves] = useState(0);
  const lists = useMemo(
    () => (value ? reviewLists(value.effects, department) : null),
    [value, department]
  );
  const effect = verifying === null ? undefined : value?.effects.find((e) => e.id === verifying);
  const lost = verifying !== null && value !== undefined && effect === undefined;

  const move = (id: EffectId | null, message: ViewNotice | null = null) => {
    setVerifying(id);
    setNotice(message);
    setMoves((n) => n + 1);
  };
  /** Shows what the workbook wrote at once; the reload then brings colleagues' changes too. */
  const saved = (changed: readonly Effect[], message: ViewNotice) => {
    if (value) {
      const byId = new Map(changed.map((effect) => [effect.id, effect]));
      const effects = value.effects.map((e) => byId.get(e.id) ?? e);
      data.setValue({ ...value, effects });
    }
    move(null, { ...message, saved: changed });
    data.reload();
  };
  const acceptedAll = ({ accepted, stale }: AcceptedOutsideEdits) =>
    saved(accepted, {
      text: t.acceptedAll(accepted.length, stale.length),
      // Rows changed again are still to be checked, as they now stand: a warning.
      ...(stale.length > 0 && {
        intent: "warning",
        action: { label: shellStrings.reload, onClick: data.reload },
      }),
    });

  const back = effect
    ? { label: t.back, onClick: () => move(null) }
    : { label: shellStrings.backToStart, onClick: () => onNavigate({ name: "start" }) };
  const departments = value
    ? choicesOf(
        value.lists.departments,
        value.effects.map((e) => e.department)
      )
    : [];

  return (
    <main className={styles.view}>
      <ViewHeader
        key={moves}
        title={effect ? effect.caseName : t.title}
        back={back}
        focusOnMount={focusOnMount || moves > 0}
      />
      {lost && <Notice intent="warning">{t.notFound}</Notice>}
      {notice && !effect && (
        <Notice intent={notice.intent} action={notice.action}>
          {notice.text}
          {notice.saved && notice.saved.length > 0 && (
            <SavedConfirmationNote effects={notice.saved} kind="change" />
          )}
        </Notice>
      )}
      {data.error && <ErrorBar error={data.error} onRetry={data.reload} />}
      {!value && !data.error && <Loading />}
      {effect && (
        <VerifyPanel
          key={effect.id}
          effect={effect}
          onVerified={(verified) =>
            saved([verified], { text: t.verified(stageToVerify(effect), effect.caseName) })
          }
          onCancel={() => move(null)}
          onReload={data.reload}
        />
      )}
      {lists && !effect && (
        <>
          <Text className={styles.flush}>{t.intro}</Text>
          <FilterChoice
            label={t.department}
            choices={departments}
            value={department}
            onChange={setDepartment}
          />
          <section className={styles.section} aria-labelledby={waitingId}>
            <Subtitle2 as="h2" id={waitingId} className={styles.flush}>
              {t.waitingTitle}
            </Subtitle2>
            <Caption1 role="status">
              {lists.waiting.length === 0 ? t.noneWaiting : t.waiting(lists.waiting.length)}
            </Caption1>
            {lists.waiting.length > 0 && (
              <WaitingList effects={lists.waiting} onVerify={(chosen) => move(chosen.id)} />
            )}
          </section>
          {lists.editedOutside.length > 0 && (
            <OutsideEdits
              effects={lists.editedOutside}
              onAccepted={(accepted) => saved([accepted], { text: t.accepted(accepted.caseName) })}
              onAcceptedAll={acceptedAll}
              onReload={data.reload}
            />
          )}
        </>
      )}
    </main>
  );
}
