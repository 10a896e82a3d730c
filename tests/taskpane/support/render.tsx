/**
 * Renders a task-pane component as the composition root does: inside Fluent's provider and a
 * WorkbookProvider, here with a fake port (see fakePort.ts).
 */
import type { ReactElement, ReactNode } from "react";
import { render, type RenderOptions, type RenderResult } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { WorkbookProvider } from "../../../src/taskpane/workbookContext";
import type { WorkbookPort } from "../../../src/workbook/port";

export interface RenderWithWorkbookOptions extends Omit<RenderOptions, "wrapper"> {
  workbook: WorkbookPort;
}

export function renderWithWorkbook(
  ui: ReactElement,
  { workbook, ...options }: RenderWithWorkbookOptions
): RenderResult {
  const Wrapper = ({ children }: { children?: ReactNode }) => (
    <FluentProvider theme={webLightTheme}>
      <WorkbookProvider value={workbook}>{children}</WorkbookProvider>
    </FluentProvider>
  );
  return render(ui, { wrapper: Wrapper, ...options });
}
