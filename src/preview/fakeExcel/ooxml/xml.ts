/**
 * Just enough XML for the parts ExcelJS gets wrong or cannot do (see zipParts.ts). The parts
 * are machine-written SpreadsheetML, so attribute-level regular expressions are reliable.
 */
import JSZip from "jszip";

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#x?[0-9a-fA-F]+);/g, (_m, name: string) => {
    if (name.startsWith("#x")) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name] ?? "";
  });
}

export function encode(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

export function attributes(tag: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:]+)="([^"]*)"/g)) result[m[1] ?? ""] = decode(m[2] ?? "");
  return result;
}

/** Sets or appends one attribute on the start of a tag, given without its closing ">". */
export function withAttribute(tag: string, name: string, value: string): string {
  const pattern = new RegExp(`\\s${name}="[^"]*"`);
  if (pattern.test(tag)) return tag.replace(pattern, ` ${name}="${encode(value)}"`);
  return `${tag} ${name}="${encode(value)}"`;
}

export async function readText(zip: JSZip, path: string): Promise<string | undefined> {
  return zip.file(path)?.async("string");
}

/** Sheet name → path of its XML part, from xl/workbook.xml and its relationships. */
export async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = (await readText(zip, "xl/workbook.xml")) ?? "";
  const rels = (await readText(zip, "xl/_rels/workbook.xml.rels")) ?? "";
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const a = attributes(m[0]);
    if (a.Id && a.Target) targets.set(a.Id, a.Target.replace(/^\/?(xl\/)?/, "xl/"));
  }
  const parts = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const a = attributes(m[0]);
    const target = targets.get(a["r:id"] ?? "");
    if (a.name && target) parts.set(a.name, target);
  }
  return parts;
}

export { JSZip };
