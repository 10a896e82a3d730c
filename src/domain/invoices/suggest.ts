/**
 * Per effect and month: what was invoiced and the realised saving it suggests.
 * - Nytt avtal: the previous cost of the month minus what was invoiced. The previous cost is
 *   the previous unit price × the invoiced volume when the effect has unit prices and every
 *   line an Antal, and then the difference from the forecast is told apart: price (paid more or
 *   less than the new unit price) and volume (more or less bought than the yearly volume / 12).
 *   Otherwise it is the previous annual cost / 12. Without either there is nothing to suggest.
 * - Engångsbelopp/vite: the credit notes and penalties credited (negative lines), as a saving.
 * The forecast of the month comes from the same phasing as the summary.
 */
import { dueOre, planOf, type PhasePlan } from "../calculate/phasing";
import { toOre } from "../calculate/calculate";
import { daysInMonth, toIsoDate } from "../model/dates";
import { EFFECT_TYPES, type Effect, type EffectId, type IsoDate } from "../model/effect";
import type { InvoiceLine } from "./lines";

export interface MonthSuggestion {
  month: string;
  invoicedOre: number;
  /** The forecast phased into this month (öre). */
  forecastOre: number;
  /** What the month would have cost at the previous terms; null without them. */
  previousCostOre: number | null;
  /** The realised saving to accept; null when the effect gives no basis for one. */
  suggestedOre: number | null;
  /** suggested − forecast split in two, when unit prices and volumes are known. */
  priceEffectOre: number | null;
  volumeEffectOre: number | null;
  lines: InvoiceLine[];
}

export interface EffectFollowUp {
  effectId: EffectId;
  months: MonthSuggestion[];
}

export function suggestRealisations(effect: Effect, lines: readonly InvoiceLine[]): EffectFollowUp {
  const plan = planOf(effect);
  const byMonth = new Map<string, InvoiceLine[]>();
  for (const line of lines) {
    const list = byMonth.get(line.month);
    if (list) list.push(line);
    else byMonth.set(line.month, [line]);
  }
  const months = [...byMonth.keys()]
    .sort()
    .map((month) => suggestMonth(effect, plan, month, byMonth.get(month) ?? []));
  return { effectId: effect.id, months };
}

function lastDayOf(index: number): IsoDate {
  const [year, month] = [Math.floor(index / 12), (index % 12) + 1];
  return toIsoDate(year, month, daysInMonth(year, month));
}

/** Due through the month's last day minus due through the previous month's. */
function forecastOfMonth(plan: PhasePlan | null, month: string): number {
  if (plan === null) return 0;
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
  return dueOre(plan, lastDayOf(index), index) - dueOre(plan, lastDayOf(index - 1), index - 1);
}

function suggestMonth(
  effect: Effect,
  plan: PhasePlan | null,
  month: string,
  lines: InvoiceLine[]
): MonthSuggestion {
  const invoicedOre = lines.reduce((sum, line) => sum + line.amountOre, 0);
  const forecastOre = forecastOfMonth(plan, month);
  const base = {
    month,
    invoicedOre,
    forecastOre,
    lines,
    priceEffectOre: null,
    volumeEffectOre: null,
  };
  if (effect.type === EFFECT_TYPES.oneOff) {
    const credited = lines.reduce((sum, line) => sum + Math.min(line.amountOre, 0), 0);
    return { ...base, previousCostOre: null, suggestedOre: -credited };
  }
  const quantity = totalQuantity(lines);
  const { previousUnitPrice, newUnitPrice, annualVolume, previousAnnualCost } = effect;
  if (previousUnitPrice !== null && quantity !== null) {
    const previousCostOre = Math.round(toOre(previousUnitPrice) * quantity);
    const suggestedOre = previousCostOre - invoicedOre;
    if (newUnitPrice === null || annualVolume === null) {
      return { ...base, previousCostOre, suggestedOre };
    }
    // suggested = forecast at these prices + price effect + volume effect, exactly.
    const priceEffectOre = Math.round(toOre(newUnitPrice) * quantity) - invoicedOre;
    const volumeEffectOre = suggestedOre - priceEffectOre - unitForecastOre(effect, annualVolume);
    return { ...base, previousCostOre, suggestedOre, priceEffectOre, volumeEffectOre };
  }
  if (previousAnnualCost !== null) {
    const previousCostOre = Math.round(toOre(previousAnnualCost) / 12);
    return { ...base, previousCostOre, suggestedOre: previousCostOre - invoicedOre };
  }
  return { ...base, previousCostOre: null, suggestedOre: null };
}

/** The month's saving forecast from unit prices: (previous − new) × yearly volume / 12. */
function unitForecastOre(effect: Effect, annualVolume: number): number {
  const perUnit = toOre(effect.previousUnitPrice ?? 0) - toOre(effect.newUnitPrice ?? 0);
  return Math.round((perUnit * annualVolume) / 12);
}

/** The month's volume, or null when a line lacks its Antal (then no unit-price reading). */
function totalQuantity(lines: readonly InvoiceLine[]): number | null {
  let total = 0;
  for (const line of lines) {
    if (line.quantity === null) return null;
    total += line.quantity;
  }
  return total;
}
