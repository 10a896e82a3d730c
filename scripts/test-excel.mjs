// `npm run test:excel`: the adapter's contract suite inside real Excel.
//   1. builds the test add-in (webpack.test.config.js → dist-test/, its own manifest id),
//   2. serves it over https on the test port (Office's dev certificates) with the result server,
//   3. sideloads dist-test/manifest.xml into Excel desktop with office-addin-debugging, which
//      opens a new workbook with the test pane; on other systems, or with --web, it prints the
//      steps for Excel on the web instead,
//   4. prints each case's result as the pane reports it, then "N passed, N failed", and exits
//      non-zero on any failure (or when no verdict arrives within --timeout minutes, default 15).
// Options: --web, --no-build, --timeout <minutes>.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { requireTs } from "./requireTs.mjs";

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { TEST_PORT, TEST_URL, TEST_PAGE } = require("./testManifest.js");
const { startResultServer } = requireTs(path.join(root, "tests/contract/harness/resultServer.ts"));
const manifest = path.join(root, "dist-test", "manifest.xml");

const args = process.argv.slice(2);
const web = args.includes("--web") || !["win32", "darwin"].includes(process.platform);
const timeoutIndex = args.indexOf("--timeout");
const minutes = timeoutIndex >= 0 ? Number(args[timeoutIndex + 1]) : 15;

if (!args.includes("--no-build")) {
  const build = spawnSync(
    "npx",
    ["--no-install", "webpack", "--config", "webpack.test.config.js"],
    {
      cwd: root,
      stdio: "inherit",
    }
  );
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// Excel loads add-ins over https only; installs a local development certificate the first time.
const devCerts = require("office-addin-dev-certs");
const https = await devCerts.getHttpsServerOptions().catch((error) => {
  console.error(`Kunde inte ordna ett betrott utvecklingscertifikat för https://localhost:
  ${error.message}
Installera det en gång med \`npx office-addin-dev-certs install\` (det kräver administratörsrätt).`);
  process.exit(1);
});
const server = await startResultServer({
  root: path.join(root, "dist-test"),
  port: TEST_PORT,
  https,
});
console.log(`Testtillägget serveras på ${TEST_URL}${TEST_PAGE}`);

const debugging = require("office-addin-debugging");
if (web) {
  console.log(`
Excel på webben (eller ett system utan Excel desktop):
  1. Öppna en NY TOM arbetsbok i Excel på webben (testerna tömmer arbetsboken de körs i).
  2. Start → Tillägg → Fler tillägg → Mina tillägg → Ladda upp mitt tillägg
     (Home → Add-ins → More add-ins → Upload My Add-in) och välj
     ${manifest}
  3. Välj Start → "Effektiviseringar (test)" → Registrera effektivisering om panelen inte
     öppnas av sig själv. Panelen kör testerna och rapporterar hit.
`);
} else {
  await debugging.startDebugging(manifest, {
    appType: "desktop",
    app: "excel",
    enableDebugging: false,
    enableLiveReload: false,
    devServerPort: TEST_PORT,
  });
}

const verdict = await Promise.race([server.done, delay(minutes * 60_000, null)]);
if (!web) await debugging.stopDebugging(manifest).catch(() => undefined);
await server.stop();
if (!verdict) {
  // The missing verdict counts as one more failure: a run that never ended has not passed.
  const passed = server.results.filter((r) => r.passed).length;
  console.log(`Inget slutbesked från Excel inom ${minutes} minuter.`);
  console.log(`${passed} passed, ${server.results.length - passed + 1} failed`);
  process.exit(1);
}
process.exit(verdict.failed === 0 ? 0 : 1);
