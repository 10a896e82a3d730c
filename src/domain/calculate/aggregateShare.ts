/**
 * What one effect adds to a summary (aggregate.ts), in integer öre.
 *
 * With a year filter the summary is that budget year's (a choice: a controller filtering on a
 * year asks "what does 2027 bring", not "what do the contracts touching 2027 bring in all"):
 * - kept: effects whose phasing touches the year, or that realised something in it;
 * - forecast: the amount phased into the year; due: of that, what is due by asOf;
 * - realised: the effect's periods whose month is in the year (periodsOf: without periods,
 *   its one realised amount on its Realiserad datum), as the year's row of byYear;
 * - leakage: recognised when realised, so the whole-effect leakage of effects whose
 *   Realiserad datum is in the year, as the sheet's formula reads the row (a year's phased
 *   slice against a realised total would mean nothing);
 * - hours: of effects starting in the year (hours are not phased).
 */
import { forecastOre, toOre } from "./calculate";
import { toIsoDate } from "../model/dates";
import type { Effect, IsoDate } from "../model/effect";
import type { RealisationPeriod } from "../model/realisation";
import { dueOre, lastYearOf, monthIndex, planOf, yearOre, type PhasePlan } from "./phasing";
import { toHundredths } from "./aggregateTally";

export interface Share {
  plan: PhasePlan | null;
  forecast: number;
  realised: number;
  /** Forecast − realised when the effect has a realised amount (counted here), else null. */
  leaked: number | null;
  due: number;
  hundredthHours: number;
}

/** The dates a summary asks about, worked out once for all effects. */
export interface ShareWindow {
  year: number | undefined;
  asOf: IsoDate;
  asOfMonth: number;
  /** With a year: the day before it, and asOf clamped into it. */
  before: IsoDate;
  dueAt: IsoDate;
}

export function shareWindow(asOf: IsoDate, year: number | undefined): ShareWindow {
  const before = year === undefined ? asOf : toIsoDate(year - 1, 12, 31);
  const end = year === undefined ? asOf : toIsoDate(year, 12, 31);
  const dueAt = asOf < before ? before : asOf > end ? end : asOf;
  return { year, asOf, asOfMonth: monthIndex(asOf), before, dueAt };
}

/**
 * Null when the year filter leaves the effect out. `periods`: the effect's own (periodsOf),
 * read only with a year filter.
 */
export function shareOf(
  effect: Effect,
  scope: ShareWindow,
  periods: readonly RealisationPeriod[]
): Share | null {
  const { year } = scope;
  const plan = planOf(effect);
  const totalOre = plan === null ? forecastOre(effect) : plan.totalOre;
  const { realisedDate } = effect;
  const realisedYear = realisedDate === null ? null : Math.floor(monthIndex(realisedDate) / 12);
  const realisedCounts = year === undefined || realisedYear === year;
  const realisedOre = effect.realised === null || !realisedCounts ? null : toOre(effect.realised);
  const share: Share = {
    plan,
    forecast: totalOre,
    realised: realisedOre ?? 0,
    leaked: realisedOre === null ? null : totalOre - realisedOre,
    // An undated effect counts as wholly due: conservative for the realisation rate.
    due: plan === null ? totalOre : dueOre(plan, scope.asOf, scope.asOfMonth),
    hundredthHours: toHundredths(effect.savedHours ?? 0),
  };
  if (year === undefined) return share;

  const touches = plan !== null && year >= plan.startYear && year <= lastYearOf(plan);
  const inYear = periods.filter((period) => Number(period.month.slice(0, 4)) === year);
  if (!touches && realisedOre === null && inYear.length === 0) return null;
  share.realised = inYear.reduce((sum, period) => sum + toOre(period.amount), 0);
  share.forecast = touches ? yearOre(plan, year) : 0;
  share.due = touches ? dueOre(plan, scope.dueAt) - dueOre(plan, scope.before) : 0;
  if (plan?.startYear !== year) share.hundredthHours = 0;
  return share;
}
