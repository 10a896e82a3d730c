/**
 * Running sums for the summary (aggregate.ts): integer öre and hundredths of an hour, turned
 * into kronor and hours once at the end; and the order groups are shown in.
 */
import { fromOre, toOre } from "./calculate";
import { hours, type Hours, type Kronor } from "../model/effect";

/** The figures of a group of effects (and of all of them). */
export interface Figures {
  forecast: Kronor;
  realised: Kronor;
  /** Σ forecast − realised over effects that have a realised amount. */
  leakage: Kronor;
  count: number;
  /** Never added to kronor. */
  savedHours: Hours;
}

export interface Tally {
  forecast: number;
  realised: number;
  leakage: number;
  count: number;
  hundredthHours: number;
}

export const emptyTally = (): Tally => ({
  forecast: 0,
  realised: 0,
  leakage: 0,
  count: 0,
  hundredthHours: 0,
});

/** Hours are summed in hundredths, exactly like öre (the same rounding, another unit). */
export const toHundredths = toOre;

/** Adds one effect's öre (leaked is null when it has nothing realised). */
export function tallyInto(
  tally: Tally,
  forecast: number,
  realised: number,
  leaked: number | null,
  hundredthHours: number
): void {
  tally.forecast += forecast;
  tally.realised += realised;
  if (leaked !== null) tally.leakage += leaked;
  tally.count += 1;
  tally.hundredthHours += hundredthHours;
}

export function readTally(tally: Tally = emptyTally()): Figures {
  return {
    forecast: fromOre(tally.forecast),
    realised: fromOre(tally.realised),
    leakage: fromOre(tally.leakage),
    count: tally.count,
    savedHours: hours(tally.hundredthHours / 100),
  };
}

const collator = new Intl.Collator("sv-SE");

/**
 * The workbook's list order first, listed values with no effects included (a summary's rows
 * and a chart's series stay put as data comes and goes), then unlisted values sorted the
 * Swedish way (å, ä, ö after z), an empty value last.
 */
export function orderedKeys(present: Iterable<string>, listed: readonly string[]): string[] {
  const first = [...new Set(listed)];
  const inList = new Set(first);
  const rest = [...present].filter((key) => !inList.has(key));
  rest.sort((a, b) => (a === "" ? 1 : b === "" ? -1 : collator.compare(a, b)));
  return [...first, ...rest];
}
