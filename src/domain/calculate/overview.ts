/**
 * Start's figures at a glance, each over a period it names, so that no figure is set against
 * one of another period: the whole contract periods (as the summary sheet without a filter),
 * what is due by today against what is realised (the sheet's realisation rate), and today's
 * budget year: its phased forecast, what of it is due, and what was realised in its months.
 * Realised is the sum of each effect's periods (realised.ts).
 */
import { isReportedElsewhere, summarize } from "./aggregate";
import { dueForFollowUp } from "./followUp";
import { withPeriods } from "./realised";
import { yearOf } from "../model/dates";
import { kronor, type Effect, type Hours, type IsoDate, type Kronor } from "../model/effect";
import type { RealisationPeriod } from "../model/realisation";

export interface Overview {
  whole: {
    count: number;
    forecast: Kronor;
    realised: Kronor;
    /** Forecast − realised of the effects that have realised something (the sheet's). */
    leakage: Kronor;
    savedHours: Hours;
  };
  toDate: {
    asOf: IsoDate;
    forecastDue: Kronor;
    /** realised / forecastDue; null when nothing is due yet. */
    realisationRate: number | null;
  };
  year: {
    year: number;
    forecast: Kronor;
    /** The part of the year's forecast due by asOf. */
    forecastDue: Kronor;
    /** Realised in the year's months. */
    realised: Kronor;
    /** realised / forecastDue within the year; null when nothing in it is due yet. */
    realisationRate: number | null;
  };
  /** Effects due but not fully realised (Att följa upp). */
  followUp: number;
}

/** Counts as the sheet's default filter does: effects also reported elsewhere are left out. */
export function overviewOf(
  effects: readonly Effect[],
  periods: readonly RealisationPeriod[],
  asOf: IsoDate,
  rowsToFixEffectIds: readonly string[] = []
): Overview {
  const counted = withPeriods(effects, periods);
  const { totals, byYear } = summarize(counted, { asOf, periods, rowsToFixEffectIds });
  const year = yearOf(asOf);
  const { count, forecast, realised, leakage, savedHours } = totals;
  const inYear = byYear.find((row) => row.year === year);
  return {
    whole: { count, forecast, realised, leakage, savedHours },
    toDate: { asOf, forecastDue: totals.forecastDue, realisationRate: totals.realisationRate },
    year: {
      year,
      forecast: inYear?.forecast ?? kronor(0),
      forecastDue: inYear?.forecastDue ?? kronor(0),
      realised: inYear?.realised ?? kronor(0),
      realisationRate: inYear?.realisationRate ?? null,
    },
    followUp: dueForFollowUp(effects.filter(countsByDefault), periods, asOf).length,
  };
}

/** The summary's default filter: an effect reported by another body is counted there. */
const countsByDefault = (effect: Effect): boolean => !isReportedElsewhere(effect);
