/**
 * The cells of an export read as amounts, dates and org.nr. A file has one decimal sign,
 * decided from its amount column, so "1.234" reads as thousands in a decimal-comma file and
 * "1,234.50" as 1 234,50 in a decimal-point file. Amounts and dates then go through the same
 * parsers as the form (src/domain/parse).
 */
import { parseAmount, parseDate } from "../parse/parse";
import type { IsoDate } from "../model/effect";
import type { InvoiceCell } from "./csvRows";

export type DecimalSign = "," | ".";

const COMMA_DECIMAL = /\d,\d{1,2}$/;
const POINT_DECIMAL = /\d\.\d{1,2}$/;

/** The sign most amounts end in; a comma when none says (Swedish exports' default). */
export function detectDecimalSign(amounts: Iterable<InvoiceCell>): DecimalSign {
  let comma = 0;
  let point = 0;
  for (const cell of amounts) {
    if (typeof cell !== "string") continue;
    const text = cell.trim();
    if (COMMA_DECIMAL.test(text)) comma++;
    else if (POINT_DECIMAL.test(text)) point++;
  }
  return point > comma ? "." : ",";
}

const DOT_THOUSANDS = /(\d)\.(?=\d{3}(?!\d))/g;
const COMMA_THOUSANDS = /(\d),(?=\d{3}(?!\d))/g;

/**
 * Exports' own shape, `-1 234,50`: the same öre under either sign (no dot, and a comma with two
 * digits is never thousands), read here without the general parser, which is slow per line.
 * At most 12 integer digits, so the digits as one number are exact.
 */
const PLAIN_AMOUNT = /^-?\d{1,3}(?: \d{3}){0,3},\d{2}$/;
const SPACE_OR_COMMA = /[ ,]/g;

/** Öre, or null when the cell is not an amount (blank is undefined: the caller decides). */
export function parseFileAmount(cell: InvoiceCell, sign: DecimalSign): number | null | undefined {
  if (typeof cell === "string" && PLAIN_AMOUNT.test(cell)) {
    const ore = Number(cell.replace(SPACE_OR_COMMA, ""));
    return ore === 0 ? 0 : ore; // "-0,00" is 0, as the general parser reads it
  }
  if (cell === null || (typeof cell === "string" && cell.trim() === "")) return undefined;
  const text =
    typeof cell === "number"
      ? cell
      : sign === ","
        ? cell.replace(DOT_THOUSANDS, "$1")
        : cell.replace(COMMA_THOUSANDS, "$1").replace(".", ",");
  const result = parseAmount(text);
  return result.ok && result.value !== null ? Math.round(result.value * 100) : null;
}

/** `2026-03-05`: straight to the form's parser, past the file's own forms. */
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_FIRST_DOTS = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const PERIOD = /^((?:19|20)\d{2})(0[1-9]|1[0-2])$/;

/**
 * A date, or null. Beyond the form's year-first dates: `05.03.2026` (day first with dots and a
 * four-digit year, as Nordic systems write it: never the US order) and a period `202603`, which
 * counts as the month's first day. Numbers 19000101.. are compact dates, smaller ones serials.
 */
export function parseFileDate(cell: InvoiceCell): IsoDate | null | undefined {
  if (typeof cell === "string" && ISO_DAY.test(cell)) {
    const result = parseDate(cell);
    return result.ok ? result.value : null;
  }
  if (cell === null || (typeof cell === "string" && cell.trim() === "")) return undefined;
  const text = typeof cell === "number" && cell >= 19_000_101 ? String(cell) : cell;
  if (typeof text === "string") {
    const trimmed = text.trim();
    const dots = DAY_FIRST_DOTS.exec(trimmed);
    const period = PERIOD.exec(trimmed);
    const iso = dots
      ? `${dots[3]}-${dots[2]?.padStart(2, "0")}-${dots[1]?.padStart(2, "0")}`
      : period
        ? `${period[1]}-${period[2]}-01`
        : trimmed;
    const result = parseDate(iso);
    return result.ok ? result.value : null;
  }
  const result = parseDate(text);
  return result.ok ? result.value : null;
}

const MASKED = /[x*]/i;
/** "556677-8899" is already the form returned. */
const PLAIN_ORG_NR = /^\d{6}-\d{4}$/;

/**
 * "556677-8899" from 10 digits or 12 (with century), with or without dash or spaces; null for
 * a masked number (sole traders' numbers are personal data and exports may hide them), and
 * undefined when the digits are the wrong count.
 */
export function normaliseOrgNr(cell: InvoiceCell): string | null | undefined {
  if (cell === null) return null;
  if (typeof cell === "string" && PLAIN_ORG_NR.test(cell)) return cell;
  const text = String(cell).trim();
  if (text === "" || MASKED.test(text)) return null;
  const digits = text.replace(/[\s-]/g, "");
  if (!/^\d+$/.test(digits)) return undefined;
  const ten = digits.length === 12 && /^(16|19|20)/.test(digits) ? digits.slice(2) : digits;
  return ten.length === 10 ? `${ten.slice(0, 6)}-${ten.slice(6)}` : undefined;
}
