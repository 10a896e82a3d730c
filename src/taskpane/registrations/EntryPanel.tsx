import { EntryForm, type EntryFormProps } from "../entry/EntryForm";
import { Notice } from "../shared/Notice";
import { registrationsStrings as t, shellStrings } from "../strings.sv";
import { WorkbookProvider } from "../workbookContext";
import { useStaleWatch } from "./useStaleWatch";

export interface EntryPanelProps extends EntryFormProps {
  /** Reads the registrations again; the form then saves against the fresh row. */
  onReload: () => void;
}

/**
 * The entry form for an effect to edit or a row to fix. The form confirms a save itself (and
 * offers the next step), so it stays open after saving; a stale row gets "Läs in igen".
 */
export function EntryPanel({ onReload, ...form }: EntryPanelProps) {
  const watch = useStaleWatch();
  return (
    <>
      {watch.stale && (
        <Notice
          intent="warning"
          action={{
            label: shellStrings.reload,
            onClick: () => {
              watch.reloaded();
              onReload();
            },
          }}
        >
          {t.staleForm}
        </Notice>
      )}
      <WorkbookProvider value={watch.port}>
        <EntryForm {...form} />
      </WorkbookProvider>
    </>
  );
}
