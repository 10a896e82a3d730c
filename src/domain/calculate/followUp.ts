/**
 * Att följa upp: effects whose forecast is due by today but not (fully) realised, with the
 * leakage so far (due − realised). Largest gap first, then the oldest (earliest start), so the
 * list starts where the most money and the longest wait are.
 */
import { forecastDueBy } from "./phasing";
import { fromOre, toOre } from "./calculate";
import type { Effect, IsoDate, Kronor } from "../model/effect";
import type { RealisationPeriod } from "../model/realisation";
import { withPeriods } from "./realised";

export interface FollowUp {
  effect: Effect;
  forecastDue: Kronor;
  /** The sum of its periods (or its one realised amount); 0 when nothing is realised. */
  realised: Kronor;
  /** forecastDue − realised, above 0. */
  leakage: Kronor;
}

export function dueForFollowUp(
  effects: readonly Effect[],
  periods: readonly RealisationPeriod[],
  asOf: IsoDate
): FollowUp[] {
  return withPeriods(effects, periods)
    .flatMap((effect): FollowUp[] => {
      const dueOre = toOre(forecastDueBy(effect, asOf));
      const realisedOre = toOre(effect.realised ?? 0);
      if (dueOre <= 0 || realisedOre >= dueOre) return [];
      return [
        {
          effect,
          forecastDue: fromOre(dueOre),
          realised: fromOre(realisedOre),
          leakage: fromOre(dueOre - realisedOre),
        },
      ];
    })
    .sort(
      (a, b) =>
        b.leakage - a.leakage ||
        (a.effect.startDate ?? "9999").localeCompare(b.effect.startDate ?? "9999") ||
        a.effect.id.localeCompare(b.effect.id)
    );
}
