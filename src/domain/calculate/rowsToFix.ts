/**
 * What the rows that need fixing add to the summary sheet. Its formulas sum the whole table,
 * these rows included, while the add-in's own figures leave them out: this is the difference,
 * computed from the cells the way the formulas read them, so that the sheet and the pane can
 * both state it with the same number of rows and the same amounts.
 */
import type { EffectDraft, RawValue } from "../model/draft";
import { isoDateToExcelSerial, toIsoDate } from "../model/dates";
import type { Kronor } from "../model/effect";
import type { SummaryOptions } from "./aggregate";
import { fromOre, toOre } from "./calculate";

export interface RowsToFixFigures {
  /** Rows that need fixing, all of them. */
  count: number;
  /** Of those, the rows the sheet's figures count (in its department, baselines and year). */
  inSheet: number;
  /** Of those, the rows with an ID: the sheet's Antal counts them. */
  withId: number;
  /** Kalkylerad effekt the sheet's formulas add for them. */
  forecast: Kronor;
  /** Realiserad effekt the sheet's formulas add for them. */
  realised: Kronor;
}

/** Excel's N(): a number as it is, TRUE as 1, text and blanks as 0. */
export function cellNumber(raw: RawValue): number {
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : 0;
  if (typeof raw === "boolean") return raw ? 1 : 0;
  return 0;
}

/**
 * The calculated column `=N(annual)*N(years)+N(oneOff)-N(impl)` over a row's cells, in öre:
 * what the sheet counts for a row whatever the add-in makes of it.
 */
export function sheetForecastOre(draft: EffectDraft): number {
  const term = (field: keyof EffectDraft) => cellNumber(draft[field]);
  return toOre(
    term("annualAmount") * term("contractYears") + term("oneOffAmount") - term("implementationCost")
  );
}

/**
 * The figures of `rows` as the summary's formulas count them under `filter`: SUMIFS criteria
 * compare text without regard to case, and a criterion "=" matches only an empty cell. With a
 * year, the sheet's forecast and count are the add-in's values, so these rows add only their
 * realised amount dated within the year.
 */
export function rowsToFixFigures(
  rows: readonly { draft: EffectDraft }[],
  filter: NonNullable<SummaryOptions["filter"]>
): RowsToFixFigures {
  const figures = { count: rows.length, inSheet: 0, withId: 0, forecast: 0, realised: 0 };
  const inYear = yearTest(filter.year);
  for (const { draft } of rows) {
    if (!inSelection(draft, filter)) continue;
    const realised = typeof draft.realised === "number" ? toOre(draft.realised) : 0;
    if (filter.year === undefined) {
      figures.inSheet += 1;
      figures.forecast += sheetForecastOre(draft);
      figures.realised += realised;
      if (!isEmptyCell(draft.id)) figures.withId += 1;
    } else if (inYear(draft.realisedDate)) {
      figures.inSheet += 1;
      figures.realised += realised;
    }
  }
  return { ...figures, forecast: fromOre(figures.forecast), realised: fromOre(figures.realised) };
}

function inSelection(draft: EffectDraft, filter: NonNullable<SummaryOptions["filter"]>): boolean {
  if (filter.department !== undefined && !sameCell(draft.department, filter.department)) {
    return false;
  }
  for (const baseline of filter.excludedBaselines ?? []) {
    const excluded =
      baseline === "" ? isEmptyCell(draft.baseline) : sameCell(draft.baseline, baseline);
    if (excluded) return false;
  }
  return filter.includeReportedElsewhere === true || isEmptyCell(draft.alsoReportedBy);
}

/** Nothing in the cell; a criterion "=" matches only such a cell (a space is something). */
export const isEmptyCell = (raw: RawValue): boolean =>
  raw === null || raw === undefined || raw === "";

const sameCell = (raw: RawValue, text: string): boolean =>
  !isEmptyCell(raw) && String(raw).toLowerCase() === text.toLowerCase();

/** A date cell (an Excel serial) within the year, as `">="&DATE(…)` and `"<="&DATE(…)`. */
function yearTest(year: number | undefined): (raw: RawValue) => boolean {
  if (year === undefined) return () => true;
  const first = isoDateToExcelSerial(toIsoDate(year, 1, 1));
  const last = isoDateToExcelSerial(toIsoDate(year, 12, 31));
  return (raw) => typeof raw === "number" && raw >= first && raw <= last;
}
