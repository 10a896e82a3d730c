/**
 * The result of parsing one input. Parsers never throw and never guess: an input that could
 * mean two things is an error. Codes are stable: messages.sv.ts maps each to Swedish text.
 */

export type ParseErrorCode =
  /** Not a number: letters, a lone sign, `1e5`, `NaN`, text after the number, a boolean. */
  | "notANumber"
  /** A number cell holding NaN or ±Infinity (only from numeric input, never from text). */
  | "notFinite"
  /** Separators that could mean two things: `1,234,567`, `1.234`, `1,5.0`, `12 34`. */
  | "ambiguousSeparator"
  /** More than 2 decimals (öre) once the unit is applied: `1,234 kr` (English thousands?). */
  | "tooManyDecimals"
  /** More than one unit: `3 mkr 200 tkr`, `5 kr kr`. */
  | "mixedUnits"
  /** Not a date in any accepted form: `imorgon`, `46082` as text, a boolean. */
  | "notADate"
  /** An accepted form, but no such day: `2026-02-30`, `2026-13-01`, Excel serial 60. */
  | "invalidDate"
  /** Day-first or two-digit years: `31/12/26`, `1/3/2026`, `260301`. */
  | "ambiguousDate"
  /** A year outside 1900..2199, or an Excel serial outside 1..2958465. */
  | "dateOutOfRange"
  /** Not one of Ja/Nej, yes/no, true/false, sant/falskt, 1/0. */
  | "notYesNo";

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: ParseErrorCode };

export const parsed = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const failed = (error: ParseErrorCode): Parsed<never> => ({ ok: false, error });

/**
 * Empty for every parser: a missing cell, a blank cell, or only whitespace. (The guard says ""
 * for whitespace too, so that TypeScript narrows out null but keeps other strings.)
 */
export const isBlank = (raw: unknown): raw is null | undefined | "" =>
  raw === null || raw === undefined || (typeof raw === "string" && raw.trim() === "");
