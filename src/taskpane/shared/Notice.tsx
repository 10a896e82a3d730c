import type { ReactNode } from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";

export interface NoticeProps {
  /** @default "success" */
  intent?: "success" | "warning" | "info";
  children: ReactNode;
  /** A follow-up action, e.g. "Visa raderna". */
  action?: { label: string; onClick: () => void };
}

/** A short confirmation or warning, multiline because the pane is narrow. */
export function Notice({ intent = "success", children, action }: NoticeProps) {
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>{children}</MessageBarBody>
      {action && (
        <MessageBarActions>
          <Button size="small" onClick={action.onClick}>
            {action.label}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
