import { useState } from "react";
import type { Effect } from "../../domain/model/effect";
import { PeriodsConfirmationNote, SavedConfirmationNote } from "../shared/ConfirmationNote";
import type { SavedPeriods } from "../shared/confirmPeriods";
import { ErrorBar } from "../shared/ErrorBar";
import { Loading } from "../shared/Loading";
import type { View } from "../shared/navigation";
import { Notice } from "../shared/Notice";
import { useViewStyles } from "../shared/styles";
import { useWorkbookData } from "../shared/useWorkbookData";
import { ViewHeader } from "../shared/ViewHeader";
import { invalidRowsStrings, registrationsStrings as t, shellStrings } from "../strings.sv";
import { EffectDetails } from "./EffectDetails";
import { EntryPanel } from "./EntryPanel";
import { NO_FILTER } from "./filterEffects";
import { RegistrationsList } from "./RegistrationsList";
import { resolvePanel, usePanel, type PanelNotice } from "./usePanel";

export interface RegistrationsViewProps {
  onNavigate: (view: View) => void;
  /** Open at "Rader som behöver rättas". @default false */
  showInvalid?: boolean;
  /** @default false */
  focusOnMount?: boolean;
}

/** The table's registrations: list, details, realise, edit, and rows to fix. */
export function RegistrationsView(props: RegistrationsViewProps) {
  const { onNavigate, showInvalid = false, focusOnMount = false } = props;
  const styles = useViewStyles();
  const data = useWorkbookData();
  const { panel, moves, notice, open, update } = usePanel();
  const [filter, setFilter] = useState(NO_FILTER);
  const value = data.value;
  const { effect, row, lost } = resolvePanel(panel, value);

  const toList = () => open({ kind: "list" });
  const toDetails = (id: Effect["id"], message: PanelNotice | null = null) =>
    open({ kind: "details", id, realising: false }, message);
  const realised = (periods: SavedPeriods) => {
    const saved = periods.effect;
    toDetails(saved.id, { text: t.realisedSaved, saved: [saved], periods });
    // Show what was written at once; the reload then brings colleagues' changes too.
    if (value) {
      const effects = value.effects.map((e) => (e.id === saved.id ? saved : e));
      data.setValue({ ...value, effects });
    }
    data.reload();
  };

  const title = effect
    ? effect.caseName
    : row
      ? invalidRowsStrings.row(row.sheetRow)
      : shellStrings.views.registrations;
  const back =
    panel.kind === "list" || lost
      ? { label: shellStrings.backToStart, onClick: () => onNavigate({ name: "start" }) }
      : { label: t.backToList, onClick: toList };
  const formProps = value && {
    lists: value.lists,
    onListsChanged: (lists: typeof value.lists) => data.setValue({ ...value, lists }),
    onReload: data.reload,
  };

  return (
    <main className={styles.view}>
      <ViewHeader
        key={`${panel.kind}-${moves}`}
        title={title}
        back={back}
        focusOnMount={focusOnMount || moves > 0}
      />
      {lost && <Notice intent="warning">{panel.kind === "fix" ? t.rowGone : t.notFound}</Notice>}
      {notice && !lost && (
        <Notice>
          {notice.text}
          {notice.periods ? (
            <PeriodsConfirmationNote saved={notice.periods} />
          ) : (
            <SavedConfirmationNote effects={notice.saved} kind="change" />
          )}
        </Notice>
      )}
      {data.error && <ErrorBar error={data.error} onRetry={data.reload} />}
      {!value && !data.error && <Loading />}
      {value && (panel.kind === "list" || lost) && (
        <RegistrationsList
          data={value}
          filter={filter}
          onFilterChange={setFilter}
          onOpen={(chosen) => toDetails(chosen.id)}
          onFix={(chosen) => open({ kind: "fix", row: chosen, done: false })}
          onNew={() => onNavigate({ name: "new" })}
          showInvalid={showInvalid && moves === 0}
        />
      )}
      {value && effect && panel.kind === "details" && (
        <EffectDetails
          effect={effect}
          lists={value.lists}
          periods={value.periods}
          realising={panel.realising}
          onEdit={() => open({ kind: "edit", id: effect.id })}
          onRealise={() => update((p) => (p.kind === "details" ? { ...p, realising: true } : p))}
          onCancelRealise={() => toDetails(effect.id)}
          onRealised={realised}
          onReload={data.reload}
        />
      )}
      {formProps && effect && panel.kind === "edit" && (
        <EntryPanel
          // The form takes its mode when it mounts: another effect is another form.
          key={effect.id}
          {...formProps}
          mode={{ kind: "edit", effect }}
          onSaved={data.reload}
          onCancel={() => toDetails(effect.id)}
        />
      )}
      {formProps && row && panel.kind === "fix" && (
        <EntryPanel
          key={row.sheetRow}
          {...formProps}
          mode={{ kind: "fix", row }}
          onSaved={() => {
            update((p) => (p.kind === "fix" ? { ...p, done: true } : p));
            data.reload();
          }}
          onCancel={toList}
        />
      )}
    </main>
  );
}
