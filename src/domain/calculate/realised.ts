/**
 * Realisation as the sum of its periods (one row each in the period table). An effect without
 * periods keeps its one realised amount (the columns Realiserad effekt / Realiserad datum of a
 * workbook made before periods): that amount counts as one period in its date's month, read so
 * and never rewritten.
 */
import { fromOre, realisationRate, toOre } from "./calculate";
import { dueOre, lastYearOf, monthIndex, planOf } from "./phasing";
import { daysInMonth, toIsoDate } from "../model/dates";
import {
  inputOfEffect,
  isoDate,
  type Effect,
  type EffectInput,
  type IsoDate,
  type Kronor,
} from "../model/effect";
import {
  effectKey,
  firstDayOf,
  type RealisationInput,
  type RealisationPeriod,
} from "../model/realisation";
import { realisationMessages } from "../messages.sv";

/** The periods of each effect (by `effectKey` of its ID), in the order given. */
export type PeriodsByEffect = ReadonlyMap<string, readonly RealisationPeriod[]>;

/**
 * `rowsToFixEffectIds`: the Effekt-ID cells of the period table's rows to fix. An effect one of
 * them names gets an entry, empty when it has no period: the sheet's per-year formula sees a
 * row with its ID and stops counting its one realised amount, and so does `periodsOf`.
 */
export function periodsByEffect(
  periods: readonly RealisationPeriod[],
  rowsToFixEffectIds: readonly string[] = []
): PeriodsByEffect {
  const byEffect = new Map<string, RealisationPeriod[]>(
    rowsToFixEffectIds.map((id) => [effectKey(id), []])
  );
  for (const period of periods) {
    const key = effectKey(period.effectId);
    const list = byEffect.get(key);
    if (list) list.push(period);
    else byEffect.set(key, [period]);
  }
  return byEffect;
}

/** The effect's own periods, none when it has none. */
const ownPeriods = (effect: Effect, byEffect: PeriodsByEffect) =>
  byEffect.get(effectKey(effect.id)) ?? [];

/**
 * The effect's periods; when the period table names it nowhere, its one realised amount as a
 * period (id "") in its Realiserad datum's month, as the sheet's per-year formula counts it.
 */
export function periodsOf(effect: Effect, byEffect: PeriodsByEffect): readonly RealisationPeriod[] {
  const own = byEffect.get(effectKey(effect.id));
  if (own) return own;
  const { realised, realisedDate } = effect;
  if (realised === null || realisedDate === null) return [];
  return [
    {
      id: "",
      effectId: effect.id,
      month: realisedDate.slice(0, 7),
      amount: realised,
      source: "Manuell",
      evidence: "",
      registeredBy: effect.lastModifiedBy,
      registeredAt: "",
    },
  ];
}

/** Sum in öre, exact. */
const sumOre = (periods: readonly Pick<RealisationPeriod, "amount">[]): number =>
  periods.reduce((sum, period) => sum + toOre(period.amount), 0);

/**
 * The effects as the figures count them: an effect with periods has realised their sum, dated
 * in its latest month. Only for calculating: the rows are written from the effects as read.
 */
export function withPeriods(
  effects: readonly Effect[],
  periods: readonly RealisationPeriod[]
): Effect[] {
  const byEffect = periodsByEffect(periods);
  return effects.map((effect) => {
    const own = ownPeriods(effect, byEffect);
    if (own.length === 0) return effect;
    const latest = own.reduce((last, p) => (p.month > last ? p.month : last), own[0]?.month ?? "");
    return { ...effect, realised: fromOre(sumOre(own)), realisedDate: isoDate(firstDayOf(latest)) };
  });
}

/**
 * What to append with an effect's first period: its earlier single realised amount, as a
 * period of its own, so that the sum of the periods keeps it. Nothing once it has periods.
 */
export function carriedOver(
  effect: Effect,
  periods: readonly RealisationPeriod[]
): RealisationInput[] {
  const byEffect = periodsByEffect(periods);
  if (ownPeriods(effect, byEffect).length > 0) return [];
  return periodsOf(effect, byEffect).map(({ effectId, month, amount, source }) => ({
    effectId,
    month,
    amount,
    source,
    evidence: realisationMessages.carriedOver,
  }));
}

