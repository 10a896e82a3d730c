/**
 * Issue 15's measure: 200 000 invoice lines read and matched against 10 000 effects in headless
 * Chromium, by the pane's own worker script from the production build (dist/, so run
 * `npm run build` or `npm test` first). The page gets the export as a File, as the pane does
 * from its file picker, starts the worker, reads the file's bytes and posts them, then the
 * effects, and times from choosing the file until the suggestions are back on the page (not the
 * workbook's reading of the effects, nor the pane's rendering). Peak memory is the largest sum
 * of the page's and the worker's JS heaps sampled at the same moments (CDP Runtime.getHeapUsage,
 * every 50 ms); the page is the whole preview, simulated Excel included, which holds the effects.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { CDPSession } from "playwright-core";
import { launchChromium } from "../tests/e2e/support/browser";
import { startPreviewServer } from "../tests/e2e/support/previewServer";
import { invoiceExportText, supplierName, supplierOrgNr } from "../scripts/invoiceFixtures";
import { isoDate } from "../src/domain/model/effect";
import { benchEffects } from "./benchEffects";
import { num, progress, verdict } from "./report";

const LINES = 200_000;
const EFFECTS = 10_000;
const SUPPLIERS = 2_000;
const MB = 1024 * 1024;

/** The production build's worker chunk: named by the Worker's `name` in spawnWorker.ts. */
function workerScript(dist: string): string {
  const name = readdirSync(dist).find((file) => /^fakturaimport\.js$/.test(file));
  if (!name) throw new Error(`No import worker in ${dist}: build first (npm run build).`);
  return name;
}

/** Every effect a new contract with one of the export's suppliers, written as people do. */
function effectsForBench() {
  return benchEffects(EFFECTS).map((effect, i) => ({
    ...effect,
    type: i % 10 === 0 ? "Engångsbelopp/vite" : "Nytt avtal",
    supplier: i % 2 === 0 ? supplierName(i % SUPPLIERS) : `Org.nr ${supplierOrgNr(i % SUPPLIERS)}`,
    startDate: effect.startDate ?? isoDate("2026-01-01"),
  }));
}

type Heaps = { page: number; worker: number };

/**
 * Samples both heaps every 50 ms, at the same moments, so the peak is what the tab held at once.
 * Workers have no `performance.memory`: the worker's heap comes through a browser-level CDP
 * session, attached as soon as the worker exists (the timed import starts it, as the pane does).
 */
async function heapSampler(browserCdp: CDPSession, pageCdp: CDPSession) {
  let workerSession: string | null = null;
  let workerHeap = 0;
  let id = 0;
  const peak: Heaps & { sum: number } = { page: 0, worker: 0, sum: 0 };
  browserCdp.on("Target.receivedMessageFromTarget", (event) => {
    const reply = JSON.parse(event.message) as { result?: { usedSize?: number } };
    workerHeap = reply.result?.usedSize ?? workerHeap;
  });
  async function sample() {
    if (workerSession === null) {
      const { targetInfos } = await browserCdp.send("Target.getTargets");
      const worker = targetInfos.find((info) => info.type === "worker");
      if (worker) {
        const attached = await browserCdp.send("Target.attachToTarget", {
          targetId: worker.targetId,
          flatten: false,
        });
        workerSession = attached.sessionId;
      }
    } else {
      await browserCdp.send("Target.sendMessageToTarget", {
        sessionId: workerSession,
        message: JSON.stringify({ id: ++id, method: "Runtime.getHeapUsage" }),
      });
    }
    const { usedSize } = await pageCdp.send("Runtime.getHeapUsage");
    peak.page = Math.max(peak.page, usedSize);
    peak.worker = Math.max(peak.worker, workerHeap);
    peak.sum = Math.max(peak.sum, usedSize + workerHeap);
  }
  const timer = setInterval(() => void sample().catch(() => undefined), 50);
  return { sample, stop: () => clearInterval(timer), peak: () => peak };
}

