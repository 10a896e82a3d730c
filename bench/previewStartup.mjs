/**
 * The preview's time to a usable page, as a new user meets it: from `npm run preview` to the
 * pane in headless Chromium saying the workbook is ready. Prints seconds; run it on a quiet
 * machine (`node bench/previewStartup.mjs [port]`), it starts and stops its own dev server.
 */
/* global console, fetch, performance */
import { spawn } from "node:child_process";
import process from "node:process";
import { setTimeout as sleep } from "node:timers/promises";
import { chromium } from "playwright-core";

const port = Number(process.argv[2] ?? 3123);
const url = `http://localhost:${port}/preview.html`;
const READY_TEXT = "Arbetsboken är redo för registrering.";
const started = performance.now();
const server = spawn(
  "npx",
  ["webpack", "serve", "--mode", "development", "--env", "preview", "--port", String(port)],
  {
    stdio: "ignore",
    detached: true,
  }
);
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

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu"],
});
try {
  await served();
  const servedAt = seconds();
  const page = await browser.newPage();
  await page.goto(url);
  await page.getByText(READY_TEXT).first().waitFor({ timeout: 120_000 });
  console.log(`dev server answering: ${servedAt} s; pane ready: ${seconds()} s`);
} finally {
  await browser.close();
  process.kill(-server.pid);
}