/** The effect's realised total once `added` join its periods: what its row's column mirrors. */
export function realisedAfter(
  effect: Effect,
  periods: readonly RealisationPeriod[],
  added: readonly Pick<RealisationPeriod, "amount">[]
): Kronor {
  const own = periodsOf(effect, periodsByEffect(periods));
  return fromOre(sumOre(own) + sumOre(added));
}

/** The month's last day: the row's Realiserad datum says "realised through this month". */
export function endOfMonth(month: string): IsoDate {
  const [year, number] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  return toIsoDate(year, number, daysInMonth(year, number));
}

/**
 * The effect's row once `added` join its periods: status Realiserad, Realiserad effekt the new
 * sum, Realiserad datum the end of the latest month (never earlier than it was). The add-in
 * keeps the row so, that formulas and sheets reading the row agree with the periods.
 */
export function rowAfterPeriods(
  effect: Effect,
  periods: readonly RealisationPeriod[],
  added: readonly Pick<RealisationPeriod, "amount" | "month">[]
): EffectInput {
  const months = [...periodsOf(effect, periodsByEffect(periods)), ...added].map((p) => p.month);
  const latest = months.reduce((last, month) => (month > last ? month : last), "");
  const end = latest === "" ? effect.realisedDate : endOfMonth(latest);
  return {
    ...inputOfEffect(effect),
    status: "Realiserad",
    realised: realisedAfter(effect, periods, added),
    realisedDate:
      effect.realisedDate !== null && (end === null || effect.realisedDate > end)
        ? effect.realisedDate
        : end,
  };
}

/** One budget year: the forecast due in it (by asOf), what was realised in it, and the gap. */
export interface RealisedYear {
  year: number;
  forecastDue: Kronor;
  realised: Kronor;
  /** forecastDue − realised. */
  leakage: Kronor;
  /** realised / forecastDue; null when nothing is due in the year. */
  realisationRate: number | null;
}

/**
 * Per budget year, ascending, every year with something due or realised: realised by the
 * period's month, forecast due by the phasing (the year's months up to asOf). An undated
 * effect cannot be placed in a year and is left out here (the totals count it as wholly due).
 */
export function realisedByYear(
  effects: readonly Effect[],
  periods: readonly RealisationPeriod[],
  asOf: IsoDate,
  rowsToFixEffectIds: readonly string[] = []
): RealisedYear[] {
  const byEffect = periodsByEffect(periods, rowsToFixEffectIds);
  const due = new Map<number, number>();
  const realised = new Map<number, number>();
  const add = (map: Map<number, number>, year: number, ore: number) =>
    map.set(year, (map.get(year) ?? 0) + ore);
  const asOfYear = Math.floor(monthIndex(asOf) / 12);
  for (const effect of effects) {
    const plan = planOf(effect);
    if (plan !== null) {
      for (let year = plan.startYear; year <= Math.min(asOfYear, lastYearOf(plan)); year++) {
        const end = year === asOfYear ? asOf : toIsoDate(year, 12, 31);
        add(due, year, dueOre(plan, end) - dueOre(plan, toIsoDate(year - 1, 12, 31)));
      }
    }
    for (const period of periodsOf(effect, byEffect)) {
      add(realised, Number(period.month.slice(0, 4)), toOre(period.amount));
    }
  }
  const years = [...new Set([...due.keys(), ...realised.keys()])].sort((a, b) => a - b);
  return years.map((year) => {
    const [dueInYear, realisedInYear] = [due.get(year) ?? 0, realised.get(year) ?? 0];
    return {
      year,
      forecastDue: fromOre(dueInYear),
      realised: fromOre(realisedInYear),
      leakage: fromOre(dueInYear - realisedInYear),
      realisationRate: realisationRate(fromOre(realisedInYear), fromOre(dueInYear)),
    };
  });
}
