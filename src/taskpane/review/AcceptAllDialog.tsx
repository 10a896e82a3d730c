import { useId } from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
} from "@fluentui/react-components";
import { reviewStrings as t } from "./strings.sv";

export interface AcceptAllDialogProps {
  /** The rows that would be accepted. */
  count: number;
  /** Disabled (still focusable) while something is being accepted. */
  disabled: boolean;
  onConfirm: () => void;
}

/**
 * "Godkänn alla (N)" and the question it asks first: accepting hundreds of rows unseen is a
 * decision, so it is confirmed (an alert dialog; Avbryt and Escape leave everything as it is).
 */
export function AcceptAllDialog({ count, disabled, onConfirm }: AcceptAllDialogProps) {
  const consequenceId = useId();
  return (
    <Dialog modalType="alert">
      <DialogTrigger disableButtonEnhancement>
        <Button disabledFocusable={disabled}>{t.acceptAll(count)}</Button>
      </DialogTrigger>
      {/* An alert dialog's question is read with what it means. */}
      <DialogSurface aria-describedby={consequenceId}>
        <DialogBody>
          <DialogTitle>{t.acceptAllQuestion(count)}</DialogTitle>
          <DialogContent id={consequenceId}>{t.acceptAllConsequence}</DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="primary" onClick={onConfirm}>
                {t.acceptAllConfirm}
              </Button>
            </DialogTrigger>
            <DialogTrigger disableButtonEnhancement>
              <Button>{t.cancel}</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
