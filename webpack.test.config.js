/**
 * The contract suite's test build, apart from the add-in's own (webpack.config.js), so the
 * production build neither grows nor slows: `dist-test/` with the test page (contract.html and
 * contract.js: the suite, the real adapter, and the simulated Excel for `?host=fake`), the icons
 * and help page its manifest names, and that manifest (scripts/testManifest.js).
 *
 *   npx webpack --config webpack.test.config.js     (npm run build:test)
 *
 * Used by `npm run test:excel` and tests/e2e/contract.e2e.ts; never deployed.
 */
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { testManifest } = require("./scripts/testManifest.js");
const { resolveTypescript, typescriptRule } = require("./scripts/webpackTypescript.js");

module.exports = {
  mode: "production",
  // No source maps and no minifier: the bundle stays readable in Excel's developer tools, and
  // the build stays short inside `npm test`.
  devtool: false,
  optimization: { minimize: false },
  entry: { contract: "./tests/contract/page/main.ts" },
  output: {
    path: path.resolve(__dirname, "dist-test"),
    filename: "[name].js",
    clean: true,
  },
  resolve: resolveTypescript,
  module: { rules: [typescriptRule] },
  plugins: [
    new HtmlWebpackPlugin({
      filename: "contract.html",
      template: "./tests/contract/page/contract.html",
      chunks: ["contract"],
    }),
    new CopyWebpackPlugin({
      patterns: [
        { from: "assets/*.png", to: "assets/[name][ext]" },
        { from: "src/help/help.html", to: "help.html" },
        {
          from: "manifest.xml",
          to: "manifest.xml",
          transform: (content) => testManifest(content.toString()),
        },
      ],
    }),
  ],
  performance: { hints: false },
};
