// Renders assets/icon.svg (and the simplified assets/icon-16.svg) to the PNG sizes the manifest
// names, with a transparent background. The PNGs are committed; run this only after editing the
// SVGs: `node scripts/make-icons.mjs`. Needs Debian's chromium (no browser download).
/* global Buffer */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const assets = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../assets");

/** Each PNG size and the SVG drawn for it: the 32 px grid scales up, 16 px has its own drawing. */
const targets = [
  { size: 16, svg: "icon-16.svg" },
  { size: 32, svg: "icon.svg" },
  { size: 64, svg: "icon.svg" },
  { size: 80, svg: "icon.svg" },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
  ],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const { size, svg } of targets) {
    const source = await readFile(path.join(assets, svg), "utf8");
    const dataUrl = `data:image/svg+xml;base64,${Buffer.from(source).toString("base64")}`;
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">` +
        `<img src="${dataUrl}" width="${size}" height="${size}" style="display:block"></body></html>`
    );
    await page.locator("img").evaluate((img) => img.decode());
    const out = path.join(assets, `icon-${size}.png`);
    await page.screenshot({
      path: out,
      omitBackground: true,
      clip: { x: 0, y: 0, width: size, height: size },
    });
    console.log(`wrote ${path.relative(process.cwd(), out)}`);
  }
} finally {
  await browser.close();
}
