/**
 * The task pane with everything it needs around it: Fluent's theme (following Office's), the
 * workbook port and the person's name. Both composition roots render this, index.tsx inside
 * Excel and the browser preview (src/preview) on the simulated workbook, so the preview shows
 * exactly what Excel shows.
 */
import { FluentProvider } from "@fluentui/react-components";
import { lightThemeSource, type ThemeSource } from "../workbook/port";
import type { WorkbookPort } from "../workbook/port";
import { App } from "./App";
import { IdentityProvider } from "./shared/identity";
import { usePaneTheme } from "./theme/paneTheme";
import { WorkbookProvider } from "./workbookContext";

export interface TaskPaneProps {
  /** The adapter the pane talks to: Office.js in Excel, the simulated Excel in the preview. */
  workbook: WorkbookPort;
  /** Pre-fills "Ditt namn" (Office's signed-in user). @default none */
  suggestName?: () => Promise<string | null>;
  /**
   * Office's theme, which the pane follows (Fluent's dark theme for Dark Gray and Black); await
   * preloadPaneTheme(theme) before the first render, or a dark pane starts light. @default light
   */
  theme?: ThemeSource;
}

export function TaskPane({ workbook, suggestName, theme = lightThemeSource }: TaskPaneProps) {
  const fluentTheme = usePaneTheme(theme);
  return (
    // At least the pane's height, so the theme's background reaches its bottom edge.
    <FluentProvider theme={fluentTheme} style={{ minHeight: "100%" }}>
      <WorkbookProvider value={workbook}>
        <IdentityProvider suggestName={suggestName}>
          <App />
        </IdentityProvider>
      </WorkbookProvider>
    </FluentProvider>
  );
}
