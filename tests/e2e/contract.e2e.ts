/**
 * The proof of `npm run test:excel`'s harness without Excel: the same test build (dist-test/,
 * `npm run build:test`), served by the same result server, runs the contract suite in headless
 * Chromium on the simulated Excel (`?host=fake`). Only the host differs from the run in Excel.
 */
import path from "node:path";
import type { Browser } from "playwright-core";
import { startResultServer, type ResultServer } from "../contract/harness/resultServer";
import type { SuiteSummary } from "../contract/harness/summary";
import { KNOWN_FAILURES } from "../contract/knownFailures";
import { CONTRACT_CASES } from "../contract/suite";
import { launchChromium, watchPage, type PageWatch } from "./support/browser";

const TEST_BUILD = path.resolve(__dirname, "../../dist-test");
/** The suite takes a few seconds in Chromium; a page that hangs must fail, not stall jest. */
const SUITE_LIMIT_MS = 90_000;

let server: ResultServer;
let browser: Browser;
const printed: string[] = [];

beforeAll(async () => {
  server = await startResultServer({ root: TEST_BUILD, print: (line) => printed.push(line) });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

function withinLimit(done: Promise<SuiteSummary>, watch: PageWatch): Promise<SuiteSummary> {
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

/** The cases known to fail on the documented path until issue 11 §2 lands (knownFailures.ts). */
const expectedFailures = CONTRACT_CASES.filter((c) =>
  KNOWN_FAILURES.some((k) => k.case === c.name && (k.quirks?.includes("standard") ?? true))
).map((c) => `${c.area}: ${c.name}`);

it("kör hela kontraktet på testbygget i Chromium mot den simulerade Excel och rapporterar varje fall", async () => {
  const page = await browser.newPage();
  const watch = await watchPage(page, server.origin);
  await page.goto(`${server.origin}/contract.html?host=fake`);
  const summary = await withinLimit(server.done, watch);

  expect(printed[0]).toBe(`Kontraktet i simulerad Excel (standard): ${CONTRACT_CASES.length} fall`);
  expect(summary.host).toBe("simulerad Excel (standard)");
  expect(summary.missing).toEqual([]);
  expect(server.results.map((r) => `${r.area}: ${r.name}`)).toEqual(
    CONTRACT_CASES.map((c) => `${c.area}: ${c.name}`)
  );
  const failed = server.results.filter((r) => !r.passed);
  expect(failed.map((r) => `${r.area}: ${r.name}`)).toEqual(expectedFailures);
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
});
