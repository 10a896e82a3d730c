/**
 * A case (Ärende) and its effects: one contract or follow-up can bring several effects of
 * different types (the talk's "Turbundna resor": corrected invoices, cost avoidance, a penalty),
 * and a reader wants their sum. Effects belong to one case when their Ärende is the same text
 * (foldText: case and spacing aside); an effect without an Ärende is a case of its own.
 */
import { forecastOre, fromOre, toOre } from "./calculate";
import { toHundredths } from "./aggregateTally";
import { foldText } from "../model/cells";
import { hours, type Effect, type Hours, type Kronor } from "../model/effect";

export interface CaseGroup {
  /** As the first effect of the case spells it. */
  caseName: string;
  effects: readonly Effect[];
  forecast: Kronor;
  realised: Kronor;
  /** Never added to kronor. */
  savedHours: Hours;
}

interface Running {
  effects: Effect[];
  forecast: number;
  realised: number;
  hundredthHours: number;
}

/** The cases in the order their first effect comes, each effect in its order within the case. */
export function groupByCase(effects: readonly Effect[]): CaseGroup[] {
  // A Map keeps insertion order: the cases come out as their first effects came in.
  const cases = new Map<string, Running>();
  effects.forEach((effect, index) => {
    const folded = foldText(effect.caseName);
    const key = folded === "" ? `\u0000${index}` : folded;
    let running = cases.get(key);
    if (!running) {
      running = { effects: [], forecast: 0, realised: 0, hundredthHours: 0 };
      cases.set(key, running);
    }
    running.effects.push(effect);
    running.forecast += forecastOre(effect);
    running.realised += toOre(effect.realised ?? 0);
    running.hundredthHours += toHundredths(effect.savedHours ?? 0);
  });
  return [...cases.values()].map((running) => ({
    caseName: running.effects[0]?.caseName.trim() ?? "",
    effects: running.effects,
    forecast: fromOre(running.forecast),
    realised: fromOre(running.realised),
    savedHours: hours(running.hundredthHours / 100),
  }));
}
