/**
 * The preview's time to a usable page, as a new user meets it: from `npm run preview` to the
 * pane in headless Chromium saying the workbook is ready (the pane has read the workbook and
 * answers keys and clicks). Prints seconds; run it on a quiet machine, it starts and stops its
 * own dev server: `node bench/previewStartup.mjs [port] [--cold]`. `--cold` first removes
 * webpack's cache of the preview, as after `npm install` on a fresh clone; without it a
 * start after a preview that ran over 30 s reuses the modules built then (webpack.config.js).
 */
/* global console, fetch, performance */
import { spawn } from "node:child_process";
import { rm } from "node:fs/promises";
import { URL } from "node:url";
import process from "node:process";
import { setTimeout as sleep } from "node:timers/promises";
import { chromium } from "playwright-core";

const cold = process.argv.includes("--cold");
const port = Number(process.argv.slice(2).find((arg) => !arg.startsWith("--")) ?? 3123);
const cache = new URL("../node_modules/.cache/webpack/preview", import.meta.url);
if (cold) await rm(cache, { recursive: true, force: true });
const url = `http://localhost:${port}/preview.html`;
const READY_TEXT = "Arbetsboken är redo för registrering.";
const started = performance.now();
// The command README gives, on a port of its own.
const server = spawn("npm", ["run", "preview", "--", "--port", String(port)], {
  stdio: "ignore",
  detached: true,
});
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);

async function served() {
  for (;;) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
}

/**
 * Stops the dev server and waits until it has exited: on SIGTERM webpack stores its cache
 * first (~10-30 s of CPU), which would otherwise run into the next measurement.
 */
async function stopped(child) {
  const alive = () => {
    try {
      process.kill(-child.pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  process.kill(-child.pid, "SIGTERM");
  for (let waited = 0; alive() && waited < 120_000; waited += 200) await sleep(200);
  if (alive()) process.kill(-child.pid, "SIGKILL");
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu"],
});
try {
  await served();
  const servedAt = seconds();
  const page = await browser.newPage();
  await page.goto(url, { timeout: 120_000 });
  await page.getByText(READY_TEXT).first().waitFor({ timeout: 120_000 });
  console.log(`dev server answering: ${servedAt} s; pane ready: ${seconds()} s`);
} finally {
  await browser.close();
  await stopped(server);
}
