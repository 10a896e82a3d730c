/**
 * The task pane with everything it needs around it: Fluent's theme, the workbook port and the
 * person's name. Both composition roots render this, index.tsx inside Excel and the browser
 * preview (src/preview) on the simulated workbook, so the preview shows exactly what Excel shows.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { WorkbookPort } from "../workbook/port";
import { App } from "./App";
import { IdentityProvider } from "./shared/identity";
import { WorkbookProvider } from "./workbookContext";

export interface TaskPaneProps {
  /** The adapter the pane talks to: Office.js in Excel, the simulated Excel in the preview. */
  workbook: WorkbookPort;
  /** Pre-fills "Ditt namn" (Office's signed-in user). @default none */
  suggestName?: () => Promise<string | null>;
}

export function TaskPane({ workbook, suggestName }: TaskPaneProps) {
  return (
    <FluentProvider theme={webLightTheme}>
      <WorkbookProvider value={workbook}>
        <IdentityProvider suggestName={suggestName}>
          <App />
        </IdentityProvider>
      </WorkbookProvider>
    </FluentProvider>
  );
}
