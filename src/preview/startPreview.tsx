/**
 * The browser preview's composition root: the real task pane on the simulated Excel, beside a
 * view of the simulated workbook. Started by main.tsx, the entry of preview.html, whose bundle
 * taskpane.html also loads when it is opened outside Office (see src/taskpane/index.tsx).
 *
 * The workbook starts as the template (assets/Effektiviseringsmall.xlsx) plus the talk's
 * examples; `?tom` in the address starts from the empty template.
 */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { TaskPane } from "../taskpane/TaskPane";
import { createExcelWorkbook } from "../workbook/excelWorkbook";
import { asExcelNamespace, createFakeExcel, installFakeExcel } from "./fakeExcel";
import { loadWorkbookFromXlsx } from "./fakeExcel/xlsx";
import { withChangeNotifications } from "./notifyingExcel";
import { addSamples } from "./samples";
import { PreviewLayout } from "./view/PreviewLayout";
import { WorkbookView } from "./view/WorkbookView";

/** Copied next to the pages by webpack (see webpack.config.js). */
const TEMPLATE_URL = "assets/Effektiviseringsmall.xlsx";

export async function startPreview(container: HTMLElement): Promise<void> {
  const root = createRoot(container);
  try {
    const response = await fetch(new URL(TEMPLATE_URL, document.baseURI));
    if (!response.ok) throw new Error(`${TEMPLATE_URL}: HTTP ${response.status}`);
    const model = await loadWorkbookFromXlsx(await response.arrayBuffer());
    const excel = withChangeNotifications(createFakeExcel(model));
    // For code that calls the global Excel.run, as Office.js code may.
    installFakeExcel(globalThis, excel.fake);
    const workbook = createExcelWorkbook({
      run: asExcelNamespace(excel.fake).run,
      env: { isSetSupported: excel.fake.requirements.isSetSupported },
      documentSettings: null,
    });
    const empty = new URLSearchParams(window.location.search).has("tom");
    if (!empty) await addSamples(workbook, new Date().getFullYear());
    root.render(
      <StrictMode>
        {/* The window's height, so the sheet scrolls inside it rather than the page; by the
            viewport, since taskpane.html (outside Office) gives its container no height. */}
        <FluentProvider theme={webLightTheme} style={{ height: "100vh" }}>
          <PreviewLayout
            workbookView={<WorkbookView excel={excel} />}
            pane={<TaskPane workbook={workbook} />}
          />
        </FluentProvider>
      </StrictMode>
    );
  } catch (error) {
    root.render(<p role="alert">Förhandsvisningen kunde inte starta: {String(error)}</p>);
    throw error;
  }
}
