/**
 * @jest-environment jsdom
 *
 * The built pages carry a Content-Security-Policy that allows no script from anywhere but this
 * origin and Office's CDN, and the source never hands user text to the browser as HTML.
 * Reads dist/ as `npm test` builds it before jest (or BUILT_SITE, a build elsewhere).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
const SITE = path.resolve(process.env.BUILT_SITE ?? path.join(ROOT, "dist"));
const OFFICE_CDN = "https://appsforoffice.microsoft.com";

/** The pages Office loads; the preview and help pages are checked for the common rules. */
const OFFICE_PAGES = ["taskpane.html", "commands.html"];
const PAGES = [...OFFICE_PAGES, "preview.html", "help.html"];

type Policy = Map<string, string[]>;

function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const directive of text.split(";")) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** Where scripts may come from: script-src, or default-src when there is none. */
const scriptSources = (policy: Policy): string[] =>
  policy.get("script-src") ?? policy.get("default-src") ?? [];

/** `*`, a whole scheme (`https:`) or a host wildcard (`*.example.com`): any script at all. */
const isWildcard = (source: string): boolean =>
  source.includes("*") || /^[a-z][a-z0-9+.-]*:$/i.test(source);

function builtPage(name: string): Document {
  const file = path.join(SITE, name);
  if (!existsSync(file)) throw new Error(`${file} is missing: build first (npm test does).`);
  return new DOMParser().parseFromString(readFileSync(file, "utf8"), "text/html");
}

function cspMetas(page: Document): HTMLMetaElement[] {
  return [...page.querySelectorAll("meta")].filter(
    (meta) => meta.httpEquiv.toLowerCase() === "content-security-policy"
  );
}

describe.each(PAGES)("%s (byggd)", (name) => {
  const page = builtPage(name);
  const metas = cspMetas(page);
  const policy = parsePolicy(metas[0]?.content ?? "");

  it("har en Content-Security-Policy", () => {
    expect(metas).toHaveLength(1);
    expect(policy.get("default-src")).toBeDefined();
  });

  it("tillåter inga skript med jokertecken, inline eller eval", () => {
    const sources = scriptSources(policy);
    expect(sources.filter(isWildcard)).toEqual([]);
    expect(sources).not.toContain("'unsafe-eval'");
    expect(sources).not.toContain("'unsafe-inline'");
    expect(policy.get("default-src") ?? []).not.toContain("'unsafe-eval'");
  });

  it("sätter policyn före varje skript (en meta-policy gäller bara det som följer)", () => {
    const [meta] = metas;
    for (const script of page.querySelectorAll("script")) {
      expect(meta?.compareDocumentPosition(script)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    }
  });
});

describe.each(OFFICE_PAGES)("%s, som Office laddar", (name) => {
  const policy = parsePolicy(cspMetas(builtPage(name))[0]?.content ?? "");

  it("hämtar skript bara härifrån och från Office CDN", () => {
    expect(policy.get("script-src")).toEqual(["'self'", OFFICE_CDN]);
  });

  it("ansluter bara till sitt eget ursprung", () => {
    expect(policy.get("connect-src")).toEqual(["'self'"]);
  });

  it("laddar Office.js från den källa policyn tillåter", () => {
    const sources = [...builtPage(name).querySelectorAll("script")].map((s) => s.src);
    expect(sources.filter((src) => src.startsWith(OFFICE_CDN))).toEqual([
      `${OFFICE_CDN}/lib/1/hosted/office.js`,
    ]);
  });
});

describe("användarens text visas som text, aldrig som HTML", () => {
  /** Every API that parses a string as HTML (React's included). */
  const HTML_SINKS =
    /\b(dangerouslySetInnerHTML|innerHTML|outerHTML|insertAdjacentHTML)\b|document\.write/;

  const sourceFiles = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) return sourceFiles(file);
      return /\.(ts|tsx|js|mjs)$/.test(entry.name) ? [file] : [];
    });

  it("inget i src/ tolkar en sträng som HTML", () => {
    const offenders = sourceFiles(path.join(ROOT, "src")).flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .flatMap((line, i) =>
          HTML_SINKS.test(line) ? [`${path.relative(ROOT, file)}:${i + 1}: ${line.trim()}`] : []
        )
    );
    expect(offenders).toEqual([]);
  });
});
