/**
 * One test file's browser session: the built preview served from dist/, headless Chromium with
 * one page, a person to drive it, and a record of what the page asked the network for.
 */
import type { Browser, Page } from "playwright-core";
import { launchChromium, watchPage, type PageWatch } from "./browser";
import { Person } from "./person";
import { startPreviewServer, type PreviewServer } from "./previewServer";

/** axe-core, present in every document before the page's own scripts (see `startSession`). */
const AXE_PATH = require.resolve("axe-core/axe.min.js");

/** Excel's narrowest task pane, which the preview's pane column starts from at its minimum. */
export const PANE_MIN_WIDTH = 320;

export interface Session {
  server: PreviewServer;
  browser: Browser;
  page: Page;
  person: Person;
  watch: PageWatch;
  /** Every request the page made to anywhere but its own origin (data: and blob: are its own). */
  foreignRequests: string[];
  close(): Promise<void>;
}

export async function startSession(): Promise<Session> {
  const server = await startPreviewServer();
  const browser = await launchChromium().catch(async (error: unknown) => {
    await server.stop();
    throw error;
  });
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: "sv-SE",
    timezoneId: "Europe/Stockholm",
    acceptDownloads: true,
  });
  // preview.html's Content-Security-Policy refuses inline scripts, so page.addScriptTag cannot
  // add axe; an init script is evaluated by the browser itself, and the CSP stays on, so the
  // suite also shows that the preview runs under its own policy.
  await context.addInitScript({ path: AXE_PATH });
  const page = await context.newPage();
  // Fail a step in seconds, with Playwright's message, well before jest's test timeout.
  page.setDefaultTimeout(20_000);
  const watch = await watchPage(page, server.origin);
  const foreignRequests: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    const own =
      url.origin === server.origin || url.protocol === "data:" || url.protocol === "blob:";
    if (!own) foreignRequests.push(url.href);
  });
  return {
    server,
    browser,
    page,
    person: new Person(page),
    watch,
    foreignRequests,
    async close() {
      await browser.close();
      await server.stop();
    },
  };
}

/**
 * Opens the preview, from the empty template (`?tom`) or with the sample rows, waits until the
 * pane has read the workbook, and narrows the pane to 320 px with the keyboard on its edge.
 */
export async function openPreview(
  session: Session,
  {
    empty = true,
    theme,
  }: { empty?: boolean; /** `?tema=`, the simulated Office's theme. */ theme?: string } = {}
): Promise<void> {
  const { page, server } = session;
  const query = [empty ? "tom" : null, theme ? `tema=${encodeURIComponent(theme)}` : null];
  const search = query.filter((part) => part !== null).join("&");
  await page.goto(search ? `${server.url}?${search}` : server.url);
  await page.getByText("Arbetsboken är redo för registrering.").waitFor();
  const edge = page.getByRole("separator", { name: "Aktivitetsfönstrets bredd" });
  await edge.focus();
  await page.keyboard.press("Home");
  await waitForPaneWidth(page, PANE_MIN_WIDTH);
}

async function waitForPaneWidth(page: Page, width: number): Promise<void> {
  await page.waitForFunction(
    (expected) =>
      document.querySelector("[data-testid=task-pane]")?.getBoundingClientRect().width === expected,
    width
  );
}
