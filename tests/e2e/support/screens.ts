/**
 * What every screen of the pane must pass, checked where the tests arrive at it: axe-core on
 * the whole page (the real layout, so colour contrast counts), no horizontal scroll in the
 * 320 px pane, and a screenshot under test-results/screenshots/ for people to look at.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import type { AxeResults } from "axe-core";

export const SCREENSHOT_DIR = path.resolve(__dirname, "../../../test-results/screenshots");

/**
 * Fluent's focus management (Tabster) puts focusable, aria-hidden `<i data-tabster-dummy>`
 * elements around tab lists and the like; they hand focus on at once and are a known false
 * positive of aria-hidden-focus (microsoft/tabster#288; Accessibility Insights suppresses them
 * too, microsoft/accessibility-insights-web#7605).
 */
const AXE_EXCLUDE = [["[data-tabster-dummy]"]];

/** axe's violations, one line per rule and element, with what to fix. */
export async function axeViolations(page: Page): Promise<string[]> {
  const violations = await page.evaluate(async (exclude) => {
    const axe = (window as unknown as { axe?: { run: typeof import("axe-core").run } }).axe;
    if (!axe) throw new Error("axe-core is not in the page (see session.ts).");
    const results: AxeResults = await axe.run(
      { exclude },
      { resultTypes: ["violations"], reporter: "v1" }
    );
    return results.violations.flatMap((rule) =>
      rule.nodes.map(
        (node) =>
          `${rule.id} (${rule.impact ?? "?"}): ${node.target.join(" ")} – ` +
          `${node.failureSummary ?? rule.help}`.replace(/\s+/g, " ")
      )
    );
  }, AXE_EXCLUDE);
  return violations;
}

/** How far the pane's content is wider than the pane (0 when it needs no horizontal scroll). */
export function paneOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const pane = document.querySelector("[data-testid=task-pane]");
    // The pane column holds Excel's title bar, then the scrolling body with the real pane.
    const body = pane?.lastElementChild;
    if (!body) throw new Error("The preview has no task pane column.");
    return body.scrollWidth - body.clientWidth;
  });
}

/**
 * Saves the page as `name`.png. The viewport grows for the shot so that the whole pane shows,
 * not only what fits in its scrolling column, and goes back afterwards.
 */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  const viewport = page.viewportSize() ?? { width: 1280, height: 900 };
  const needed = await page.evaluate(() => {
    const body = document.querySelector("[data-testid=task-pane]")?.lastElementChild;
    if (!body) return 0;
    const hidden = body.scrollHeight - body.clientHeight;
    return Math.ceil(document.documentElement.clientHeight + hidden);
  });
  const height = Math.max(viewport.height, needed);
  if (height !== viewport.height) await page.setViewportSize({ ...viewport, height });
  try {
    await page.screenshot({ path: file, animations: "disabled", caret: "hide" });
  } finally {
    if (height !== viewport.height) await page.setViewportSize(viewport);
  }
  return file;
}

export interface ScreenCheck {
  screen: string;
  violations: string[];
  overflow: number;
}

/**
 * Waits until the page's CSS transitions and finite animations have ended: a button that has
 * just turned primary is half-way between two colours for a moment, and axe would measure the
 * contrast of that moment.
 */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined))
    )
  );
}

/** Checks and photographs the screen as it is now, once it has settled. */
export async function checkScreen(page: Page, name: string): Promise<ScreenCheck> {
  await settle(page);
  const violations = await axeViolations(page);
  const overflow = await paneOverflow(page);
  await screenshot(page, name);
  return { screen: name, violations, overflow };
}

/** For `expect(...).toEqual(cleanScreen(name))`: a failure names the screen and the rules. */
export const cleanScreen = (screen: string): ScreenCheck => ({
  screen,
  violations: [],
  overflow: 0,
});
