/**
 * The browser preview's composition root: the real task pane on the simulated Excel, beside a
 * view of the simulated workbook. Started by main.tsx, the entry of preview.html, whose bundle
 * taskpane.html also loads when it is opened outside Office (see src/taskpane/index.tsx).
 *
 * The workbook starts as the one this browser kept (IndexedDB, see storedWorkbook.ts), else as
 * the template (assets/Effektiviseringsmall.xlsx) plus the talk's examples; `?tom` in the
 * address starts from the empty template, and `?tema=mörk` (or svart, vit, färgglad) sets the
 * simulated Office's theme, which the pane follows as in Excel. "Öppna arbetsbok…" and "Börja
 * om" store or forget the workbook and start the page afresh, so the pane meets a new workbook
 * as it would in Excel.
 */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { TaskPane } from "../taskpane/TaskPane";
import { createExcelWorkbook } from "../workbook/excelWorkbook";
import { officeThemeSource } from "../workbook/officeTheme";
import { asExcelNamespace, createFakeExcel, installFakeExcel } from "./fakeExcel";
import { loadWorkbookFromXlsx, saveWorkbookToXlsx } from "./fakeExcel/xlsx";
import { withChangeNotifications } from "./notifyingExcel";
import { addSamples } from "./samples";
import { simulatedOffice, themeFromAddress } from "./simulatedOffice";
import { forgetWorkbook, storedWorkbook, storeWorkbook } from "./storedWorkbook";
import { PreviewLayout } from "./view/PreviewLayout";
import { ThemePicker } from "./view/ThemePicker";
import { WorkbookView } from "./view/WorkbookView";

/** Copied next to the pages by webpack (see webpack.config.js). */
const TEMPLATE_URL = "assets/Effektiviseringsmall.xlsx";
/** Saving is an .xlsx write: once things have been quiet this long, not after every run. */
const STORE_DELAY_MS = 1_000;

/** The kept workbook, or undefined when there is none or the browser keeps nothing. */
async function keptWorkbook() {
  const bytes = await storedWorkbook().catch(() => undefined);
  return bytes && loadWorkbookFromXlsx(bytes).catch(() => undefined);
}

/** Stores the workbook a moment after the last change; storage failing only means no keeping. */
function keepAfterChanges(excel: ReturnType<typeof withChangeNotifications>): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  excel.subscribe(() => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      saveWorkbookToXlsx(excel.fake.workbook)
        .then(storeWorkbook)
        .catch(() => undefined);
    }, STORE_DELAY_MS);
  });
}

async function openOwn(bytes: Uint8Array): Promise<void> {
  await loadWorkbookFromXlsx(bytes); // throws, and keeps the current workbook, when unreadable
  await storeWorkbook(bytes);
  window.location.reload();
}

async function restart(): Promise<void> {
  await forgetWorkbook().catch(() => undefined);
  window.location.reload();
}

export async function startPreview(container: HTMLElement): Promise<void> {
  const root = createRoot(container);
  try {
    const kept = await keptWorkbook();
    const model = kept ?? (await templateWorkbook());
    const excel = withChangeNotifications(createFakeExcel(model));
    // For code that calls the global Excel.run, as Office.js code may.
    installFakeExcel(globalThis, excel.fake);
    const workbook = createExcelWorkbook({
      run: asExcelNamespace(excel.fake).run,
      env: { isSetSupported: excel.fake.requirements.isSetSupported },
      documentSettings: null,
    });
    const empty = new URLSearchParams(window.location.search).has("tom");
    const office = simulatedOffice(themeFromAddress(window.location.search));
    if (!kept && !empty) await addSamples(workbook, new Date().getFullYear());
    keepAfterChanges(excel);
    root.render(
      <StrictMode>
        {/* The window's height, so the sheet scrolls inside it rather than the page; by the
            viewport, since taskpane.html (outside Office) gives its container no height. */}
        <FluentProvider theme={webLightTheme} style={{ height: "100vh" }}>
          <PreviewLayout
            workbookView={
              <WorkbookView excel={excel} files={{ onOpen: openOwn, onRestart: restart }} />
            }
            pane={<TaskPane workbook={workbook} theme={officeThemeSource(office.office)} />}
            controls={<ThemePicker office={office} />}
          />
        </FluentProvider>
      </StrictMode>
    );
  } catch (error) {
    root.render(<p role="alert">Förhandsvisningen kunde inte starta: {String(error)}</p>);
    throw error;
  }
}

async function templateWorkbook() {
  const response = await fetch(new URL(TEMPLATE_URL, document.baseURI));
  if (!response.ok) throw new Error(`${TEMPLATE_URL}: HTTP ${response.status}`);
  return loadWorkbookFromXlsx(await response.arrayBuffer());
}
