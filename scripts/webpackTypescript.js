/**
 * How both webpack builds (webpack.config.js, the add-in; webpack.test.config.js, the contract
 * suite's test page) compile TypeScript: esbuild-loader, which only strips types (reading
 * tsconfig.json for the JSX runtime and target), an order of magnitude faster than the
 * TypeScript compiler. Type checking is `npm run typecheck`'s job, inside `npm test`; a type
 * error never slows or stops the build, so `npm run preview` starts fast.
 */
const typescriptRule = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  loader: "esbuild-loader",
  options: { target: "es2022" },
};

const resolveTypescript = { extensions: [".ts", ".tsx", ".js"] };

module.exports = { typescriptRule, resolveTypescript };
