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

module.exports = {
  mode: "production",
  // No source maps and no minifier: a readable bundle is its own map in Excel's developer
  // tools, and terser was most of this build's time on a small CI machine.
  devtool: false,
  optimization: { minimize: false },
  entry: { contract: "./tests/contract/page/main.ts" },
  output: {
    path: path.resolve(__dirname, "dist-test"),
    filename: "[name].js",
    clean: true,
  },
  resolve: { extensions: [".ts", ".tsx", ".js"] },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: {
          loader: "ts-loader",
          // Type checking is `npm run typecheck`'s job, as in webpack.config.js.
          options: { transpileOnly: true, compilerOptions: { noEmit: false } },
        },
      },
    ],
  },
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
