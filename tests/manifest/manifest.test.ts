/**
 * The add-in manifest: valid against Microsoft's XSDs (offline, with xmllint), localised, and
 * pointing only at files the production build emits. Expects `npm run build` to have run.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DEV_URL, normaliseAddinUrl, rewriteManifestUrls } from "../../scripts/manifestUrl";

const root = path.resolve(__dirname, "../..");
const dist = path.join(root, "dist");
const manifest = readFileSync(path.join(root, "manifest.xml"), "utf8");
const withoutComments = manifest.replace(/<!--[\s\S]*?-->/g, "");

const tempDirs: string[] = [];
afterAll(() => tempDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "manifest-test-"));
  tempDirs.push(dir);
  return dir;
}

function validate(file: string): { ok: boolean; output: string } {
  const script = path.join(root, "scripts/validate-manifest.mjs");
  const run = spawnSync(process.execPath, [script, file], { encoding: "utf8" });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

function validateText(xml: string): { ok: boolean; output: string } {
  const file = path.join(tempDir(), "manifest.xml");
  writeFileSync(file, xml);
  return validate(file);
}

function requireDist(): void {
  if (!existsSync(path.join(dist, "manifest.xml"))) {
    throw new Error("dist/ is missing: run `npm run build` before jest (this test checks it).");
  }
}

/** The localisable strings: elements with these tags that carry a DefaultValue. */
function localisedStrings(
  xml: string,
  tags: string[]
): { tag: string; attrs: string; body: string }[] {
  const element = new RegExp(`<(${tags.join("|")})\\b([^>]*?)(?:/>|>([\\s\\S]*?)</\\1>)`, "g");
  return [...xml.matchAll(element)]
    .map(([, tag = "", attrs = "", body = ""]) => ({ tag, attrs, body }))
    .filter(({ attrs }) => /\bDefaultValue="/.test(attrs));
}

const attr = (attrs: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];

/** Every URL a DefaultValue or Override Value names. */
const urls = [...withoutComments.matchAll(/\b(?:DefaultValue|Value)="(https?:[^"]*)"/g)].map(
  ([, url = ""]) => url
);

describe("manifest.xml mot schemat", () => {
  it("validerar mot Microsofts XSD", () => {
    const result = validate(path.join(root, "manifest.xml"));
    expect(result.output).toContain("validates");
    expect(result.ok).toBe(true);
  });

  it.each([
    ["ett felstavat element", (xml: string) => xml.replace(/(<\/?)Permissions>/g, "$1Permission>")],
    ["ett Id som inte är en GUID", (xml: string) => xml.replace(/<Id>[^<]*</, "<Id>abc<")],
    [
      "ingen SourceLocation",
      (xml: string) => xml.replace(/<SourceLocation DefaultValue=[^>]*>/, ""),
    ],
    ["en knapp utan Supertip", (xml: string) => xml.replace(/<Supertip>[\s\S]*?<\/Supertip>/, "")],
    ["ett okänt behörighetsvärde", (xml: string) => xml.replace(">ReadWriteDocument<", ">All<")],
  ])("underkänner en kopia med %s", (_name, breakIt) => {
    const broken = breakIt(manifest);
    expect(broken).not.toBe(manifest);
    const result = validateText(broken);
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/fails to validate/);
  });
});

describe("manifest.xml mot bygget", () => {
  it("har bara adresser under utvecklingsadressen", () => {
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((url) => !url.startsWith(DEV_URL))).toEqual([]);
  });

  it.each([...new Set(urls)])("%s finns i dist/", (url) => {
    requireDist();
    const file = path.join(dist, new URL(url).pathname);
    expect(existsSync(file)).toBe(true);
  });

  it.each([
    ["taskpane.html", "taskpane.js"],
    ["commands.html", "commands.js"],
  ])("%s laddar Office.js före %s", (page, bundle) => {
    requireDist();
    const html = readFileSync(path.join(dist, page), "utf8");
    const officeJs = html.indexOf("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(officeJs).toBeGreaterThan(-1);
    expect(html.indexOf(bundle)).toBeGreaterThan(officeJs);
  });
});

function runWebpack(outputPath: string, addinUrl: string) {
  const webpack = path.join(root, "node_modules/webpack/bin/webpack.js");
  const args = [webpack, "--mode", "production", "--output-path", outputPath, "--no-stats"];
  return spawnSync(process.execPath, args, {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, ADDIN_URL: addinUrl },
  });
}

