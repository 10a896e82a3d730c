import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import type { WorkbookError } from "../../workbook/port";
import { shellStrings } from "../strings.sv";

export interface ErrorBarProps {
  /** Its Swedish message is shown as is: the workbook layer writes it for the user. */
  error: WorkbookError;
  /** Offers the action when given. */
  onRetry?: () => void;
  /** @default "Försök igen" */
  retryLabel?: string;
}

/** A workbook error with its way out (try again, read again). */
export function ErrorBar({ error, onRetry, retryLabel = shellStrings.retry }: ErrorBarProps) {
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>{error.message}</MessageBarBody>
      {onRetry && (
        <MessageBarActions>
          <Button size="small" onClick={onRetry}>
            {retryLabel}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
