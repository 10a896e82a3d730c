/**
 * Reading one numeric or date field of a draft: parse it, and turn a parse error or an
 * implausible value into an issue on that field. Each reader returns null for an empty field
 * and for one with an issue, so later rules only ever see good values.
 */
import type { EffectDraft } from "../model/draft";
import type { IsoDate, Kronor } from "../model/effect";
import { yearOf } from "../model/dates";
import {
  ambiguousAmountMessage,
  amountMessages,
  countMessage,
  dateMessages,
  fieldLabels,
  validationMessages,
  type CountField,
} from "../messages.sv";
import { parseAmount, parseDate, parseNumber, parsePercent } from "../parse/parse";
import { thousandsReading } from "../parse/numberText";
import type { Issues } from "./issues";

/** Above 1 000 billion kronor an amount is a typo (a municipality's budget is far below). */
export const MAX_AMOUNT = 1e12;

/** A start or realisation date outside these years is a typo (2062 for 2026, 1926). */
export const PLAUSIBLE_YEARS = { min: 1990, max: 2100 } as const;

export type KronorField =
  | "previousAnnualCost"
  | "newAnnualCost"
  | "previousUnitPrice"
  | "newUnitPrice"
  | "annualAmount"
  | "oneOffAmount"
  | "implementationCost"
  | "realised"
  | "avoidedIncrease";

export type DateField = "startDate" | "realisedDate";

/** Unit words people add after these numbers (parseNumber compares them case-insensitively). */
const COUNT_UNITS: Record<CountField, readonly string[]> = {
  annualVolume: ["st", "st."],
  contractYears: ["år"],
  savedHours: ["h", "tim", "tim.", "timme", "timmar"],
};

export function readAmount(draft: EffectDraft, field: KronorField, issues: Issues): Kronor | null {
  const raw = draft[field];
  const result = parseAmount(raw);
  if (!result.ok) {
    const message =
      result.error === "ambiguousSeparator" && typeof raw === "string"
        ? ambiguousAmountMessage(raw.trim(), thousandsReading(raw))
        : amountMessages[result.error];
    issues.add(field, result.error, message);
    return null;
  }
  if (result.value !== null && Math.abs(result.value) > MAX_AMOUNT) {
    issues.add(field, "tooLarge", validationMessages.tooLarge(fieldLabels[field]));
    return null;
  }
  return result.value;
}

export function readCount(draft: EffectDraft, field: CountField, issues: Issues): number | null {
  const result = parseNumber(draft[field], COUNT_UNITS[field]);
  if (!result.ok) {
    issues.add(field, result.error, countMessage(field, result.error));
    return null;
  }
  return result.value;
}

/** A percentage as a fraction (0.035 for 3,5 %). */
export function readPercent(
  draft: EffectDraft,
  field: "avoidedIncreasePercent",
  issues: Issues
): number | null {
  const result = parsePercent(draft[field]);
  if (!result.ok) {
    issues.add(field, result.error, countMessage(field, result.error));
    return null;
  }
  return result.value;
}

export function readDate(draft: EffectDraft, field: DateField, issues: Issues): IsoDate | null {
  const result = parseDate(draft[field]);
  if (!result.ok) {
    issues.add(field, result.error, dateMessages[result.error]);
    return null;
  }
  const date = result.value;
  if (date === null) return null;
  const year = yearOf(date);
  if (year < PLAUSIBLE_YEARS.min || year > PLAUSIBLE_YEARS.max) {
    const { min, max } = PLAUSIBLE_YEARS;
    issues.add(field, "dateOutOfRange", validationMessages.dateOutOfRange(year, min, max));
    return null;
  }
  return date;
}
