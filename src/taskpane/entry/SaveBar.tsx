import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  useId,
} from "@fluentui/react-components";
import type { EntryFormMode } from "../../domain/entryForm/entryForm";
import { useEntryFormStyles } from "./EntryForm.styles";
import { entryStrings as t } from "./strings.sv";
import type { SavePhase } from "./useSaveEntry";

export interface SaveBarProps {
  mode: EntryFormMode;
  phase: SavePhase;
  /** Labels of the fields to fix before saving, in the form's order; empty when ready. */
  toFix: readonly string[];
  /** Validation passed: the input is ready to save. */
  ready: boolean;
  onRetry(): void;
  onCancel?: () => void;
}

/**
 * The save button, which stays focusable and says under it why it cannot save yet; a failure
 * keeps the form and offers to try again.
 */
export function SaveBar({ mode, phase, toFix, ready, onRetry, onCancel }: SaveBarProps) {
  const styles = useEntryFormStyles();
  const statusId = useId("save-status");
  const saving = phase.kind === "saving";
  const status = ready
    ? t.readyToSave
    : toFix.length > 0
      ? t.fixBeforeSaving(toFix)
      : t.checkFields;
  return (
    <>
      {phase.kind === "failed" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.saveFailedTitle}</MessageBarTitle>
            {phase.message}
          </MessageBarBody>
          <MessageBarActions>
            <Button type="button" size="small" onClick={onRetry}>
              {t.retry}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button
          type="submit"
          appearance="primary"
          aria-describedby={statusId}
          disabledFocusable={saving}
          icon={saving ? <Spinner size="tiny" /> : undefined}
        >
          {saving ? t.saving : t.save[mode]}
        </Button>
        {onCancel && (
          <Button type="button" onClick={onCancel} disabled={saving}>
            {t.cancel}
          </Button>
        )}
      </div>
      <Text as="p" id={statusId} className={styles.status} aria-live="polite">
        {status}
      </Text>
    </>
  );
}
