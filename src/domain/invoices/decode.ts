/**
 * Bytes of an exported file to text. Finance systems write UTF-8 (with or without BOM),
 * Windows-1252 or UTF-16 LE, and say nothing about which: valid UTF-8 is read as UTF-8,
 * anything else as Windows-1252 (every byte is a character there, so nothing is lost).
 * Decoded here rather than by TextDecoder: the domain has no DOM, and Node's windows-1252
 * decoder has got bytes 0x80–0x9F wrong (nodejs/node#60888) where the tests run. The UTF-8
 * step can be passed in: the worker passes the platform's, several times faster on big files.
 */

export type InvoiceEncoding = "utf-8" | "utf-8-bom" | "windows-1252" | "utf-16le";

export interface DecodedText {
  text: string;
  encoding: InvoiceEncoding;
}

/** Strict UTF-8 to text, or null when the bytes are not valid UTF-8. */
export type Utf8Decoder = (bytes: Uint8Array) => string | null;

/** Windows-1252's characters for 0x80–0x9F (the rest of the bytes are Latin-1 code points). */
const CP1252_HIGH =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

/** Strings are built from code units in slices: fromCharCode takes at most ~64k arguments. */
const SLICE = 0x8000;

export function decodeInvoiceBytes(bytes: Uint8Array, utf8: Utf8Decoder = decodeUtf8): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = utf8(bytes.subarray(3));
    if (text !== null) return { text, encoding: "utf-8-bom" };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: decodeUtf16le(bytes.subarray(2)), encoding: "utf-16le" };
  }
  const text = utf8(bytes);
  if (text !== null) return { text, encoding: "utf-8" };
  return { text: decodeWindows1252(bytes), encoding: "windows-1252" };
}

function unitsToString(units: Uint16Array, length: number): string {
  let text = "";
  for (let at = 0; at < length; at += SLICE) {
    // apply, not spread: spreading a typed array walks its iterator, ten times slower here.
    text += String.fromCharCode.apply(
      null,
      units.subarray(at, Math.min(at + SLICE, length)) as unknown as number[]
    );
  }
  return text;
}

export function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] as number;
    units[i] = byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH.charCodeAt(byte - 0x80) : byte;
  }
  return unitsToString(units, units.length);
}

function decodeUtf16le(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length >> 1);
  for (let i = 0; i < units.length; i++) {
    units[i] = (bytes[2 * i] as number) | ((bytes[2 * i + 1] as number) << 8);
  }
  return unitsToString(units, units.length);
}

/** Strict UTF-8 (no overlong forms, no surrogates), or null at the first invalid sequence. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  const units = new Uint16Array(bytes.length);
  let length = 0;
  let i = 0;
  while (i < bytes.length) {
    const first = bytes[i] as number;
    if (first < 0x80) {
      units[length++] = first;
      i++;
      continue;
    }
    const size = first >= 0xc2 && first <= 0xdf ? 2 : first >= 0xe0 && first <= 0xef ? 3 : 4;
    if (first > 0xf4 || (size === 4 && first < 0xf0) || i + size > bytes.length) return null;
    let code = first & (size === 2 ? 0x1f : size === 3 ? 0x0f : 0x07);
    for (let k = 1; k < size; k++) {
      const next = bytes[i + k] as number;
      if ((next & 0xc0) !== 0x80) return null;
      code = (code << 6) | (next & 0x3f);
    }
    const smallest = size === 2 ? 0x80 : size === 3 ? 0x800 : 0x10000;
    if (code < smallest || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
    if (code >= 0x10000) {
      code -= 0x10000;
      units[length++] = 0xd800 + (code >> 10);
      units[length++] = 0xdc00 + (code & 0x3ff);
    } else {
      units[length++] = code;
    }
    i += size;
  }
  return unitsToString(units, length);
}