describe("ADDIN_URL", () => {
  it.each([
    ["https://addin.example.se/effekt", "https://addin.example.se/effekt/"],
    ["https://addin.example.se/effekt/", "https://addin.example.se/effekt/"],
    ["https://addin.example.se", "https://addin.example.se/"],
    ["  https://addin.example.se:8443/a b/ ", "https://addin.example.se:8443/a%20b/"],
  ])("normaliserar %j till %j", (raw, expected) => {
    expect(normaliseAddinUrl(raw)).toBe(expected);
  });

  it.each([
    ["http://addin.example.se/", /https/],
    ["addin.example.se", /not a URL/],
    ["https://addin.example.se/?v=2", /query or fragment/],
    ["https://addin.example.se/#x", /query or fragment/],
  ])("avvisar %j", (raw, message) => {
    expect(() => normaliseAddinUrl(raw)).toThrow(message);
  });

  it.each([undefined, ""])("lämnar manifestet orört när ADDIN_URL är %j", (baseUrl) => {
    expect(rewriteManifestUrls(manifest, baseUrl)).toBe(manifest);
  });

  it("pekar om varje adress och ger ett giltigt manifest", () => {
    const rewritten = rewriteManifestUrls(manifest, "https://addin.example.se/effekt");
    expect(rewritten).not.toMatch(/localhost/);
    expect(rewritten).toContain('"https://addin.example.se/effekt/taskpane.html"');
    expect(validateText(rewritten).ok).toBe(true);
  });

  // The wiring in webpack.config.js, through a real production build (~10 s).
  it("ger ett dist/manifest.xml utan localhost i ett produktionsbygge", () => {
    const out = tempDir();
    const build = runWebpack(out, "https://addin.example.se/effekt");
    expect({ status: build.status, stderr: build.stderr }).toEqual({ status: 0, stderr: "" });
    const built = readFileSync(path.join(out, "manifest.xml"), "utf8");
    expect(built).not.toMatch(/localhost/);
    expect(built).toContain('"https://addin.example.se/effekt/help.html"');
    expect(validate(path.join(out, "manifest.xml")).ok).toBe(true);
  }, 120_000);

  it("stoppar bygget när ADDIN_URL inte är https", () => {
    const build = runWebpack(tempDir(), "http://addin.example.se/");
    expect(build.status).not.toBe(0);
    expect(build.stderr).toMatch(/ADDIN_URL must use https/);
  }, 60_000);
});

describe("manifest.xml innehåll", () => {
  it("har sv-SE som standardspråk", () => {
    expect(withoutComments).toMatch(/<DefaultLocale>sv-SE<\/DefaultLocale>/);
  });

  it("har ett eget Id i GUID-format", () => {
    const id = /<Id>([^<]*)<\/Id>/.exec(withoutComments)?.[1];
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // The yo-office template's Id: a copy would collide with every other template add-in.
    expect(id).not.toBe("05c2e1c9-3e1d-406e-9a91-e9ac64854143");
  });

  const strings = localisedStrings(withoutComments, ["DisplayName", "Description", "bt:String"]);

  it("har texter att översätta", () => {
    expect(strings.length).toBeGreaterThanOrEqual(7);
  });

  it.each(strings.map((s) => [attr(s.attrs, "id") ?? s.tag, s] as const))(
    "%s har en en-US-översättning",
    (_label, { body }) => {
      const english = /<(?:bt:)?Override\b[^>]*\bLocale="en-US"[^>]*\bValue="([^"]+)"/.exec(body);
      expect(english?.[1]?.trim()).toBeTruthy();
    }
  );

  it.each([
    ["DisplayName", "Effektiviseringar", "Efficiency gains"],
    ["OpenPane.Label", "Registrera effektivisering", "Register efficiency gain"],
  ])("%s heter %j och på engelska %j", (key, swedish, english) => {
    const found = strings.find((s) => s.tag === key || attr(s.attrs, "id") === key);
    expect(found && attr(found.attrs, "DefaultValue")).toBe(swedish);
    expect(found?.body).toContain(`Value="${english}"`);
  });

  it("hänvisar bara till resurser som finns", () => {
    const ids = new Set([...withoutComments.matchAll(/\bid="([^"]+)"/g)].map(([, id]) => id));
    const missing = [...withoutComments.matchAll(/\bresid="([^"]+)"/g)]
      .map(([, resid]) => resid)
      .filter((resid) => !ids.has(resid));
    expect(missing).toEqual([]);
  });

  it("kräver ExcelApi 1.9", () => {
    expect(withoutComments).toMatch(/<Set Name="ExcelApi" MinVersion="1.9"\/>/);
  });
});
