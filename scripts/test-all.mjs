// `npm test`: every check the project has, in one run, closing with the plain line
// "N passed, N failed". Type checks, lint and the production build count as one check
// each; jest reports its own tests. Later steps still run when an earlier one fails, so
// one run shows everything that is wrong.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const npx = (args) => ["npx", ["--no-install", ...args]];
const checks = [
  ["type check (app)", npx(["tsc", "--noEmit", "-p", "tsconfig.json"])],
  ["type check (pure domain)", npx(["tsc", "--noEmit", "-p", "src/domain/tsconfig.json"])],
  ["lint", npx(["eslint", "."])],
  // Each folder a room you can read on its own: no module imports itself round a loop. Type-only
  // imports (`import type`) are not counted (package.json "madge"): they vanish from the built
  // code, and the simulated Excel's proxies name each other's types as Excel's own API does
  // (a Range's Worksheet, a Worksheet's Ranges).
  [
    "no import cycles",
    npx(["madge", "--circular", "--extensions", "ts,tsx", "--ts-config", "tsconfig.json", "src"]),
  ],
  ["production build", npx(["webpack", "--mode", "production"])],
  // The contract suite's test page, which tests/e2e/contract.e2e.ts runs in Chromium.
  ["test build (contract suite)", npx(["webpack", "--config", "webpack.test.config.js"])],
];

let passed = 0;
let failed = 0;

for (const [name, [command, args]] of checks) {
  const run = spawnSync(command, args, { stdio: "inherit" });
  if (run.status === 0) {
    passed += 1;
    console.log(`ok: ${name}`);
  } else {
    failed += 1;
    console.log(`FAILED: ${name}`);
  }
}

const report = path.join(mkdtempSync(path.join(tmpdir(), "jest-")), "report.json");
const jest = spawnSync(
  "npx",
  [
    "--no-install",
    "jest",
    "--ci",
    "--maxWorkers=2",
    "--json",
    `--outputFile=${report}`,
    ...process.argv.slice(2),
  ],
  { stdio: "inherit" }
);
try {
  const results = JSON.parse(readFileSync(report, "utf8"));
  passed += results.numPassedTests;
  failed += results.numFailedTests;
  // A suite that cannot even load (syntax error, missing module) has no failed test: count it.
  failed += results.numRuntimeErrorTestSuites;
} catch {
  console.log(`FAILED: jest wrote no report (exit ${jest.status})`);
  failed += 1;
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
