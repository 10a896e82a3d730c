/**
 * Phasing: how an effect's forecast falls into budget years (budgetår = calendar year).
 *
 * - The yearly part (annual × years) runs round(years × 12) whole months from the month of
 *   startDate, annual / 12 each. A start on the 15th still counts its whole month: the template
 *   records dates, not days of use, and a month is the finest unit the budget is followed in.
 * - The one-off amount falls on startDate; the implementation cost is taken on startDate too.
 * - Everything is integer öre. Month amounts are cumulative roundings, and the last month takes
 *   what is left of the forecast, so the years sum exactly to forecastTotal even when years × 12
 *   is not whole (1,04 years: 12 months, the last one carrying the extra 0,04 year).
 */
import { forecastOre, forecastTotal, fromOre, roundHalfAway, toOre } from "./calculate";
import type { EffectInput, IsoDate, Kronor } from "../model/effect";

// Math's functions bound once: these run several times per effect in a summary, and looking up
// the global `Math` per call is slow in Jest's vm context (100 000 effects: 1,6 s instead of
// 0,13 s). In the browser it makes no difference.
const { floor, max, min, round } = Math;

export interface YearAmount {
  year: number;
  amount: Kronor;
}

/** An effect's phasing in integer öre; for callers that walk many effects (aggregate). */
export interface PhasePlan {
  startDate: IsoDate;
  startYear: number;
  /** Months since year 0 of the start month, so that month arithmetic is subtraction. */
  startMonth: number;
  /** Months of the yearly part (at least 1). */
  months: number;
  annualOre: number;
  /** Forecast − one-off + implementation cost: what the months carry, remainder included. */
  monthsOre: number;
  /** One-off − implementation cost, on startDate. */
  onStartOre: number;
  totalOre: number;
}

/**
 * Months since year 0 of a `YYYY-MM-DD` date. Read by char codes rather than dates.ts'
 * yearOf/monthOf (slice + Number): a summary reads 100 000 dates, and this is its hot spot.
 */
export function monthIndex(date: IsoDate): number {
  const digit = (at: number) => date.charCodeAt(at) - 48;
  const year = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
  return year * 12 + digit(5) * 10 + digit(6) - 1;
}

/** Null without a startDate: such an effect cannot be placed in a year. */
export function planOf(effect: EffectInput): PhasePlan | null {
  const { startDate } = effect;
  if (startDate === null) return null;
  const totalOre = forecastOre(effect);
  const onStartOre = toOre(effect.oneOffAmount ?? 0) - toOre(effect.implementationCost ?? 0);
  const monthsOre = totalOre - onStartOre;
  // No yearly part, no months to spread over: keep the phasing to the start year.
  const months = monthsOre === 0 ? 1 : max(1, round((effect.contractYears ?? 0) * 12));
  const startMonth = monthIndex(startDate);
  return {
    startDate,
    startYear: floor(startMonth / 12),
    startMonth,
    months,
    annualOre: toOre(effect.annualAmount ?? 0),
    monthsOre,
    onStartOre,
    totalOre,
  };
}

/** Öre of the yearly part in the first `count` months. */
function throughMonth(plan: PhasePlan, count: number): number {
  if (count <= 0) return 0;
  if (count >= plan.months) return plan.monthsOre;
  const exact = (plan.annualOre * count) / 12;
  return roundHalfAway(exact);
}

/** Months of the contract that start before the first month of `year`. */
const monthsBefore = (plan: PhasePlan, year: number): number =>
  min(max(year * 12 - plan.startMonth, 0), plan.months);

export const lastYearOf = (plan: PhasePlan): number =>
  floor((plan.startMonth + plan.months - 1) / 12);

/** Öre phased into one budget year. */
export function yearOre(plan: PhasePlan, year: number): number {
  const months =
    throughMonth(plan, monthsBefore(plan, year + 1)) - throughMonth(plan, monthsBefore(plan, year));
  return year === plan.startYear ? months + plan.onStartOre : months;
}

/**
 * Öre due by `asOf`: months whose first day is on or before it, and what falls on startDate.
 * @param asOfMonth monthIndex(asOf), for callers that ask for many plans at one date.
 */
export function dueOre(plan: PhasePlan, asOf: IsoDate, asOfMonth = monthIndex(asOf)): number {
  const months = throughMonth(plan, asOfMonth - plan.startMonth + 1);
  return plan.startDate <= asOf ? months + plan.onStartOre : months;
}

/** The forecast per budget year, ascending and summing exactly to forecastTotal; [] undated. */
export function phaseByYear(effect: EffectInput): YearAmount[] {
  const plan = planOf(effect);
  if (plan === null) return [];
  const years: YearAmount[] = [];
  for (let year = plan.startYear; year <= lastYearOf(plan); year++) {
    years.push({ year, amount: fromOre(yearOre(plan, year)) });
  }
  return years;
}

/**
 * The part of the forecast due by `asOf`, the denominator of the realisation rate. The month of
 * asOf counts in full, which lowers the rate rather than flatters it. An undated effect cannot
 * be phased and counts as wholly due, for the same conservative reason.
 */
export function forecastDueBy(effect: EffectInput, asOf: IsoDate): Kronor {
  const plan = planOf(effect);
  return plan === null ? forecastTotal(effect) : fromOre(dueOre(plan, asOf));
}
