/**
 * Dates as people type them or Excel stores them. Year-first forms only: `1/3/2026` is
 * 1 March in Sweden and 3 January in the US, so day-first input is refused, not guessed.
 */
import type { IsoDate } from "../model/effect";
import type { RawValue } from "../model/draft";
import {
  FAKE_LEAP_DAY_SERIAL,
  MAX_EXCEL_SERIAL,
  daysInMonth,
  excelSerialToIsoDate,
  toIsoDate,
  yearOf,
} from "../model/dates";
import { failed, isBlank, parsed, type Parsed } from "./parseResult";

/** Plausible years for a procurement effect; also keeps typos like 20226 or 1026 out. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

const TIME = String.raw`(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?`;
/** `2026-03-01`, `2026-3-1`, `2026/03/01`, `2026.03.01`, with an optional time that is dropped. */
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})${TIME}$`);
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
/** `1 mars 2026`, `1 mar. 2026`, `1. mars 2026`. */
const DAY_MONTH_NAME = /^(\d{1,2})\.? (\p{L}+)\.? (\d{2}|\d{4})$/u;
const DAY_FIRST = /^\d{1,2}[-/.]\d{1,2}[-/.](?:\d{2}|\d{4})$|^\d{6}$/;

const MONTH_NAMES =
  "januari februari mars april maj juni juli augusti september oktober november december";
const MONTHS: ReadonlyMap<string, number> = new Map(
  MONTH_NAMES.split(" ").flatMap((name, index) => [
    [name, index + 1] as const,
    [name.slice(0, 3), index + 1] as const,
    ...(name === "september" ? [["sept", 9] as const] : []),
  ])
);

/** A date from an Excel serial (numbers) or a year-first or Swedish month-name text. */
export function parseDate(raw: RawValue): Parsed<IsoDate | null> {
  if (isBlank(raw)) return parsed(null);
  if (typeof raw === "boolean") return failed("notADate");
  if (typeof raw === "number") return fromSerial(raw);

  const text = raw.trim().replace(/\s+/g, " ");
  const yearFirst = YEAR_FIRST.exec(text);
  if (yearFirst) return fromParts(yearFirst[1], yearFirst[3], yearFirst[4]);
  const compact = COMPACT.exec(text);
  if (compact) return fromParts(compact[1], compact[2], compact[3]);
  const named = DAY_MONTH_NAME.exec(text);
  if (named) {
    const month = MONTHS.get((named[2] ?? "").toLowerCase());
    if (month === undefined) return failed("notADate");
    if (named[3]?.length === 2) return failed("ambiguousDate");
    return fromParts(named[3], String(month), named[1]);
  }
  return failed(DAY_FIRST.test(text) ? "ambiguousDate" : "notADate");
}

function fromSerial(serial: number): Parsed<IsoDate> {
  if (!Number.isFinite(serial)) return failed("notADate");
  const day = Math.floor(serial);
  if (day < 1 || day > MAX_EXCEL_SERIAL) return failed("dateOutOfRange");
  if (day === FAKE_LEAP_DAY_SERIAL) return failed("invalidDate");
  const date = excelSerialToIsoDate(day);
  return yearOf(date) > MAX_YEAR ? failed("dateOutOfRange") : parsed(date);
}

function fromParts(
  yearText: string | undefined,
  monthText: string | undefined,
  dayText: string | undefined
): Parsed<IsoDate> {
  const [year, month, day] = [Number(yearText), Number(monthText), Number(dayText)];
  if (!(year >= MIN_YEAR && year <= MAX_YEAR)) return failed("dateOutOfRange");
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return failed("invalidDate");
  }
  return parsed(toIsoDate(year, month, day));
}
