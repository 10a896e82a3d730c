/**
 * The shared syntax of typed numbers, Swedish style: comma as the decimal sign, digits grouped
 * by three with a space (or NBSP, narrow NBSP, thin space, as Excel and Word paste them), minus
 * as `-` or `−`, then an optional unit word that the caller interprets.
 */
import { failed, parsed, type Parsed } from "./parseResult";

export interface NumberText {
  negative: boolean;
  /** Digits before the decimal sign, group spaces removed ("" for `,5`). */
  integer: string;
  /** Digits after the decimal sign, as typed (trailing zeros count: `175,000` has 3). */
  fraction: string;
  /** Whether the integer part was written in groups (`1 234`). */
  grouped: boolean;
  /** What followed the number: lower case, spaces collapsed ("" when none). */
  unit: string;
}

const GROUP_SPACES = /[\u00a0\u202f\u2009]/g;
const GROUPED_INTEGER = /^\d{1,3}( \d{3})+$/;

/** Splits `-1 234,50 kr` into its parts; rejects separators that could mean two things. */
export function splitNumberText(raw: string): Parsed<NumberText> {
  const text = raw
    .trim()
    .replace(GROUP_SPACES, " ")
    .replace(/\u2212/g, "-");
  const signed = /^([+-]?) */.exec(text)?.[0] ?? "";
  const rest = text.slice(signed.length);
  let body = /^[\d ,.]*/.exec(rest)?.[0] ?? "";
  let unit = rest.slice(body.length).trim();
  // `175,-` is the shop-window way to write 175 kr: the comma belongs to the unit.
  if (unit === "-" && body.endsWith(",")) [body, unit] = [body.slice(0, -1), ",-"];
  body = body.trim();
  if (!/\d/.test(body)) return failed("notANumber");

  const separators = body.replace(/[^,.]/g, "");
  if (separators.length > 1) return failed("ambiguousSeparator");
  const [integerText = "", fraction = ""] = separators ? body.split(separators) : [body];
  if (separators && fraction === "") return failed("notANumber");
  if (!/^\d*$/.test(fraction)) return failed("ambiguousSeparator");
  // A dot is a decimal sign only as pasted from English software (`1234.5`); `1.234` could be
  // Swedish-style dotted thousands, so it is refused rather than guessed.
  if (separators === "." && fraction.length > 2) return failed("ambiguousSeparator");
  const grouped = GROUPED_INTEGER.test(integerText);
  if (!grouped && !/^\d*$/.test(integerText)) return failed("ambiguousSeparator");

  return parsed({
    negative: signed.startsWith("-"),
    integer: integerText.replace(/ /g, ""),
    fraction,
    grouped,
    unit: unit.replace(/\s+/g, " ").toLowerCase(),
  });
}

/**
 * The exact value of the number times 10^`shift`, with at most `maxDecimals` decimals left, or
 * null when more are left. Shifts the digits as text so that `3,2 mkr` is exactly 3200000.
 */
export function shiftedValue(
  number: NumberText,
  shift: number,
  maxDecimals: number
): number | null {
  const integer = number.integer + number.fraction.slice(0, shift).padEnd(shift, "0");
  const fraction = number.fraction.slice(shift);
  if (fraction.length > maxDecimals) return null;
  const value = Number(`${integer || "0"}.${fraction || "0"}`);
  return number.negative && value !== 0 ? -value : value;
}

/** Counts the words of `text` that are units: two or more means `3 mkr 200 tkr`. */
export function countUnitWords(text: string, units: ReadonlySet<string>): number {
  return text.split(/[\s\d]+/).filter((word) => units.has(word)).length;
}

/** Digits in groups of three joined by one repeated `,` or `.`: `2,500,000`, `5.000.000`. */
const SEPARATED_THOUSANDS = /^\s*([+\-\u2212]?)\s*(\d{1,3}(?:([.,])\d{3})(?:\3\d{3})*)(?![\d.,])/;

/**
 * The reading a parser refuses to guess for an ambiguous number: `2,500,000` as English
 * thousands is 2 500 000. Null when the text is not written in such groups (`1,5.0`).
 */
export function thousandsReading(raw: string): number | null {
  const match = SEPARATED_THOUSANDS.exec(raw);
  if (!match) return null;
  const [, sign = "", digits = ""] = match;
  const value = Number(digits.replace(/[.,]/g, ""));
  return sign === "" || sign === "+" || value === 0 ? value : -value;
}
