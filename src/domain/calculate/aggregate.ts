/**
 * The summary of many effects, in one pass. Every sum is integer öre until the end, so the
 * figures match the sheet's SUMIFS over the calculated column to the öre. What one effect adds,
 * and what a year filter means, is in aggregateShare.ts.
 */
import {
  emptyTally,
  orderedKeys,
  readTally,
  tallyInto,
  type Figures,
  type Tally,
} from "./aggregateTally";
import { shareOf, shareWindow } from "./aggregateShare";
import { fromOre, realisationRate } from "./calculate";
import { EFFECT_STATUSES, type Effect, type IsoDate, type Kronor } from "../model/effect";
import { lastYearOf, yearOre, type PhasePlan } from "./phasing";
import { verifiedFigures } from "../trust/review";
import type { RealisationPeriod } from "../model/realisation";
import { periodsByEffect, periodsOf, realisedByYear, type RealisedYear } from "./realised";

export type { Figures } from "./aggregateTally";

export const GROUP_DIMENSIONS = ["type", "department", "category", "reason", "status"] as const;
export type GroupDimension = (typeof GROUP_DIMENSIONS)[number];

export interface SummaryOptions {
  /** Today, passed in: what is due by then is the realisation rate's denominator. */
  asOf: IsoDate;
  filter?: {
    year?: number;
    department?: string;
    /** Baslinje values to leave out, e.g. estimates; "" means effects without a baseline. */
    excludedBaselines?: readonly string[];
    /** Effects also reported by another body count only when asked: they are counted there. */
    includeReportedElsewhere?: boolean;
  };
  /**
   * The realisation periods (table Realiseringar): the year table's realised is theirs, by
   * month, and so is the figures' realised under a year filter (that year's row). Effects
   * without periods count their one realised amount in its date's month.
   */
  periods?: readonly RealisationPeriod[];
  /**
   * The Effekt-ID cells of the period table's rows to fix: an effect they name counts no single
   * amount by month, as the sheet's formula (periodsByEffect).
   */
  rowsToFixEffectIds?: readonly string[];
  /** The workbook's list order per dimension; values not listed follow, sorted sv-SE. */
  order?: Partial<Record<GroupDimension, readonly string[]>>;
}

export interface ForecastAndRealised {
  forecast: Kronor;
  realised: Kronor;
}

export interface Totals extends Figures {
  forecastDue: Kronor;
  /** realised / forecastDue; null when nothing is due. */
  realisationRate: number | null;
  budgetAffecting: ForecastAndRealised;
  notBudgetAffecting: ForecastAndRealised;
  /**
   * The part of the figures a second person has verified (review.ts `verifiedFigures`); count:
   * effects whose forecast is verified. A row changed by hand never counts here.
   */
  verified: ForecastAndRealised & { count: number };
  /** Effects also reported elsewhere, within the other filters, whether included or not. */
  reportedElsewhere: ForecastAndRealised & { count: number };
  /** Effects in the figures whose row was changed outside the add-in. */
  editedOutside: number;
}

export interface Group extends Figures {
  key: string;
}

/**
 * One budget year: the phased forecast, and (realisedByYear) what is due in it by asOf, what
 * was realised in it by the periods' months, leakage (due − realised) and realiseringsgrad.
 */
export interface YearRow extends RealisedYear {
  forecast: Kronor;
}

/** For a stacked chart: one row per year, `amounts[i]` the forecast of `types[i]`. */
export interface YearsByType {
  types: readonly string[];
  rows: readonly { year: number; amounts: readonly Kronor[] }[];
}

export interface Summary {
  totals: Totals;
  groups: Record<GroupDimension, readonly Group[]>;
  /** Phased forecast and realised per budget year; gap years included, for a chart's axis. */
  byYear: readonly YearRow[];
  byYearAndType: YearsByType;
}

interface YearTally {
  forecast: number;
  byType: Map<string, number>;
}

/** Also reported by another body: counted there, so left out unless the summary asks. */
export const isReportedElsewhere = (effect: Effect): boolean => effect.alsoReportedBy.trim() !== "";

