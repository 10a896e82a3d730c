/** Jest: domain and workbook tests run in node, task pane tests in jsdom. */
const tsJest = [
  "ts-jest",
  {
    // Type checking is `npm run typecheck`'s job; transpiling alone keeps the suites fast.
    isolatedModules: true,
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
  ],
};
