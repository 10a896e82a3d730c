/**
 * Calendar helpers: ISO dates and Excel serial dates. Pure calendar arithmetic in UTC, so the
 * result never depends on the machine's time zone.
 *
 * Excel's 1900 date system counts serial 1 = 1900-01-01 and keeps Lotus 1-2-3's bug: it treats
 * 1900 as a leap year, so serial 60 is the non-existent 1900-02-29 and every serial from 61
 * (1900-03-01) on is one more than a plain day count from 1900-01-01.
 */
import { isoDate, type IsoDate } from "./effect";

const DAY_MS = 86_400_000;
/** 1899-12-30: day 0 of the serials from 61 on. */
const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);
/** Serial of 1970-01-01, the epoch of millisecond timestamps. */
const UNIX_EPOCH_SERIAL = 25_569;
/** Excel's fake 1900-02-29. */
export const FAKE_LEAP_DAY_SERIAL = 60;
/** 9999-12-31, the last date Excel can show. */
export const MAX_EXCEL_SERIAL = 2_958_465;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Is this a real `YYYY-MM-DD` calendar date (any year 0001..9999)? */
export function isValidIsoDate(text: string): text is IsoDate {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/** `YYYY-MM-DD` from parts, zero-padded; the caller has checked that the date exists. */
export function toIsoDate(year: number, month: number, day: number): IsoDate {
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  return isoDate(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`);
}

export const yearOf = (date: IsoDate): number => Number(date.slice(0, 4));
/** 1–12. */
export const monthOf = (date: IsoDate): number => Number(date.slice(5, 7));
export const dayOf = (date: IsoDate): number => Number(date.slice(8, 10));

/** The date of a whole Excel serial (a time fraction is dropped). Throws for 60 and out of range. */
export function excelSerialToIsoDate(serial: number): IsoDate {
  const day = Math.floor(serial);
  if (!Number.isFinite(day) || day < 1 || day > MAX_EXCEL_SERIAL) {
    throw new RangeError(`Excel serial ${serial} is outside 1..${MAX_EXCEL_SERIAL}`);
  }
  if (day === FAKE_LEAP_DAY_SERIAL) throw new RangeError("Excel serial 60 is 1900-02-29, no date");
  const days = day < FAKE_LEAP_DAY_SERIAL ? day + 1 : day;
  return isoDateFromUtcMillis(SERIAL_EPOCH_MS + days * DAY_MS);
}

/** The Excel serial of a date in 1900-01-01..9999-12-31; throws for anything else. */
export function isoDateToExcelSerial(date: IsoDate): number {
  if (!isValidIsoDate(date) || yearOf(date) < 1900) {
    throw new RangeError(`${date} is not a date Excel can store`);
  }
  const millis = utcMillis(yearOf(date), monthOf(date), dayOf(date));
  const days = Math.round((millis - SERIAL_EPOCH_MS) / DAY_MS);
  return days <= FAKE_LEAP_DAY_SERIAL ? days - 1 : days;
}

/**
 * An Excel serial date-time from a timestamp. The caller passes wall-clock time as if it were
 * UTC (the ms already shifted by the local offset): Excel stores no time zone.
 */
export function excelSerialFromUtcMillis(ms: number): number {
  const serial = ms / DAY_MS + UNIX_EPOCH_SERIAL;
  return serial < FAKE_LEAP_DAY_SERIAL + 1 ? serial - 1 : serial;
}

/** The UTC calendar date of a timestamp. */
export function isoDateFromUtcMillis(ms: number): IsoDate {
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) throw new RangeError(`${ms} is not a timestamp`);
  return toIsoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not. */
function utcMillis(year: number, month: number, day: number): number {
  const date = new Date(Date.UTC(2000, 0, 1));
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

/** Float noise below a millisecond must not drop a whole minute (15:42 read as 15:41:59,99…). */
const MINUTE_EPSILON = 1e-6;

/**
 * The serial at the start of its minute. The summary writes this, not the clock's seconds, so a
 * cell's `hh:mm` shows the minute the texts name whether Excel truncates or rounds seconds.
 */
export function wholeMinute(serial: number): number {
  return Math.floor(serial * 1440 + MINUTE_EPSILON) / 1440;
}

/** "2026-03-01 14:05" from an Excel serial date-time: the minute it is in, as `hh:mm` shows it. */
export function stampText(serial: number): string {
  const minute = wholeMinute(serial);
  const minutes = Math.round((minute - Math.floor(minute)) * 1440);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${excelSerialToIsoDate(minute)} ${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** The serial of a stamp "2026-03-01 14:05" (stampText's inverse); null when it is no stamp. */
export function stampSerial(text: string): number | null {
  const match = /^(\d{4}-\d{2}-\d{2}) (\d{2}):(\d{2})$/.exec(text.trim());
  if (!match || !isValidIsoDate(match[1] ?? "")) return null;
  const [hours, minutes] = [Number(match[2]), Number(match[3])];
  if (hours > 23 || minutes > 59) return null;
  return isoDateToExcelSerial(match[1] as IsoDate) + (hours * 60 + minutes) / 1440;
}
