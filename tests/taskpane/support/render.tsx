/**
 * Renders a task-pane component as the composition root does: inside Fluent's provider, a
 * WorkbookProvider (here with a fake port, see fakePort.ts) and an IdentityProvider.
 */
import type { ReactElement, ReactNode } from "react";
import { render, type RenderOptions, type RenderResult } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { IdentityProvider, NAME_KEY } from "../../../src/taskpane/shared/identity";
import { WorkbookProvider } from "../../../src/taskpane/workbookContext";
import type { WorkbookPort } from "../../../src/workbook/port";

/** The person at the computer in tests, unless a test says otherwise; not anEffect()'s author. */
export const TEST_USER = "Bo Berg";

export interface RenderWithWorkbookOptions extends Omit<RenderOptions, "wrapper"> {
  workbook: WorkbookPort;
  /** "Ditt namn" as saved before the pane opens; null when none is. @default TEST_USER */
  name?: string | null;
  /** What Office would pre-fill the name dialog with. @default none */
  suggestName?: () => Promise<string | null>;
}

export function renderWithWorkbook(
  ui: ReactElement,
  { workbook, name = TEST_USER, suggestName, ...options }: RenderWithWorkbookOptions
): RenderResult {
  if (name === null) window.localStorage.removeItem(NAME_KEY);
  else window.localStorage.setItem(NAME_KEY, name);
  const Wrapper = ({ children }: { children?: ReactNode }) => (
    <FluentProvider theme={webLightTheme}>
      <WorkbookProvider value={workbook}>
        <IdentityProvider suggestName={suggestName}>{children}</IdentityProvider>
      </WorkbookProvider>
    </FluentProvider>
  );
  return render(ui, { wrapper: Wrapper, ...options });
}
