/**
 * Reads parts of an xlsx file (a zip) as text, without ExcelJS. ExcelJS expands a data
 * validation over a whole column into one entry per cell when it loads a file (a million
 * entries, ~10 s and ~1 GB for the template), so tests read `<dataValidations>` from the
 * sheet XML instead. A minimal zip reader keeps this free of undeclared dependencies.
 */
import { Buffer } from "node:buffer";
import { inflateRawSync } from "node:zlib";

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const STORED = 0;
const DEFLATED = 8;

/** Every file in the zip by its path, decoded as UTF-8. */
export function zipTextParts(bytes: Uint8Array): Map<string, string> {
  const zip = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== END_OF_CENTRAL_DIRECTORY) end -= 1;
  if (end < 0) throw new Error("Not a zip file (no end of central directory)");

  const parts = new Map<string, string>();
  let entry = zip.readUInt32LE(end + 16);
  for (let i = 0; i < zip.readUInt16LE(end + 10); i += 1) {
    if (zip.readUInt32LE(entry) !== CENTRAL_DIRECTORY_ENTRY) throw new Error("Corrupt zip");
    const method = zip.readUInt16LE(entry + 10);
    const size = zip.readUInt32LE(entry + 20);
    const nameLength = zip.readUInt16LE(entry + 28);
    const name = zip.toString("utf8", entry + 46, entry + 46 + nameLength);
    const local = zip.readUInt32LE(entry + 42);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + size);
    if (method !== STORED && method !== DEFLATED) throw new Error(`Zip method ${method}`);
    parts.set(name, (method === DEFLATED ? inflateRawSync(data) : data).toString("utf8"));
    entry += 46 + nameLength + zip.readUInt16LE(entry + 30) + zip.readUInt16LE(entry + 32);
  }
  return parts;
}

export interface ValidationXml {
  sqref: string;
  attributes: Record<string, string>;
  formula1: string | undefined;
}

const decodeXml = (text: string): string =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** The `<dataValidation>` elements of one sheet's XML, in document order. */
export function dataValidationsOf(sheetXml: string): ValidationXml[] {
  const elements = sheetXml.matchAll(
    /<dataValidation\s([^>]*?)\/?>(?:([\s\S]*?)<\/dataValidation>)?/g
  );
  return [...elements].map(([, rawAttributes = "", body = ""]) => {
    const attributes = Object.fromEntries(
      [...rawAttributes.matchAll(/([\w:]+)="([^"]*)"/g)].map(([, key = "", value = ""]) => [
        key,
        decodeXml(value),
      ])
    );
    const formula = /<formula1>([\s\S]*?)<\/formula1>/.exec(body)?.[1];
    return {
      sqref: attributes.sqref ?? "",
      attributes,
      formula1: formula === undefined ? undefined : decodeXml(formula),
    };
  });
}

/** The sheet XML of every worksheet, by sheet name (via workbook.xml and its relationships). */
export function sheetXmlByName(bytes: Uint8Array): Map<string, string> {
  const parts = zipTextParts(bytes);
  const workbook = parts.get("xl/workbook.xml") ?? "";
  const rels = parts.get("xl/_rels/workbook.xml.rels") ?? "";
  const targets = new Map(
    [...rels.matchAll(/<Relationship\s[^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"/g)].map(
      ([, id = "", target = ""]) => [id, target.replace(/^\/?(xl\/)?/, "xl/")]
    )
  );
  const sheets = new Map<string, string>();
  for (const [, attributes = ""] of workbook.matchAll(/<sheet\s([^>]*?)\/>/g)) {
    const name = decodeXml(/name="([^"]*)"/.exec(attributes)?.[1] ?? "");
    const target = targets.get(/r:id="([^"]*)"/.exec(attributes)?.[1] ?? "");
    sheets.set(name, (target && parts.get(target)) ?? "");
  }
  return sheets;
}
