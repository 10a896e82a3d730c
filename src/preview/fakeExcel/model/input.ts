/**
 * What Excel makes of a value written to `Range.values` / `Range.formulas`: the conversions
 * that make the quote prefix necessary for user text.
 *  - "=…" is a formula; "+…"/"-…" that is not a number is one too (the Range.values reference:
 *    "If the returned value starts with a plus, minus, or equal sign, Excel interprets this value
 *    as a formula").
 *  - "'…" is text without the apostrophe, with the cell's quotePrefix flag set.
 *  - Number-like text becomes a number ("00123" → 123, "1e5" → 100000, "12%" → 0.12),
 *    "TRUE"/"FALSE" become booleans, ISO dates "2026-03-01" become serial dates (the reference:
 *    "use a locale-neutral format like ISO (YYYY-MM-DD)").
 *  - A cell formatted as Text ("@") keeps strings as typed, formulas included.
 * This fake parses like en-US Excel; the user's locale changes the real rules (decimal comma,
 * "1/2" as a date), which is one more reason to write user text with the quote prefix.
 * `null` in an array leaves the cell unchanged (learn.microsoft.com "Blank and null values").
 */
import { fail } from "../errors";
import type { CellValue } from "./types";

export interface ParsedInput {
  value: CellValue;
  formula?: string;
  quotePrefix?: boolean;
  /** The format Excel applies to a General cell when it recognises a date, time or percent. */
  autoFormat?: string;
}

const NUMBER = /^[+-]?(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/** Excel's serial date (1900 system, including its phantom 29 Feb 1900). */
export function dateToSerial(year: number, month: number, day: number): number | undefined {
  const utc = Date.UTC(year, month - 1, day);
  const check = new Date(utc);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || year < 1900) {
    return undefined;
  }
  const days = (utc - Date.UTC(1899, 11, 30)) / 86_400_000;
  return utc < Date.UTC(1900, 2, 1) ? days - 1 : days;
}

function timeFraction(h: number, m: number, s: number): number | undefined {
  return h < 24 && m < 60 && s < 60 ? (h * 3600 + m * 60 + s) / 86_400 : undefined;
}

function parseNumber(text: string): number | undefined {
  const percent = text.endsWith("%");
  const body = percent ? text.slice(0, -1).trim() : text;
  if (!NUMBER.test(body)) return undefined;
  const n = Number(body.replace(/,/g, ""));
  if (!Number.isFinite(n)) return undefined;
  return percent ? n / 100 : n;
}

function parseDateOrTime(text: string): ParsedInput | undefined {
  const d = ISO_DATE.exec(text);
  if (d) {
    const serial = dateToSerial(Number(d[1]), Number(d[2]), Number(d[3]));
    const time =
      d[4] === undefined ? 0 : timeFraction(Number(d[4]), Number(d[5]), Number(d[6] ?? 0));
    if (serial === undefined || time === undefined) return undefined;
    return {
      value: serial + time,
      autoFormat: d[4] === undefined ? "yyyy-mm-dd" : "yyyy-mm-dd hh:mm",
    };
  }
  const t = TIME.exec(text);
  if (!t) return undefined;
  const fraction = timeFraction(Number(t[1]), Number(t[2]), Number(t[3] ?? 0));
  if (fraction === undefined) return undefined;
  return { value: fraction, autoFormat: t[3] === undefined ? "hh:mm" : "hh:mm:ss" };
}

function parseString(raw: string, isTextFormat: boolean): ParsedInput {
  if (raw.startsWith("'")) return { value: raw.slice(1), quotePrefix: true };
  if (raw === "" || isTextFormat) return { value: raw };
  if (raw.startsWith("=")) {
    return raw.length > 1 ? { value: 0, formula: raw } : fail("InvalidArgument", "Range.values");
  }
  const text = raw.trim();
  const number = parseNumber(text);
  if (number !== undefined) {
    return text.endsWith("%") ? { value: number, autoFormat: "0%" } : { value: number };
  }
  if (/^(true|false)$/i.test(text)) return { value: text.toLowerCase() === "true" };
  if ((raw.startsWith("+") || raw.startsWith("-")) && raw.length > 1) {
    return { value: 0, formula: `=${raw}` };
  }
  return parseDateOrTime(text) ?? { value: raw };
}

/** Returns undefined for `null` (leave the cell unchanged). */
export function parseInput(
  raw: unknown,
  numberFormat: string | undefined,
  location: string
): ParsedInput | undefined {
  if (raw === null || raw === undefined) return undefined;
  if (typeof raw === "number") {
    return Number.isFinite(raw) ? { value: raw } : fail("InvalidArgument", location);
  }
  if (typeof raw === "boolean") return { value: raw };
  if (typeof raw === "string") return parseString(raw, numberFormat === "@");
  return fail("InvalidArgument", location);
}
