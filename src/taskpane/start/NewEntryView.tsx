import { EntryForm } from "../entry/EntryForm";
import { ErrorBar } from "../shared/ErrorBar";
import { Loading } from "../shared/Loading";
import type { View } from "../shared/navigation";
import { useViewStyles } from "../shared/styles";
import { useLists } from "../shared/useWorkbookData";
import { ViewHeader } from "../shared/ViewHeader";
import { shellStrings } from "../strings.sv";

export interface NewEntryViewProps {
  onNavigate: (view: View) => void;
  /** @default false */
  focusOnMount?: boolean;
}

/** "Ny registrering": the entry form on freshly read lists. */
export function NewEntryView({ onNavigate, focusOnMount = false }: NewEntryViewProps) {
  const styles = useViewStyles();
  const lists = useLists();
  const value = lists.value;
  return (
    <main className={styles.view}>
      <ViewHeader
        title={shellStrings.views.new}
        back={{ label: shellStrings.backToStart, onClick: () => onNavigate({ name: "start" }) }}
        focusOnMount={focusOnMount}
      />
      {lists.error && <ErrorBar error={lists.error} onRetry={lists.reload} />}
      {!value && !lists.error && <Loading />}
      {value && (
        <EntryForm
          mode={{ kind: "new" }}
          lists={value}
          onListsChanged={lists.setValue}
          // The form confirms the save and offers the next registration itself.
          onSaved={() => undefined}
          onCancel={() => onNavigate({ name: "start" })}
        />
      )}
    </main>
  );
}
