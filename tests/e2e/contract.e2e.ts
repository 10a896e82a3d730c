/**
 * The proof of `npm run test:excel`'s harness without Excel: the same test build (dist-test/,
 * `npm run build:test`), served by the same result server, runs the contract suite in headless
 * Chromium on the simulated Excel (`?host=fake`). Only the host differs from the run in Excel.
 */
import path from "node:path";
import type { Browser } from "playwright-core";
import { startResultServer, type ResultServer } from "../contract/harness/resultServer";
import { caseLabel, type SuiteSummary } from "../contract/harness/summary";
import { CONTRACT_CASES } from "../contract/suite";
import { launchChromium, watchPage, type PageWatch } from "./support/browser";

const TEST_BUILD = path.resolve(__dirname, "../../dist-test");
/** The suite takes a few seconds in Chromium; a page that hangs must fail, not stall jest. */
const SUITE_LIMIT_MS = 90_000;

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

function withinLimit(
  done: Promise<SuiteSummary>,
  printed: readonly string[],
  watch: PageWatch
): Promise<SuiteSummary> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      const seen = [...printed, ...watch.errors].join("\n");
      reject(new Error(`the test page reported no end within ${SUITE_LIMIT_MS} ms:\n${seen}`));
    }, SUITE_LIMIT_MS);
    void done.then((summary) => {
      clearTimeout(timer);
      resolve(summary);
    });
  });
}

const labels = (cases: readonly { area: string; name: string }[]) => cases.map(caseLabel);

// The documented path, and one quirk chosen by the page's ?quirks= (as anyone without Excel can).
it.each(["standard", "tableAutoExpand: never"])(
  "kör hela kontraktet på testbygget i Chromium mot den simulerade Excel (%s) och rapporterar varje fall",
  async (quirk) => {
    const printed: string[] = [];
    const server: ResultServer = await startResultServer({
      root: TEST_BUILD,
      print: (line) => printed.push(line),
    });
    try {
      const page = await browser.newPage();
      const watch = await watchPage(page, server.origin);
      await page.goto(
        `${server.origin}/contract.html?host=fake&quirks=${encodeURIComponent(quirk)}`
      );
      const summary = await withinLimit(server.done, printed, watch);

      const host = `simulerad Excel (${quirk})`;
      expect(printed[0]).toBe(`Kontraktet i ${host}: ${CONTRACT_CASES.length} fall`);
      expect(summary.host).toBe(host);
      expect(summary.missing).toEqual([]);
      expect(labels(server.results)).toEqual(labels(CONTRACT_CASES));
      // Every case passes under this quirk, as in jest (tests/contract/contract.test.ts).
      const failed = server.results.filter((r) => !r.passed);
      expect(labels(failed)).toEqual([]);
      expect(summary).toMatchObject({
        passed: CONTRACT_CASES.length - failed.length,
        failed: failed.length,
      });
      expect(printed.at(-1)).toBe(`${summary.passed} passed, ${summary.failed} failed`);
      // The page showed the same verdict, and asked nothing of the network but Office.js's CDN.
      await page.getByText(`${summary.passed} passed, ${summary.failed} failed`).waitFor();
      expect(
        watch.external.filter((url) => !url.startsWith("https://appsforoffice.microsoft.com/"))
      ).toEqual([]);
    } finally {
      await server.stop();
    }
  }
);
