/**
 * Parsing what people type (in the form) or leave in cells (in the table), Swedish style.
 * Every parser returns a `Parsed` result and never throws; blank input is `{ ok, value: null }`
 * so that "required" stays validation's decision.
 */
import { kronor, type Kronor } from "../model/effect";
import type { RawValue } from "../model/draft";
import { countUnitWords, shiftedValue, splitNumberText } from "./numberText";
import { failed, isBlank, parsed, type Parsed } from "./parseResult";

export type { ParseErrorCode, Parsed } from "./parseResult";
export { parseDate } from "./parseDate";

const CURRENCY_WORDS = ["kr", "kr.", "sek", "kronor"];
const SCALE_WORDS: Record<string, number> = {
  tusen: 3,
  milj: 6,
  "milj.": 6,
  miljon: 6,
  miljoner: 6,
};

/** Amount unit (lower case) → power of ten it multiplies by. */
const AMOUNT_UNITS: ReadonlyMap<string, number> = new Map([
  ...["", ...CURRENCY_WORDS, ":-", ",-"].map((word) => [word, 0] as const),
  ...(["tkr", "tsek", "ksek"] as const).map((word) => [word, 3] as const),
  ...(["mkr", "mnkr", "msek"] as const).map((word) => [word, 6] as const),
  ...Object.entries(SCALE_WORDS),
  // "3 miljoner kronor", "200 tusen kr": a scale word followed by a currency word.
  ...Object.entries(SCALE_WORDS).flatMap(([scale, shift]) =>
    CURRENCY_WORDS.map((currency) => [`${scale} ${currency}`, shift] as const)
  ),
]);
const AMOUNT_UNIT_WORDS: ReadonlySet<string> = new Set(
  [...AMOUNT_UNITS.keys()].filter((unit) => unit !== "" && !unit.includes(" "))
);

/**
 * An amount in kronor, rounded to öre: `175 000`, `1 234,50 kr`, `−500`, `3,2 mkr`, `2 tkr`,
 * `175:-`, pasted `1234.5`. Numbers (cell values) pass when finite, rounded to öre.
 */
export function parseAmount(raw: RawValue): Parsed<Kronor | null> {
  if (isBlank(raw)) return parsed(null);
  if (typeof raw === "boolean") return failed("notANumber");
  if (typeof raw === "number") {
    // toFixed drops float noise from sheet formulas (3.2 * 1e6 → 3200000.0000000005).
    return Number.isFinite(raw) ? parsed(kronor(Number(raw.toFixed(2)) || 0)) : failed("notFinite");
  }
  const number = splitNumberText(raw);
  if (!number.ok) return number;
  const shift = AMOUNT_UNITS.get(number.value.unit);
  if (shift === undefined) return unitError(number.value.unit, AMOUNT_UNIT_WORDS);
  const value = shiftedValue(number.value, shift, 2);
  if (value === null) return failed("tooManyDecimals");
  return Number.isFinite(value) ? parsed(kronor(value)) : failed("notANumber");
}

/**
 * A plain number (years, volume, hours) in the same syntax, optionally followed by one of
 * `units` (case-insensitive): `parseNumber("2,5 år", ["år"])`.
 */
export function parseNumber(raw: RawValue, units: readonly string[] = []): Parsed<number | null> {
  if (isBlank(raw)) return parsed(null);
  if (typeof raw === "boolean") return failed("notANumber");
  if (typeof raw === "number") return Number.isFinite(raw) ? parsed(raw) : failed("notFinite");
  const number = splitNumberText(raw);
  if (!number.ok) return number;
  const { unit, integer, fraction, grouped } = number.value;
  const allowed = new Set(units.map((word) => word.toLowerCase()));
  if (unit !== "" && !allowed.has(unit)) {
    return unitError(unit, new Set([...allowed, ...AMOUNT_UNIT_WORDS]));
  }
  // Without a unit to shift it, `1,500` reads as 1.5 in Swedish and 1500 in English.
  // (A dot with three digits never gets here: splitNumberText refuses it.)
  const englishThousands = !grouped && /^[1-9]\d{0,2}$/.test(integer) && fraction.length === 3;
  if (englishThousands) return failed("ambiguousSeparator");
  const value = shiftedValue(number.value, 0, Infinity) ?? Number.NaN;
  return Number.isFinite(value) ? parsed(value) : failed("notANumber");
}

const PERCENT_UNITS = ["%", "procent"];

/**
 * A percentage as a fraction: `3,5 %`, `3,5`, `3.5%` → 0.035. A number is a cell formatted as
 * percent, which already holds the fraction.
 */
export function parsePercent(raw: RawValue): Parsed<number | null> {
  if (typeof raw === "number") return parseNumber(raw);
  const result = parseNumber(raw, PERCENT_UNITS);
  if (!result.ok || result.value === null) return result;
  // Dividing by 100 leaves float noise (1.1 / 100 = 0.011000000000000001); 12 decimals keep
  // every digit a person types.
  return parsed(Number((result.value / 100).toFixed(12)));
}

/** Ja/Nej in any case, yes/no, true/false, sant/falskt (Swedish Excel's booleans as text), 1/0. */
export function parseYesNo(raw: RawValue): Parsed<boolean | null> {
  if (isBlank(raw)) return parsed(null);
  if (typeof raw === "boolean") return parsed(raw);
  const text = String(raw).trim().toLowerCase();
  if (YES_WORDS.has(text)) return parsed(true);
  if (NO_WORDS.has(text)) return parsed(false);
  return failed("notYesNo");
}

const YES_WORDS: ReadonlySet<string> = new Set(["ja", "yes", "true", "sant", "1"]);
const NO_WORDS: ReadonlySet<string> = new Set(["nej", "no", "false", "falskt", "0"]);

function unitError(unit: string, unitWords: ReadonlySet<string>): Parsed<never> {
  return failed(countUnitWords(unit, unitWords) >= 2 ? "mixedUnits" : "notANumber");
}
