/**
 * Issue 15's measure: 200 000 invoice lines read and matched against 10 000 effects in headless
 * Chromium, by the pane's own worker script from the production build (dist/, so run
 * `npm run build` or `npm test` first). The page gets the export as a File, as the pane does
 * from its file picker, reads its bytes and posts them with the effects to the worker, and times
 * from reading the file until the suggestions come back. Peak memory is the worker's JS heap
 * (CDP Runtime.getHeapUsage on the worker's target, sampled every 50 ms) plus the page's
 * (Performance.getMetrics JSHeapUsedSize), which holds the effects.
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

/** Samples the worker's heap through a browser-level CDP session (workers have no `performance.memory`). */
async function workerHeapSampler(cdp: CDPSession) {
  const { targetInfos } = await cdp.send("Target.getTargets");
  const target = targetInfos.find((info) => info.type === "worker");
  if (!target) throw new Error("The import worker's target was not found.");
  const { sessionId } = await cdp.send("Target.attachToTarget", {
    targetId: target.targetId,
    flatten: false,
  });
  let peak = 0;
  let id = 0;
  cdp.on("Target.receivedMessageFromTarget", (event) => {
    const reply = JSON.parse(event.message) as { result?: { usedSize?: number } };
    peak = Math.max(peak, reply.result?.usedSize ?? 0);
  });
  const timer = setInterval(() => {
    void cdp.send("Target.sendMessageToTarget", {
      sessionId,
      message: JSON.stringify({ id: ++id, method: "Runtime.getHeapUsage" }),
    });
  }, 50);
  return { stop: () => clearInterval(timer), peak: () => peak };
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
    // A File keeps its bytes outside the JS heap, as the picked file does in the pane: the
    // text handed over here is then garbage, not a copy the pane would never hold.
    await page.evaluate(
      ({ script, text }) => {
        const bench = window as unknown as { importWorker: Worker; invoiceFile: File };
        bench.importWorker = new Worker(script, { name: "fakturaimport" });
        bench.invoiceFile = new File([text], "bench.csv", { type: "text/csv" });
      },
      { script: `/${script}`, text }
    );
    const cdp = await browser.newBrowserCDPSession();
    const heap = await workerHeapSampler(cdp);
    const pageCdp = await page.context().newCDPSession(page);
    await pageCdp.send("Performance.enable");
    progress("invoice import: reading and matching in the worker");
    const result = await page.evaluate(
      async ({ effects }) => {
        const { importWorker: worker, invoiceFile } = window as unknown as {
          importWorker: Worker;
          invoiceFile: File;
        };
        const ask = (request: unknown, transfer: Transferable[] = []) =>
          new Promise<{
            kind: string;
            lineCount?: number;
            followUps?: unknown[];
            problems?: unknown[];
          }>((resolve) => {
            worker.onmessage = (event) => {
              if (event.data.kind !== "progress") resolve(event.data);
            };
            worker.postMessage(request, transfer);
          });
        const started = performance.now();
        const bytes = await invoiceFile.arrayBuffer();
        const analysed = await ask(
          { kind: "analyse", bytes, fileName: "bench.csv", remembered: {} },
          [bytes]
        );
        if (analysed.kind !== "analysed") return { ms: -1, lines: 0, effects: 0, problems: 0 };
        const mapping = (analysed as unknown as { mapping: unknown }).mapping;
        const matched = await ask({ kind: "match", mapping, effects });
        return {
          ms: performance.now() - started,
          lines: matched.lineCount ?? 0,
          effects: matched.followUps?.length ?? 0,
          problems: matched.problems?.length ?? 0,
        };
      },
      { effects }
    );
    heap.stop();
    const { metrics } = await pageCdp.send("Performance.getMetrics");
    const pageHeap = metrics.find((metric) => metric.name === "JSHeapUsedSize")?.value ?? 0;
    const peakMb = (heap.peak() + pageHeap) / MB;
    console.log("\nInvoice import in headless Chromium (issue 15)");
    console.log(
      `lines read: ${num(result.lines)} (${num(result.problems)} with problems); effects with suggestions: ${num(result.effects)} of ${num(EFFECTS)}`
    );
    console.log(
      `time: ${num(result.ms / 1000, 2)} s  ${verdict(result.ms > 0 && result.ms < 5000, "< 5 s")}`
    );
    console.log(
      `peak memory: ${num(peakMb)} MB (worker heap ${num(heap.peak() / MB)} MB + page heap ${num(pageHeap / MB)} MB)  ${verdict(peakMb < 200, "< 200 MB")}`
    );
  } finally {
    await browser.close();
    await server.stop();
  }
}
