/**
 * Builds the task pane and the ribbon commands, after the conventions of Microsoft's yo-office
 * React template: one entry per page, HtmlWebpackPlugin per page, assets and manifest copied,
 * a dev server on the port from package.json. Left out on purpose: babel and polyfills
 * (React 19 and Fluent v9 need an evergreen webview anyway), the vendor split and hot-loader.
 *
 *   npm run build                        dist/ for https://localhost:3000/ (local testing)
 *   ADDIN_URL=https://host/path/ npm run build   dist/ with the manifest pointing at that host
 *   npm run dev-server                   https on localhost (dev certs), as Excel requires
 *   PREVIEW=1 npm run dev-server         plain http, no certificates, for a browser preview
 *   npm run preview                      the same (`--env preview`, no cross-env needed):
 *                                        http://localhost:3000/preview.html
 *
 * preview.html (src/preview) is the real task pane on a simulated Excel, with ExcelJS to load
 * the template; it is its own entry, so none of that reaches taskpane.js. taskpane.html opened
 * outside Office loads preview.js with a script tag (see src/taskpane/index.tsx).
 */
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { normaliseAddinUrl, rewriteManifestUrls } = require("./scripts/manifestUrl.js");
const { atomicIconImports } = require("./scripts/webpackFluentIcons.js");
const { resolveTypescript, typescriptRule } = require("./scripts/webpackTypescript.js");
const packageJson = require("./package.json");

const port = Number(
  process.env.npm_package_config_dev_server_port || packageJson.config.dev_server_port
);

/**
 * The pages and their scripts. The preview's dev server (`npm run preview`) builds only the
 * preview page: it is all a person trying the add-in opens, and it starts faster alone.
 */
const pages = {
  taskpane: { entry: "./src/taskpane/index.tsx", html: "./src/taskpane/taskpane.html" },
  commands: { entry: "./src/commands/commands.ts", html: "./src/commands/commands.html" },
  preview: { entry: "./src/preview/main.tsx", html: "./src/preview/preview.html" },
};

/**
 * The preview's dev server gives the page its libraries in a file of their own, vendor.js
 * (4 MB, React, Fluent UI, ExcelJS), beside the app's preview.js (1 MB): the browser compiles
 * the two in parallel. Only the first page's libraries: the views' stay with their chunks.
 */
const previewVendorSplit = {
  cacheGroups: {
    vendor: { test: /[\\/]node_modules[\\/]/, name: "vendor", chunks: "initial" },
  },
};

/** Excel only loads add-ins over https; the preview in a plain browser does not need it. */
async function devServerTransport(preview) {
  if (preview) return { type: "http" };
  // Required lazily: it may install a certificate, which only the https dev server needs.
  const devCerts = require("office-addin-dev-certs");
  const { ca, key, cert } = await devCerts.getHttpsServerOptions();
  return { type: "https", options: { ca, key, cert } };
}

