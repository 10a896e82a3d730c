/**
 * How both webpack builds (webpack.config.js, the add-in; webpack.test.config.js, the contract
 * suite's test page) compile TypeScript: ts-loader, transpile only. Type checking is
 * `npm run typecheck`'s job; tsconfig.json says noEmit for tsc alone.
 */
const typescriptRule = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: {
    loader: "ts-loader",
    options: { transpileOnly: true, compilerOptions: { noEmit: false } },
  },
};

const resolveTypescript = { extensions: [".ts", ".tsx", ".js"] };

module.exports = { typescriptRule, resolveTypescript };