export function summarize(effects: readonly Effect[], options: SummaryOptions): Summary {
  const { asOf, filter = {}, order = {}, periods = [], rowsToFixEffectIds = [] } = options;
  const scope = shareWindow(asOf, filter.year);
  const total = emptyTally();
  let due = 0;
  const split = { yes: { forecast: 0, realised: 0 }, no: { forecast: 0, realised: 0 } };
  const verified = { forecast: 0, realised: 0, count: 0 };
  const elsewhere = { forecast: 0, realised: 0, count: 0 };
  let editedOutside = 0;
  const selected = selects(filter);
  const groups = GROUP_DIMENSIONS.map((dimension) => ({
    dimension,
    tallies: new Map<string, Tally>(),
  }));
  const years = new Map<number, YearTally>();
  const yearTally = (year: number): YearTally => {
    let tally = years.get(year);
    if (!tally) years.set(year, (tally = { forecast: 0, byType: new Map() }));
    return tally;
  };
  // The year table's effects: the filter's, whatever their year (the year picks a row).
  const inYearTable: Effect[] = [];
  const byEffect = periodsByEffect(periods, rowsToFixEffectIds);

  for (const effect of effects) {
    if (!selected(effect)) continue;
    if (filter.includeReportedElsewhere === true || !isReportedElsewhere(effect)) {
      inYearTable.push(effect);
    }
    const share = shareOf(
      effect,
      scope,
      filter.year === undefined ? [] : periodsOf(effect, byEffect)
    );
    if (share === null) continue;
    const { forecast, realised, leaked, hundredthHours } = share;
    if (isReportedElsewhere(effect)) {
      elsewhere.forecast += forecast;
      elsewhere.realised += realised;
      elsewhere.count += 1;
      if (filter.includeReportedElsewhere !== true) continue;
    }
    tallyInto(total, forecast, realised, leaked, hundredthHours);
    if (effect.editedOutside) editedOutside += 1;
    const checked = verifiedFigures(effect);
    if (checked.forecast) {
      verified.forecast += forecast;
      verified.count += 1;
    }
    if (checked.realised) verified.realised += realised;
    due += share.due;
    const side = effect.budgetAffecting ? split.yes : split.no;
    side.forecast += forecast;
    side.realised += realised;
    for (const { dimension, tallies } of groups) {
      const key = effect[dimension];
      let tally = tallies.get(key);
      if (!tally) tallies.set(key, (tally = emptyTally()));
      tallyInto(tally, forecast, realised, leaked, hundredthHours);
    }
    if (share.plan !== null) phaseInto(share.plan, effect.type, filter.year, yearTally);
  }
  const realisedYears = new Map(
    realisedByYear(inYearTable, periods, asOf, rowsToFixEffectIds)
      .filter((row) => filter.year === undefined || row.year === filter.year)
      .map((row) => [row.year, row])
  );

  const groupsOut = Object.fromEntries(
    groups.map(({ dimension, tallies }) => {
      const listed = order[dimension] ?? (dimension === "status" ? EFFECT_STATUSES : []);
      const keys = orderedKeys(tallies.keys(), listed);
      return [dimension, keys.map((key) => ({ key, ...readTally(tallies.get(key)) }))];
    })
  ) as Record<GroupDimension, Group[]>;

  const figures = readTally(total);
  const forecastDue = fromOre(due);
  const types = groupsOut.type.map((group) => group.key);
  const yearList = continuousYears([...years.keys(), ...realisedYears.keys()]);
  return {
    totals: {
      ...figures,
      forecastDue,
      realisationRate: realisationRate(figures.realised, forecastDue),
      budgetAffecting: kronorPair(split.yes),
      notBudgetAffecting: kronorPair(split.no),
      verified: { ...kronorPair(verified), count: verified.count },
      reportedElsewhere: { ...kronorPair(elsewhere), count: elsewhere.count },
      editedOutside,
    },
    groups: groupsOut,
    byYear: yearList.map((year) => ({
      ...(realisedYears.get(year) ?? nothingIn(year)),
      forecast: fromOre(years.get(year)?.forecast ?? 0),
    })),
    byYearAndType: {
      types,
      rows: yearList.map((year) => ({
        year,
        amounts: types.map((type) => fromOre(years.get(year)?.byType.get(type) ?? 0)),
      })),
    },
  };
}

/**
 * Whether an effect is in the filter's Förvaltning and baselines, whatever its year: the
 * effects the figures are drawn from, and those the summary looks for duplicates among.
 */
export function selects(filter: SummaryOptions["filter"] = {}): (effect: Effect) => boolean {
  const excluded = new Set(filter.excludedBaselines ?? []);
  return (effect) =>
    (filter.department === undefined || effect.department === filter.department) &&
    !excluded.has(effect.baseline ?? "");
}

const nothingIn = (year: number): RealisedYear => ({
  year,
  forecastDue: fromOre(0),
  realised: fromOre(0),
  leakage: fromOre(0),
  realisationRate: null,
});

const kronorPair = (ore: { forecast: number; realised: number }): ForecastAndRealised => ({
  forecast: fromOre(ore.forecast),
  realised: fromOre(ore.realised),
});

/** Adds the plan's years (only `onlyYear`, when filtered) to the per-year tallies. */
function phaseInto(
  plan: PhasePlan,
  type: string,
  onlyYear: number | undefined,
  yearTally: (year: number) => YearTally
): void {
  const first = Math.max(onlyYear ?? plan.startYear, plan.startYear);
  const last = Math.min(onlyYear ?? Infinity, lastYearOf(plan));
  for (let year = first; year <= last; year++) {
    const amount = yearOre(plan, year);
    const tally = yearTally(year);
    tally.forecast += amount;
    tally.byType.set(type, (tally.byType.get(type) ?? 0) + amount);
  }
}

/** Every year from the first to the last that has anything, so a chart's axis has no holes. */
function continuousYears(known: readonly number[]): number[] {
  if (known.length === 0) return [];
  const [first, last] = [Math.min(...known), Math.max(...known)];
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}
