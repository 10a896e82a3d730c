/**
 * Headless Chromium for the end-to-end tests: Debian's `chromium` (installed by .ci/run)
 * driven by playwright-core, since Playwright's own browser download cannot work here.
 * `CHROMIUM_PATH` points elsewhere when needed.
 */
import { chromium, type Browser, type Page } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
    ],
  });
}

export interface PageWatch {
  /** console.error messages and uncaught exceptions, in order. */
  errors: string[];
  /** Requests to anywhere but the page's own host (they are aborted). */
  external: string[];
}

/**
 * Records errors and blocks every request that would leave `origin`, so a test can assert
 * that the preview needs nothing but its own server.
 */
export async function watchPage(page: Page, origin: string): Promise<PageWatch> {
  const watch: PageWatch = { errors: [], external: [] };
  const own = new URL(origin).host;
  page.on("console", (message) => {
    if (message.type() === "error") watch.errors.push(message.text());
  });
  page.on("pageerror", (error) => watch.errors.push(String(error)));
  await page.route("**/*", (route) => {
    const url = new URL(route.request().url());
    const local = url.host === own || url.protocol === "data:" || url.protocol === "blob:";
    if (local) return route.continue();
    watch.external.push(url.href);
    return route.abort();
  });
  return watch;
}
