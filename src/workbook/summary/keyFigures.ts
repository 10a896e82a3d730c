/**
 * The key figures: forecast, realised, leakage, the realisation rate against what is due so
 * far, budget-freeing or not, the number of effects and saved hours (in hours, never kronor).
 * Then what of it a second person verified, what others report too, and rows changed by hand.
 * Each has a line on how it is computed; the cells stay put between refreshes.
 */
import type { Summary } from "../../domain/calculate/aggregate";
import type { IsoDate } from "../../domain/model/effect";
import { PlanCells, sumKronor, type CellOptions, type Scope } from "./cells";
import { amountFormat, countWithTextFormat, FORMATS, STYLES } from "./formats";
import { absolute, budgetCriterion, countOf, leakageOf, realisedBetween, sumOf } from "./formulas";
import { summaryText } from "./messages.sv";

/**
 * Where the figures the tables must add up to landed: absolute references to the value cells
 * (`$B$11`), so that each table's group "Ej i listan / att rätta" is the key figure minus the
 * listed groups, and its Summa is the key figure.
 */
export type KeyFigureCells = Record<
  "forecast" | "realised" | "leakage" | "count" | "forecastDue",
  { cell: string; expected: number }
>;

/** Writes the block from `top` (its header row); returns its last row and its cells. */
export function keyFigures(
  cells: PlanCells,
  scope: Scope,
  top: number,
  summary: Summary,
  dueAt: IsoDate
): { bottom: number; figures: KeyFigureCells } {
  const { totals } = summary;
  const { names, yearFiltered } = scope;
  const text = summaryText;
  const notes = text.notes;
  const kronor = amountFormat([
    totals.forecast,
    totals.realised,
    totals.leakage,
    totals.forecastDue,
    totals.budgetAffecting.forecast,
    totals.notBudgetAffecting.forecast,
    totals.verified.forecast,
    totals.verified.realised,
    totals.reportedElsewhere.forecast,
  ]);
  const live: CellOptions = { numberFormat: kronor };
  const computed: CellOptions = { numberFormat: kronor, style: STYLES.computed };
  const yes = budgetCriterion(true);
  const no = budgetCriterion(false);

  cells.header(top, [text.keyFigures, text.value, text.method]);
  let row = top;
  const line = (label: string, note: string, write: (row: number) => void): number => {
    row += 1;
    cells.text(row, 0, label);
    write(row);
    cells.text(row, 2, note, { spills: true });
    return row;
  };
  /** A formula, or with a year filter the add-in's value for the year. */
  const liveOrYearValue = (at: number, formula: string, value: number) =>
    yearFiltered
      ? cells.number(at, 1, value, computed)
      : cells.formula(at, 1, formula, value, live);

  const forecastRow = line(
    text.forecast,
    yearFiltered ? notes.forecastInYear : notes.forecast,
    (at) => liveOrYearValue(at, sumOf(names, "forecast", scope.base), totals.forecast)
  );
  const realisedRow = line(
    text.realised,
    yearFiltered ? notes.realisedInYear : notes.realised,
    (at) => {
      // With a year: its periods, one live formula as in the year table (per group, values).
      const formula =
        scope.year === null
          ? sumOf(names, "realised", scope.base)
          : realisedBetween(names, scope.year, scope.baseFilter, scope.periodTable);
      cells.formula(at, 1, formula, totals.realised, live);
    }
  );
  const leakageNote = yearFiltered ? notes.leakageInYear : notes.leakage;
  const leakageRow = line(text.leakage, leakageNote, (at) =>
    cells.formula(at, 1, leakageOf(names, scope.realised), totals.leakage, live)
  );
  const dueRow = line(text.forecastDue(dueAt), notes.forecastDue, (at) =>
    cells.number(at, 1, totals.forecastDue, computed)
  );
  line(text.realisationRate, notes.realisationRate, (at) => {
    const [due, realised] = [absolute(dueRow, 1), absolute(realisedRow, 1)];
    const rate = `IF(${due}>0,${realised}/${due},"–")`;
    cells.formula(at, 1, rate, totals.realisationRate, { numberFormat: FORMATS.percent });
  });
  // Budgetpåverkande, then not: forecast and realised of each side.
  const budgetSides = [
    {
      criterion: yes,
      figures: totals.budgetAffecting,
      note: notes.budget,
      labels: [text.budgetForecast, text.budgetRealised],
    },
    {
      criterion: no,
      figures: totals.notBudgetAffecting,
      note: notes.notBudget,
      labels: [text.notBudgetForecast, text.notBudgetRealised],
    },
  ] as const;
  const sideRows: { forecast: number; realised: number }[] = [];
  for (const { criterion, figures, note, labels } of budgetSides) {
    const [forecastLabel, realisedLabel] = labels;
    const forecast = line(forecastLabel, note, (at) =>
      liveOrYearValue(at, sumOf(names, "forecast", [criterion, ...scope.base]), figures.forecast)
    );
    const realised = line(realisedLabel, note, (at) =>
      liveOrYearValue(at, sumOf(names, "realised", [criterion, ...scope.base]), figures.realised)
    );
    sideRows.push({ forecast, realised });
  }
  const countRow = line(text.count, yearFiltered ? notes.countInYear : notes.count, (at) => {
    const format = { numberFormat: FORMATS.count };
    if (yearFiltered) cells.number(at, 1, totals.count, { ...format, style: STYLES.computed });
    else cells.formula(at, 1, countOf(names, scope.base), totals.count, format);
  });
  line(text.savedHours, yearFiltered ? notes.savedHoursInYear : notes.savedHours, (at) =>
    cells.formula(at, 1, sumOf(names, "savedHours", scope.hours), totals.savedHours, {
      numberFormat: FORMATS.hours,
    })
  );

  // Added after the figures above, so that their cells stay where a budget sheet points.
  // Verification holds only while a row matches its checksum, which no formula can check:
  // these are the add-in's values.
  const { verified, reportedElsewhere } = totals;
  line(text.verifiedForecast, notes.verifiedForecast, (at) =>
    cells.number(at, 1, verified.forecast, computed)
  );
  line(text.verifiedRealised, notes.verifiedRealised, (at) =>
    cells.number(at, 1, verified.realised, computed)
  );
  line(text.verifiedCount, notes.verifiedCount, (at) =>
    cells.number(at, 1, verified.count, {
      numberFormat: countWithTextFormat(text.outOf(totals.count)),
      style: STYLES.computed,
    })
  );
  const { count: reported } = reportedElsewhere;
  const reportedNote = notes.reportedElsewhere(reported, scope.reportedElsewhereIncluded);
  line(text.reportedElsewhere, reportedNote, (at) =>
    liveOrYearValue(
      at,
      sumOf(names, "forecast", scope.reportedElsewhere),
      reportedElsewhere.forecast
    )
  );
  line(text.editedOutside, notes.editedOutside, (at) =>
    cells.number(at, 1, totals.editedOutside, {
      numberFormat: FORMATS.count,
      style: STYLES.computed,
    })
  );

  // Budgetpåverkande that is neither Ja nor Nej (blank, "yes" typed by hand): only rows to fix
  // have it, and the two sides above leave them out. Last, so that no cell above moves.
  const neither = (label: string, totalRow: number, side: "forecast" | "realised") =>
    line(label, notes.budgetNeither, (at) => {
      const minus = sideRows.map((rows) => `-${absolute(rows[side], 1)}`).join("");
      const expected = sumKronor([
        totals[side],
        -totals.budgetAffecting[side],
        -totals.notBudgetAffecting[side],
      ]);
      // Rounded to öre, like the tables' rests: nothing left reads 0, not float noise.
      cells.formula(at, 1, `ROUND(${absolute(totalRow, 1)}${minus},2)`, expected, live);
    });
  neither(text.budgetNeitherForecast, forecastRow, "forecast");
  const bottom = neither(text.budgetNeitherRealised, realisedRow, "realised");
  const at = (row: number, expected: number) => ({ cell: absolute(row, 1), expected });
  const figures = {
    forecast: at(forecastRow, totals.forecast),
    realised: at(realisedRow, totals.realised),
    leakage: at(leakageRow, totals.leakage),
    count: at(countRow, totals.count),
    forecastDue: at(dueRow, totals.forecastDue),
  };
  return { bottom, figures };
}
