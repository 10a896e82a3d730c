// Validates an add-in manifest against Microsoft's XSDs, offline, with xmllint.
//   node scripts/validate-manifest.mjs [manifest]   (default: manifest.xml in the repo root)
// `npm run validate` posts the manifest to an online service instead, which these machines
// cannot reach. The schemas are kept in the repo (schemas/, see their README for the revisions),
// so a clone anywhere validates without anything beside it.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// MANIFEST_SCHEMAS points elsewhere, e.g. to try a newer revision of the schemas.
const schemaDir = path.resolve(
  process.env.MANIFEST_SCHEMAS ?? path.join(root, "schemas/office-addin-manifest")
);
const schema = path.join(schemaDir, "OfficeAppManifestV1_1.xsd");
const manifest = path.resolve(process.argv[2] ?? path.join(root, "manifest.xml"));

function fail(message) {
  console.error(message);
  process.exit(1);
}

if (!existsSync(manifest)) fail(`No manifest at ${manifest}`);
if (!existsSync(schema)) fail(`No manifest schema at ${schema} (expected schemas/ in the repo).`);

// --nonet: the schemas import each other by relative path; nothing needs the network.
const result = spawnSync("xmllint", ["--noout", "--nonet", "--schema", schema, manifest], {
  encoding: "utf8",
});
if (result.error?.code === "ENOENT") {
  fail("xmllint is not installed: apt-get install libxml2-utils");
}
if (result.error) fail(`Could not run xmllint: ${result.error.message}`);

const output = `${result.stdout}${result.stderr}`.trim();
if (result.status !== 0) {
  console.error(output);
  process.exit(result.status ?? 1);
}
console.log(output);