module.exports = async (env, argv) => {
  const dev = argv.mode === "development";
  const preview = env.preview === true || process.env.PREVIEW === "1";
  // Production only: a dev build always points at localhost. Checked here so a malformed
  // ADDIN_URL fails before the build, not as a broken manifest after it.
  const addinUrl = dev ? undefined : process.env.ADDIN_URL || undefined;
  if (addinUrl) normaliseAddinUrl(addinUrl);
  const built = Object.entries(preview ? { preview: pages.preview } : pages);

  return {
    // Development: line-level maps of the TypeScript, several times faster to build than full
    // ones; not webpack's eval-* maps, which the pages' Content-Security-Policy (no
    // 'unsafe-eval') refuses to run.
    devtool: dev ? "cheap-module-source-map" : "source-map",
    entry: Object.fromEntries(built.map(([name, page]) => [name, page.entry])),
    // Rebuilds reuse the last one's modules from node_modules/.cache; production builds always
    // start clean. The first store waits until the person has the page: writing the cache
    // (~150 MB, mostly Fluent's icons) would otherwise compete with the first page load.
    cache: dev
      ? {
          type: "filesystem",
          name: preview ? "preview" : "development",
          buildDependencies: { config: [path.resolve(__dirname, "webpack.config.js")] },
          // After a start from the cache, too: storing the changes (~1 s) and freeing what the
          // cache read (`allowCollectingMemory`, ~1,3 s of CPU) would both run as the page loads.
          idleTimeoutForInitialStore: 30_000,
          idleTimeoutAfterLargeChanges: 30_000,
          allowCollectingMemory: false,
        }
      : false,
    output: {
      path: path.resolve(__dirname, "dist"),
      // Stable names, no content hashes: the manifest and its test name these files.
      filename: "[name].js",
      // The views the pane loads when first opened (App.tsx), from the same origin as the page,
      // so the Content-Security-Policy's script-src 'self' covers them.
      chunkFilename: "[name].js",
      clean: true,
    },
    resolve: resolveTypescript,
    // The preview page runs React and Fluent UI in their production builds (no development
    // checks or warnings, no StrictMode double renders): it renders its first page in about a
    // third of the CPU time, and webpack never parses react-dom's development build. Warnings
    // are what `npm run dev-server` (in Excel) and the jest suites are for; see README.
    optimization:
      dev && preview ? { nodeEnv: "production", splitChunks: previewVendorSplit } : undefined,
    module: {
      rules: dev ? [atomicIconImports, typescriptRule] : [typescriptRule],
      // ExcelJS's browser build is one self-contained, minified bundle (its own require inside):
      // nothing in it for webpack to resolve, and parsing its ~1 MB cost ~3 s of every preview start.
      noParse: /exceljs[\\/]dist[\\/]exceljs\.min\.js$/,
    },
    plugins: [
      ...built.map(
        ([name, page]) =>
          new HtmlWebpackPlugin({ filename: `${name}.html`, template: page.html, chunks: [name] })
      ),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // The preview fetches the template at run time and loads it into the simulated Excel.
          { from: "assets/Effektiviseringsmall.xlsx", to: "assets/[name][ext]" },
          { from: "src/help/help.html", to: "help.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => rewriteManifestUrls(content.toString(), addinUrl),
          },
        ],
      }),
    ],
    // webpack's default budget (244 KiB) is below React 19 + Fluent v9 alone: this first pane is
    // already 283 KiB minified (90 KiB gzipped), and the form will add Fluent components. A task
    // pane is fetched once and cached, so 1 MiB is fine; the budget still warns when something
    // big slips into the pane (exceljs, a dependency for the template script, is ~1 MB).
    // The preview's files are left out: they carry ExcelJS (~1 MB) by design and never load
    // inside Excel.
    performance: dev
      ? false
      : {
          hints: "warning",
          maxEntrypointSize: 1024 * 1024,
          maxAssetSize: 1024 * 1024,
          assetFilter: (file) => file.endsWith(".js") && !file.startsWith("preview"),
        },
    // The preview prints one line per build: the full listing took ~2 s before the dev server
    // answered the first request. Dependencies change by `npm install`, never while it runs.
    stats: preview ? "minimal" : undefined,
    watchOptions: { ignored: /node_modules/ },
    devServer: env.WEBPACK_SERVE
      ? {
          port,
          headers: { "Access-Control-Allow-Origin": "*" },
          server: await devServerTransport(preview),
          static: false,
          // Plain bytes on localhost: gzipping the preview's 5 MB script took ~0,6 s a request.
          compress: !preview,
          // Live reload only: with no module accepting updates (no React Refresh), every hot
          // update reloaded the page anyway, and the HMR runtime slowed each start by ~1,5 s.
          hot: false,
          // Never opens a browser (CI and servers have none): it prints where to go instead.
          open: false,
          onListening: (devServer) => {
            const scheme = preview ? "http" : "https";
            const url = `${scheme}://localhost:${devServer.server.address().port}`;
            console.log(`\n  Förhandsvisning i webbläsaren: ${url}/preview.html\n`);
          },
        }
      : undefined,
  };
};
