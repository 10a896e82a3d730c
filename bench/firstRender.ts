/**
 * The preview's first render in headless Chromium: the production build served over http on a
 * free port (the e2e suite's server and browser), each run in a fresh context (cold cache).
 * Times are performance.now() in the page, so from navigation start, taken by a
 * MutationObserver installed before the page's own scripts: when the pane's first heading is
 * laid out, and when the pane says the workbook is read.
 */
import { launchChromium } from "../tests/e2e/support/browser";
import { startPreviewServer } from "../tests/e2e/support/previewServer";
import { median, progress } from "./report";

const RUNS = 3;
const READY_TEXT = "Arbetsboken är redo för registrering.";

export interface FirstRender {
  runs: number;
  pages: { url: string; firstHeadingMs: number; readyMs: number }[];
}

interface Marks {
  firstHeading?: number;
  ready?: number;
}

/** Runs in the page, before its scripts; serialised by Playwright, so self-contained. */
function watchFirstRender(readyText: string): void {
  const marks = window as unknown as Marks;
  const observer = new MutationObserver(() => {
    const pane = document.querySelector("[data-testid=task-pane]");
    const heading = pane?.querySelector("h1");
    if (marks.firstHeading === undefined && heading && heading.getBoundingClientRect().height > 0) {
      marks.firstHeading = performance.now();
    }
    if (marks.ready === undefined && pane?.textContent?.includes(readyText)) {
      marks.ready = performance.now();
    }
    if (marks.firstHeading !== undefined && marks.ready !== undefined) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

export async function measureFirstRender(site: string): Promise<FirstRender> {
  const server = await startPreviewServer({ root: site });
  const browser = await launchChromium();
  try {
    const pages: FirstRender["pages"] = [];
    for (const url of ["preview.html", "preview.html?tom"]) {
      const runs: Required<Marks>[] = [];
      for (let run = 1; run <= RUNS; run += 1) {
        progress(`first render: ${url}, run ${run} of ${RUNS}`);
        const context = await browser.newContext({
          viewport: { width: 1280, height: 900 },
          locale: "sv-SE",
        });
        await context.addInitScript(watchFirstRender, READY_TEXT);
        const page = await context.newPage();
        await page.goto(`${server.origin}/${url}`);
        const marks = await page.waitForFunction(
          () => {
            const { firstHeading, ready } = window as unknown as Marks;
            return firstHeading !== undefined && ready !== undefined && { firstHeading, ready };
          },
          undefined,
          { timeout: 60_000 }
        );
        runs.push((await marks.jsonValue()) as Required<Marks>);
        await context.close();
      }
      pages.push({
        url,
        firstHeadingMs: median(runs.map((r) => r.firstHeading)),
        readyMs: median(runs.map((r) => r.ready)),
      });
    }
    return { runs: RUNS, pages };
  } finally {
    await browser.close();
    await server.stop();
  }
}
