/**
 * The pane's production bundle against a bare React + Fluent UI v9 page (barePage.tsx) built
 * with the same webpack settings, and the preview's first render in headless Chromium. Both
 * builds go to temp folders: dist/ may be serving someone's tests.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import webpack, { type Configuration, type StatsCompilation } from "webpack";
import { measureFirstRender } from "./firstRender";
import { pageFiles } from "./paneChunks";
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

/** Which chunks each page has: the entrypoints, and the chunks with their relations and origins. */
const STATS = {
  all: false,
  // Chunk ids: without them webpack leaves out the entrypoints' chunk lists.
  ids: true,
  entrypoints: true,
  chunks: true,
  chunkRelations: true,
  chunkOrigins: true,
  chunkModules: true,
  nestedModules: true,
} as const;

function build(config: Configuration): Promise<StatsCompilation> {
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) reject(error);
      else if (!stats || stats.hasErrors()) reject(new Error(stats?.toString("errors-only")));
      else resolve(stats.toJson(STATS));
    });
  });
}

/** `npm run build` (ADDIN_URL unset) into `outDir`. */
async function buildPane(outDir: string): Promise<StatsCompilation> {
  const config = await projectConfig({}, { mode: "production" });
  return build({
    ...config,
    mode: "production",
    context: ROOT,
    output: { ...config.output, path: outDir },
  });
}

/** The same rules, resolution, mode and source maps; one entry and no pages or copies. */
async function buildBarePage(outDir: string): Promise<StatsCompilation> {
  const config = await projectConfig({}, { mode: "production" });
  return build({
    ...config,
    mode: "production",
    context: ROOT,
    entry: { bare: "./bench/barePage.tsx" },
    output: { ...config.output, path: outDir },
    plugins: [],
    performance: false,
  });
}

interface Size {
  bytes: number;
  gzip: number;
}

/** Each file gzipped on its own, as the server sends it. */
function sizeOf(dir: string, files: readonly string[]): Size {
  return files
    .map((file) => readFileSync(path.join(dir, file)))
    .reduce(
      (sum, content) => ({
        bytes: sum.bytes + content.length,
        gzip: sum.gzip + gzipSync(content).length,
      }),
      { bytes: 0, gzip: 0 }
    );
}

export async function runBundleBench(): Promise<void> {
  const paneDir = mkdtempSync(path.join(tmpdir(), "bench-pane-"));
  const bareDir = mkdtempSync(path.join(tmpdir(), "bench-bare-"));
  try {
    progress(`bundle: npm run build's webpack into ${paneDir} (about a minute)`);
    const paneStats = await buildPane(paneDir);
    progress(`bundle: the bare React + Fluent page into ${bareDir}`);
    const bareStats = await buildBarePage(bareDir);

    const bare = sizeOf(bareDir, pageFiles(bareStats, "bare").initial);
    const ratios = (size: Size) => [
      `${num(size.bytes / bare.bytes, 2)} ×`,
      `${num(size.gzip / bare.gzip, 2)} ×`,
    ];
    const targets = (size: Size) => [
      verdict(size.bytes / bare.bytes <= MAX_RATIO, `≤ ${num(MAX_RATIO, 1)} ×`),
      verdict(size.gzip / bare.gzip <= MAX_RATIO, `≤ ${num(MAX_RATIO, 1)} ×`),
    ];
    // The first script is every file the pane loads before its first screen (Start, Ny
    // registrering): the entry's initial chunks with webpack's runtime. The other views, and
    // parts such as the name dialog, come as their own files when first needed; the preview's
    // files (its entry, its charts) are not the pane's.
    const pane = pageFiles(paneStats, "taskpane");
    const first = sizeOf(paneDir, pane.initial);
    // In a dark Office the pane awaits the dark theme's tokens before its first render.
    const darkFirst = sizeOf(paneDir, [
      ...pane.initial,
      ...pane.all.filter((file) => file.startsWith("darkTheme.")),
    ]);
    const total = sizeOf(paneDir, pane.all);
    const rows = [
      [
        `first script (${pane.initial.join(" + ")})`,
        kib(first.bytes),
        kib(first.gzip),
        ...ratios(first),
        ...targets(first),
      ],
      [
        "first script, dark Office (+ darkTheme.js)",
        kib(darkFirst.bytes),
        kib(darkFirst.gzip),
        ...ratios(darkFirst),
        "",
        "",
      ],
      [
        `total, all ${pane.all.length} files of the pane`,
        kib(total.bytes),
        kib(total.gzip),
        ...ratios(total),
        "",
        "",
      ],
    ];
    const commands = sizeOf(paneDir, pageFiles(paneStats, "commands").initial);
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
