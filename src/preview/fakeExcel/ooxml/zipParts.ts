/**
 * The two things the xlsx bridge does on the zip itself, because ExcelJS 4.4 cannot:
 * - quotePrefix (the cell style flag Excel sets for text typed with a leading apostrophe):
 *   ExcelJS neither reads nor writes it.
 * - data validations: ExcelJS reads a rule on "D2:D1048576" into a million per-cell entries
 *   (seconds and hundreds of MB per column), and cannot write `showDropDown`. So we take the
 *   <dataValidations> block out before ExcelJS reads the file and parse it ourselves.
 */
import { columnLetters, parseRect } from "../model/address";
import { lastCol, lastRow } from "../model/rect";
import type { Rect } from "../model/types";
import { attributes, decode, JSZip, readText, sheetParts, withAttribute } from "./xml";

export interface ListValidationPart {
  rect: Rect;
  source: string;
  inCellDropDown: boolean;
}

export interface SheetExtras {
  validations: ListValidationPart[];
  /** A1 addresses of quote-prefixed cells. */
  quotePrefixed: Set<string>;
}

/** Cell formats (cellXfs) that carry quotePrefix="1". */
function quotePrefixStyles(styles: string): Set<number> {
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? "";
  const found = new Set<number>();
  [...xfs.matchAll(/<xf\b[^>]*>/g)].forEach((m, i) => {
    const flag = attributes(m[0]).quotePrefix;
    if (flag === "1" || flag === "true") found.add(i);
  });
  return found;
}

/** OOXML keeps "a,b" lists as a quoted string formula and ranges without "=". */
function listSource(formula: string): string {
  return formula.startsWith('"') ? formula.slice(1, -1).replace(/""/g, '"') : `=${formula}`;
}

function parseValidations(block: string): ListValidationPart[] {
  const parts: ListValidationPart[] = [];
  for (const m of block.matchAll(/<dataValidation\b([^>]*)>([\s\S]*?)<\/dataValidation>/g)) {
    const a = attributes(m[1] ?? "");
    const formula = /<(?:\w+:)?formula1>([\s\S]*?)<\/(?:\w+:)?formula1>/.exec(m[2] ?? "")?.[1];
    if (a.type !== "list" || formula === undefined || !a.sqref) continue;
    // showDropDown="1" hides the arrow: OOXML's flag is the inverse of inCellDropDown.
    const inCellDropDown = a.showDropDown !== "1" && a.showDropDown !== "true";
    for (const ref of a.sqref.split(/\s+/)) {
      parts.push({ rect: parseRect(ref), source: listSource(decode(formula)), inCellDropDown });
    }
  }
  return parts;
}

/** Reads what ExcelJS cannot, and returns the file without <dataValidations> for ExcelJS. */
export async function extractExtras(
  data: Uint8Array
): Promise<{ cleaned: ArrayBuffer; extras: Map<string, SheetExtras> }> {
  const zip = await JSZip.loadAsync(data);
  const prefixStyles = quotePrefixStyles((await readText(zip, "xl/styles.xml")) ?? "");
  const extras = new Map<string, SheetExtras>();
  for (const [name, path] of await sheetParts(zip)) {
    const xml = await readText(zip, path);
    if (xml === undefined) continue;
    const block = /<dataValidations\b[^>]*>[\s\S]*?<\/dataValidations>/.exec(xml)?.[0] ?? "";
    const quotePrefixed = new Set<string>();
    for (const m of xml.matchAll(/<c\b[^>]*>/g)) {
      const a = attributes(m[0]);
      if (a.r && prefixStyles.has(Number(a.s ?? 0))) quotePrefixed.add(a.r);
    }
    extras.set(name, { validations: parseValidations(block), quotePrefixed });
    if (block) zip.file(path, xml.replace(block, ""));
  }
  return { cleaned: await zip.generateAsync({ type: "arraybuffer" }), extras };
}

/** Adds quotePrefix styles and hidden drop-downs to a file ExcelJS wrote. */
export async function injectExtras(zip: JSZip, extras: Map<string, SheetExtras>): Promise<void> {
  let styles = (await readText(zip, "xl/styles.xml")) ?? "";
  const xfBlock = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles);
  const xfs = [...(xfBlock?.[1] ?? "").matchAll(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)].map(
    (m) => m[0]
  );
  const clones = new Map<number, number>();
  const prefixed = (s: number): number => {
    const known = clones.get(s);
    if (known !== undefined) return known;
    const xf = xfs[s] ?? "<xf/>";
    xfs.push(xf.replace(/^<xf\b[^>]*?(?=\/?>)/, (open) => withAttribute(open, "quotePrefix", "1")));
    clones.set(s, xfs.length - 1);
    return xfs.length - 1;
  };
  for (const [name, path] of await sheetParts(zip)) {
    const sheet = extras.get(name);
    let xml = await readText(zip, path);
    if (!sheet || xml === undefined) continue;
    xml = xml.replace(/<c\b[^>]*?(?=\/?>)/g, (tag) => {
      const a = attributes(tag);
      return a.r && sheet.quotePrefixed.has(a.r)
        ? withAttribute(tag, "s", String(prefixed(Number(a.s ?? 0))))
        : tag;
    });
    for (const v of sheet.validations.filter((x) => !x.inCellDropDown)) {
      xml = xml.replace(/<dataValidation\b[^>]*?(?=>)/g, (tag) =>
        attributes(tag).sqref === formatPlain(v.rect)
          ? withAttribute(tag, "showDropDown", "1")
          : tag
      );
    }
    zip.file(path, xml);
  }
  if (xfBlock && clones.size > 0) {
    const open = withAttribute(
      /<cellXfs\b[^>]*(?=>)/.exec(xfBlock[0])?.[0] ?? "<cellXfs",
      "count",
      String(xfs.length)
    );
    styles = styles.replace(xfBlock[0], `${open}>${xfs.join("")}</cellXfs>`);
    zip.file("xl/styles.xml", styles);
  }
}

/** "A1:B2" always, even for whole columns (ExcelJS cannot parse "D:D"). */
export function formatPlain(rect: Rect): string {
  const last = `${columnLetters(lastCol(rect))}${lastRow(rect) + 1}`;
  return `${columnLetters(rect.col)}${rect.row + 1}:${last}`;
}