export async function runInvoiceBench(dist = join(__dirname, "..", "dist")): Promise<void> {
  const script = workerScript(dist);
  progress(`invoice import: making ${num(LINES)} lines and ${num(EFFECTS)} effects`);
  const text = invoiceExportText({ shape: "unit4", lines: LINES, suppliers: SUPPLIERS });
  const effects = effectsForBench();
  const server = await startPreviewServer({ root: dist });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/preview.html`);
    await page.evaluate(
      ({ text, effects }) => {
        const bench = window as unknown as { invoiceFile: File; effects: unknown[] };
        bench.invoiceFile = new File([text], "bench.csv", { type: "text/csv" });
        bench.effects = effects;
      },
      { text, effects }
    );
    const pageCdp = await page.context().newCDPSession(page);
    // A File keeps its bytes outside the JS heap, as the picked file does in the pane: the text
    // handed over to make it is the bench's garbage, not memory the pane would ever hold.
    await pageCdp.send("HeapProfiler.collectGarbage");
    const idle = await pageCdp.send("Runtime.getHeapUsage");
    const heap = await heapSampler(await browser.newBrowserCDPSession(), pageCdp);
    progress("invoice import: reading and matching in the worker");
    const result = await page.evaluate(
      async ({ script }) => {
        const { invoiceFile, effects } = window as unknown as { invoiceFile: File; effects: [] };
        const worker = new Worker(script, { name: "fakturaimport" });
        const ask = (request: unknown, transfer: Transferable[] = []) =>
          new Promise<{
            kind: string;
            mapping?: unknown;
            lineCount?: number;
            followUps?: unknown[];
            problems?: unknown[];
          }>((resolve) => {
            worker.onmessage = (event) => {
              if (event.data.kind !== "progress") resolve(event.data);
            };
            worker.postMessage(request, transfer);
          });
        // As the pane does: the worker starts when the file is chosen, so its start is waited for.
        const started = performance.now();
        const bytes = await invoiceFile.arrayBuffer();
        const analysed = await ask(
          { kind: "analyse", bytes, fileName: "bench.csv", remembered: {} },
          [bytes]
        );
        const analysedMs = performance.now() - started;
        const matched = await ask({ kind: "match", mapping: analysed.mapping, effects });
        const ms = performance.now() - started;
        // The pane keeps the answers (in its state) for the report and Uppföljning.
        Object.assign(window, { analysed, matched });
        return {
          ms: analysed.kind === "analysed" && matched.kind === "matched" ? ms : -1,
          analysedMs,
          lines: matched.lineCount ?? 0,
          effects: matched.followUps?.length ?? 0,
          problems: matched.problems?.length ?? 0,
        };
      },
      { script: `/${script}` }
    );
    // Once more with the answers on the page: its heap cannot be read while it takes them in.
    await heap.sample();
    heap.stop();
    const peak = heap.peak();
    const mb = (bytes: number) => `${num(bytes / MB)} MB`;
    console.log("\nInvoice import in headless Chromium (issue 15)");
    console.log(
      `lines read: ${num(result.lines)} (${num(result.problems)} with problems); effects with suggestions: ${num(result.effects)} of ${num(EFFECTS)}`
    );
    console.log(
      `time: ${num(result.ms / 1000, 2)} s (file read and columns found ${num(result.analysedMs / 1000, 2)} s, then lines matched ${num((result.ms - result.analysedMs) / 1000, 2)} s)  ${verdict(result.ms > 0 && result.ms < 5000, "< 5 s")}`
    );
    console.log(
      `peak memory: ${mb(peak.sum)} (page heap ${mb(idle.usedSize)} idle, ${mb(peak.page)} at most; worker heap ${mb(peak.worker)} at most)  ${verdict(peak.sum < 200 * MB, "< 200 MB")}`
    );
  } finally {
    await browser.close();
    await server.stop();
  }
}
