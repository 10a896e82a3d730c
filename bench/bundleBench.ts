/**
 * The pane's production bundle against a bare React + Fluent UI v9 page (barePage.tsx) built
 * with the same webpack settings, and the preview's first render in headless Chromium. Both
 * builds go to temp folders: dist/ may be serving someone's tests.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import webpack, { type Configuration } from "webpack";
import { measureFirstRender } from "./firstRender";
import { kib, num, printTable, progress, verdict } from "./report";

const ROOT = path.resolve(__dirname, "..");
/** Issue 12: the script the pane loads before its first screen is within 1.5 × the bare page. */
const MAX_RATIO = 1.5;

type ConfigFactory = (
  env: Record<string, unknown>,
  argv: { mode: "production" }
) => Promise<Configuration>;

/** webpack.config.js is CommonJS without types; `npm run build` calls the same factory. */
const projectConfig = createRequire(__filename)(
  path.join(ROOT, "webpack.config.js")
) as ConfigFactory;

function build(config: Configuration): Promise<void> {
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) reject(error);
      else if (stats?.hasErrors()) reject(new Error(stats.toString("errors-only")));
      else resolve();
    });
  });
}

/** `npm run build` (ADDIN_URL unset) into `outDir`. */
async function buildPane(outDir: string): Promise<void> {
  const config = await projectConfig({}, { mode: "production" });
  await build({
    ...config,
    mode: "production",
    context: ROOT,
    output: { ...config.output, path: outDir },
  });
}

/** The same rules, resolution, mode and source maps; one entry and no pages or copies. */
async function buildBarePage(outDir: string): Promise<void> {
  const config = await projectConfig({}, { mode: "production" });
  await build({
    ...config,
    mode: "production",
    context: ROOT,
    entry: { bare: "./bench/barePage.tsx" },
    output: { ...config.output, path: outDir },
    plugins: [],
    performance: false,
  });
}

function sizeOf(file: string): { bytes: number; gzip: number } {
  const content = readFileSync(file);
  return { bytes: content.length, gzip: gzipSync(content).length };
}

export async function runBundleBench(): Promise<void> {
  const paneDir = mkdtempSync(path.join(tmpdir(), "bench-pane-"));
  const bareDir = mkdtempSync(path.join(tmpdir(), "bench-bare-"));
  try {
    progress(`bundle: npm run build's webpack into ${paneDir} (about a minute)`);
    await buildPane(paneDir);
    progress(`bundle: the bare React + Fluent page into ${bareDir}`);
    await buildBarePage(bareDir);

    const bare = sizeOf(path.join(bareDir, "bare.js"));
    const ratios = (size: { bytes: number; gzip: number }) => [
      `${num(size.bytes / bare.bytes, 2)} ×`,
      `${num(size.gzip / bare.gzip, 2)} ×`,
    ];
    // taskpane.js is what the pane loads before its first screen (Start, Ny registrering); the
    // other views come as their own scripts when first opened. The preview's are not the pane's.
    const paneScripts = readdirSync(paneDir).filter(
      (file) => file.endsWith(".js") && !["commands.js", "preview.js"].includes(file)
    );
    const total = paneScripts
      .map((file) => sizeOf(path.join(paneDir, file)))
      .reduce((sum, size) => ({ bytes: sum.bytes + size.bytes, gzip: sum.gzip + size.gzip }));
    const first = sizeOf(path.join(paneDir, "taskpane.js"));
    const rows = [
      [
        "first script (taskpane.js)",
        kib(first.bytes),
        kib(first.gzip),
        ...ratios(first),
        verdict(first.bytes / bare.bytes <= MAX_RATIO, `≤ ${num(MAX_RATIO, 1)} ×`),
        verdict(first.gzip / bare.gzip <= MAX_RATIO, `≤ ${num(MAX_RATIO, 1)} ×`),
      ],
      [
        `total, all ${paneScripts.length} scripts of the pane`,
        kib(total.bytes),
        kib(total.gzip),
        ...ratios(total),
        "",
        "",
      ],
    ];
    const commands = sizeOf(path.join(paneDir, "commands.js"));
    rows.push([
      "commands.js",
      kib(commands.bytes),
      kib(commands.gzip),
      ...ratios(commands),
      "",
      "",
    ]);
    rows.push(["bare React + Fluent page", kib(bare.bytes), kib(bare.gzip), "1 ×", "1 ×", "", ""]);
    printTable(
      "Bundle: production build, minified (gzip -6), against a bare React + Fluent UI v9 page",
      ["file", "bytes", "gzip", "× bare", "× bare gzip", "target", "target gzip"],
      rows,
      "lrrrrll"
    );

    const render = await measureFirstRender(paneDir);
    printTable(
      `First render of the preview in headless Chromium (ms from navigation start, median of ${render.runs})`,
      ["page", "first heading visible", "pane ready (workbook read)"],
      render.pages.map((page) => [page.url, num(page.firstHeadingMs), num(page.readyMs)]),
      "lrr"
    );
  } finally {
    rmSync(paneDir, { recursive: true, force: true });
    rmSync(bareDir, { recursive: true, force: true });
  }
}
