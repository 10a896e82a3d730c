/**
 * Composition root of the task pane: waits for Office, then renders the app inside Fluent's
 * provider with the workbook port on Office.js. The only file in src/taskpane that may name
 * Office (see eslint.config.mjs), and the only one that picks an adapter (and Office's user).
 *
 * Opened in a plain browser (no Office host, or Office.js unreachable) it shows the browser
 * preview instead, by loading the preview's own bundle (preview.js, built beside this one).
 * Not `import()`: an async chunk would share this bundle's modules and keep them from being
 * concatenated and tree-shaken, which made taskpane.js 49 KB larger; the script tag adds 0.3 KB,
 * and the simulated Excel and ExcelJS stay out of taskpane.js either way.
 */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createExcelWorkbook } from "../workbook/excelWorkbook";
import { officeThemeSource } from "../workbook/officeTheme";
import { officeUserName } from "../workbook/officeUser";
import { TaskPane } from "./TaskPane";
import { preloadPaneTheme } from "./theme/paneTheme";

function container(): HTMLElement {
  const element = document.getElementById("container");
  if (!element) throw new Error('taskpane.html has no element with id "container".');
  return element;
}

function startPreview(): void {
  // Relative to taskpane.html, which sits beside preview.js in dist/ and on the dev server.
  const script = document.createElement("script");
  script.src = "preview.js";
  document.head.append(script);
}

if (typeof Office === "undefined") {
  startPreview();
} else {
  Office.onReady(async (info) => {
    if (!info.host) return startPreview();
    const theme = officeThemeSource(Office);
    await preloadPaneTheme(theme);
    createRoot(container()).render(
      <StrictMode>
        <TaskPane workbook={createExcelWorkbook()} suggestName={officeUserName} theme={theme} />
      </StrictMode>
    );
  });
}
