/**
 * Start's figures at a glance, each over a period it names, so that no figure is set against
 * one of another period: the whole contract periods (as the summary sheet without a filter),
 * what is due by today against what is realised (the sheet's realisation rate), and the part
 * of the forecast phased into today's budget year. Realisation is one amount on one date, not
 * phased, so it is never set against a single year's forecast.
 */
import { summarize } from "./aggregate";
import { yearOf } from "../model/dates";
import { kronor, type Effect, type Hours, type IsoDate, type Kronor } from "../model/effect";

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
  year: { year: number; forecast: Kronor };
}

/** Counts as the sheet's default filter does: effects also reported elsewhere are left out. */
export function overviewOf(effects: readonly Effect[], asOf: IsoDate): Overview {
  const { totals, byYear } = summarize(effects, { asOf });
  const year = yearOf(asOf);
  const { count, forecast, realised, leakage, savedHours } = totals;
  return {
    whole: { count, forecast, realised, leakage, savedHours },
    toDate: { asOf, forecastDue: totals.forecastDue, realisationRate: totals.realisationRate },
    year: { year, forecast: byYear.find((row) => row.year === year)?.forecast ?? kronor(0) },
  };
}
