/**
 * The task pane with everything it needs around it: Fluent's theme and the workbook port.
 * Both composition roots render this, index.tsx inside Excel and the browser preview
 * (src/preview) on the simulated workbook, so the preview shows exactly what Excel shows.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { WorkbookPort } from "../workbook/port";
import { App } from "./App";
import { WorkbookProvider } from "./workbookContext";

export interface TaskPaneProps {
  /** The adapter the pane talks to: Office.js in Excel, the simulated Excel in the preview. */
  workbook: WorkbookPort;
}

export function TaskPane({ workbook }: TaskPaneProps) {
  return (
    <FluentProvider theme={webLightTheme}>
      <WorkbookProvider value={workbook}>
        <App />
      </WorkbookProvider>
    </FluentProvider>
  );
}
