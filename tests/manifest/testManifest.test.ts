/**
 * The contract suite's test add-in (`npm run test:excel`): its manifest is made from
 * manifest.xml, validates against Microsoft's XSDs as that one does, and can never be mistaken
 * for the real add-in (own id, own name, own port) nor open anything but the test page.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { TEST_ID, TEST_URL, testManifest } from "../../scripts/testManifest";

const root = path.resolve(__dirname, "../..");
const manifest = readFileSync(path.join(root, "manifest.xml"), "utf8");
const test = testManifest(manifest);
const dir = mkdtempSync(path.join(tmpdir(), "test-manifest-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const idOf = (xml: string) => /<Id>([^<]*)<\/Id>/.exec(xml)?.[1];
const urlsOf = (xml: string) =>
  [...xml.replace(/<!--[\s\S]*?-->/g, "").matchAll(/"(https:[^"]*)"/g)].map(([, url]) => url);

describe("testtilläggets manifest", () => {
  it("validerar mot Microsofts XSD", () => {
    const file = path.join(dir, "manifest.xml");
    writeFileSync(file, test);
    const script = path.join(root, "scripts/validate-manifest.mjs");
    const run = spawnSync(process.execPath, [script, file], { encoding: "utf8" });
    expect(`${run.stdout}${run.stderr}`).toContain("validates");
    expect(run.status).toBe(0);
  });

  it("har ett eget Id och namnet Effektiviseringar (test)", () => {
    expect(idOf(test)).toBe(TEST_ID);
    expect(idOf(test)).not.toBe(idOf(manifest));
    expect(test).toContain('<DisplayName DefaultValue="Effektiviseringar (test)">');
  });

  it("pekar bara på testbyggets port, och panelen på testsidan", () => {
    const urls = urlsOf(test);
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.filter((url) => !url?.startsWith(TEST_URL))).toEqual([]);
    expect(test).toContain(`<SourceLocation DefaultValue="${TEST_URL}contract.html"/>`);
    expect(test).not.toMatch(/taskpane\.html|commands\.html|ExecuteFunction/);
  });

  it("stoppar när manifest.xml har ändrat form så att något inte kan döpas om", () => {
    expect(() => testManifest(manifest.replace(/<Id>[^<]*<\/Id>/, ""))).toThrow(/testManifest/);
  });
});
