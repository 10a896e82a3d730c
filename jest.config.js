/**
 * Jest: domain and workbook tests run in node, task pane tests in jsdom, and the end-to-end
 * tests drive the built preview (dist/, built by `npm test` before jest) in headless Chromium.
 */
const tsJest = [
  "ts-jest",
  {
    // Type checking is `npm run typecheck`'s job: with `isolatedModules` in tsconfig.json,
    // ts-jest only transpiles, which keeps the suites fast.
    tsconfig: { module: "CommonJS", moduleResolution: "Node10", jsx: "react-jsx" },
  },
];

module.exports = {
  projects: [
    {
      displayName: "node",
      testEnvironment: "node",
      testMatch: ["<rootDir>/tests/**/*.test.ts"],
      testPathIgnorePatterns: ["<rootDir>/tests/e2e/"],
      transform: { "^.+\\.tsx?$": tsJest },
    },
    {
      displayName: "dom",
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/tests/**/*.test.tsx"],
      setupFilesAfterEnv: ["<rootDir>/tests/taskpane/support/setupDom.ts"],
      transform: { "^.+\\.tsx?$": tsJest },
    },
    {
      displayName: "e2e",
      testEnvironment: "node",
      testMatch: ["<rootDir>/tests/e2e/**/*.e2e.ts"],
      setupFilesAfterEnv: ["<rootDir>/tests/e2e/support/setupE2e.ts"],
      transform: { "^.+\\.tsx?$": tsJest },
      // Each file is one browser session whose steps run in order; files share nothing, so
      // they are as safe in one process (--runInBand) as in parallel workers.
      slowTestThreshold: 60,
    },
  ],
};
