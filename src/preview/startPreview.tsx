/**
 * The browser preview's composition root: the real task pane on the simulated Excel, beside a
 * view of the simulated workbook. Started by main.tsx, the entry of preview.html, whose bundle
 * taskpane.html also loads when it is opened outside Office (see src/taskpane/index.tsx).
 *
 * The workbook starts as the one this browser kept (IndexedDB, see storedWorkbook.ts), else as
 * the template (assets/Effektiviseringsmall.xlsx) plus the talk's examples; `?tom` in the
 * address starts from the empty template, and `?tema=mörk` (or svart, vit, färgglad) sets the
 * simulated Office's theme, which the pane follows as in Excel. "Öppna arbetsbok…" and "Börja
 * om" store the new workbook (the samples again, for "Börja om") and start the page afresh, so
 * the pane meets a new workbook as it would in Excel.
 *
 * Two tabs of the preview are two co-authors of that one workbook (coauthoring/): the first
 * tab saves it, the next starts from the first one's copy, and each sees the other's changes
 * a moment later. Opening a workbook or starting over in one tab restarts them all.
 */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { TaskPane } from "../taskpane/TaskPane";
import { createExcelWorkbook } from "../workbook/excelWorkbook";
import { officeThemeSource } from "../workbook/officeTheme";
import { openSharedWorkbook, type SharedWorkbook } from "./coauthoring/sharedWorkbook";
import { asExcelNamespace, createFakeExcel, type FakeExcel, installFakeExcel } from "./fakeExcel";
import { loadWorkbookFromXlsx, saveWorkbookToXlsx } from "./fakeExcel/xlsx";
import { addSamples } from "./samples";
import { simulatedOffice, themeFromAddress } from "./simulatedOffice";
import { forgetWorkbook, storedWorkbook, storeWorkbook } from "./storedWorkbook";
import { PreviewLayout } from "./view/PreviewLayout";
import { SharedWorkbookNote } from "./view/SharedWorkbookNote";
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

/** The template with the talk's examples, as the pane would register them. */
async function freshWorkbook(empty: boolean) {
  const model = await templateWorkbook();
  if (!empty) await addSamples(workbookPortOver(createFakeExcel(model)), new Date().getFullYear());
  return model;
}

function workbookPortOver(fake: FakeExcel) {
  return createExcelWorkbook({
    run: asExcelNamespace(fake).run,
    env: { isSetSupported: fake.requirements.isSetSupported },
    documentSettings: null,
  });
}

/**
 * Keeps the workbook in IndexedDB a moment after the last change, if this tab is the one that
 * saves, and stores a workbook chosen to replace it. Stores go one at a time, in order, and
 * once a replacement is chosen the keeping stops, so a save of the old workbook that was
 * under way cannot land after the new one. Storage failing only means no keeping.
 */
function keepAfterChanges(shared: SharedWorkbook) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let replacing = false;
  let stores = Promise.resolve();
  const store = (bytes: () => Promise<Uint8Array>) => {
    const stored = stores.then(async () => storeWorkbook(await bytes()));
    stores = stored.catch(() => undefined);
    return stored;
  };
  shared.excel.subscribe(() => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (replacing || !shared.saves()) return;
      store(async () => {
        const bytes = await saveWorkbookToXlsx(shared.excel.fake.workbook);
        if (replacing || !shared.saves()) throw new Error("replaced meanwhile");
        return bytes;
      }).catch(() => undefined);
    }, STORE_DELAY_MS);
  });
  return {
    /**
     * Stores `bytes` in place of the workbook and restarts every tab from it. When they cannot
     * be stored it rejects and keeping goes on, or with `forgetIfRefused` the old workbook is
     * forgotten and the tabs restart from the samples.
     */
    async replaceWith(bytes: Uint8Array, { forgetIfRefused = false } = {}) {
      replacing = true;
      clearTimeout(timer);
      try {
        await store(async () => bytes);
      } catch (error) {
        if (!forgetIfRefused) {
          replacing = false;
          throw error;
        }
        await forgetWorkbook().catch(() => undefined);
      }
      shared.reopenEverywhere();
    },
  };
}

export async function startPreview(container: HTMLElement): Promise<void> {
  const root = createRoot(container);
  try {
    const empty = new URLSearchParams(window.location.search).has("tom");
    const shared = await openSharedWorkbook(
      async () => (await keptWorkbook()) ?? freshWorkbook(empty)
    );
    const { excel } = shared;
    // For code that calls the global Excel.run, as Office.js code may.
    installFakeExcel(globalThis, excel.fake);
    const workbook = workbookPortOver(excel.fake);
    const office = simulatedOffice(themeFromAddress(window.location.search));
    const kept = keepAfterChanges(shared);
    // A new workbook for every open tab: stored first, then each tab starts from it.
    const files = {
      onOpen: async (bytes: Uint8Array) => {
        await loadWorkbookFromXlsx(bytes); // throws, and keeps the current one, when unreadable
        await kept.replaceWith(bytes);
      },
      onRestart: async () => {
        const bytes = await saveWorkbookToXlsx(await freshWorkbook(empty));
        await kept.replaceWith(bytes, { forgetIfRefused: true });
      },
    };
    root.render(
      <StrictMode>
        {/* The window's height, so the sheet scrolls inside it rather than the page; by the
            viewport, since taskpane.html (outside Office) gives its container no height. */}
        <FluentProvider theme={webLightTheme} style={{ height: "100vh" }}>
          <PreviewLayout
            workbookView={<WorkbookView excel={excel} files={files} />}
            pane={<TaskPane workbook={workbook} theme={officeThemeSource(office.office)} />}
            controls={
              <>
                <SharedWorkbookNote author={shared.author} />
                <ThemePicker office={office} />
              </>
            }
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
