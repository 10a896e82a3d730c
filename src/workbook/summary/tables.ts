/**
 * The summary's tables: per Typ / Förvaltning / Kategori / Anledning (kalkylerad and realiserad
 * side by side, with leakage and count), per budget year, and per budget year × Typ for the
 * stacked chart. Each returns where it landed, for the charts beside it.
 */
import type { Group, GroupDimension, Summary } from "../../domain/calculate/aggregate";
import { orderedKeys } from "../../domain/calculate/aggregateTally";
import { realisationRate } from "../../domain/calculate/calculate";
import { kronor, hours } from "../../domain/model/effect";
import { PlanCells, sumKronor, type Scope } from "./cells";
import { amountFormat, FORMATS, STYLES } from "./formats";
import {
  absolute,
  cellAddress,
  countOf,
  equalsCell,
  leakageOf,
  rangeAddress,
  realisedBetween,
  sumOf,
  yearSpan,
  type Criterion,
} from "./formulas";
import type { KeyFigureCells } from "./keyFigures";
import { summaryText } from "./messages.sv";
import type { CellStyle } from "./plan";

/** Where a table landed: header row, data rows (none when first > last), last column and row. */
export interface TableArea {
  header: number;
  first: number;
  last: number;
  lastColumn: number;
  /** The last row it wrote (total row, notes). */
  bottom: number;
  /** The amounts it shows, for the charts' axis format. */
  amounts: number[];
}

/** Groups in the list's order (listed values with no effects too), then any other value found. */
export function orderedGroups(groups: readonly Group[], listed: readonly string[]): Group[] {
  const byKey = new Map(groups.map((group) => [group.key, group]));
  return orderedKeys(byKey.keys(), listed).map((key) => byKey.get(key) ?? emptyGroup(key));
}

const emptyGroup = (key: string): Group => ({
  key,
  forecast: kronor(0),
  realised: kronor(0),
  leakage: kronor(0),
  count: 0,
  savedHours: hours(0),
});

/**
 * Kalkylerad, Realiserad, Läckage and Antal per listed value, then the group "Ej i listan / att
 * rätta": the key figure minus the listed groups, so that rows whose value is not in the list
 * (blank, misspelt, a row to fix) are counted visibly instead of dropped, and the table's Summa
 * is its key figure. The charts read the listed groups only (`first`..`last`).
 */
export function groupTable(
  cells: PlanCells,
  scope: Scope,
  top: number,
  dimension: GroupDimension,
  groups: readonly Group[],
  key: KeyFigureCells
): TableArea {
  const { names, yearFiltered } = scope;
  const text = summaryText;
  cells.header(top, [
    text.groupHeading[dimension],
    text.forecastColumn,
    text.realisedColumn,
    text.leakageColumn,
    text.countColumn,
  ]);
  const amounts = groups.flatMap((g) => [g.forecast, g.realised, g.leakage]);
  const format = amountFormat([
    ...amounts,
    ...[key.forecast, key.realised, key.leakage].map((figure) => figure.expected),
  ]);
  const computed = { numberFormat: format, style: STYLES.computed };
  const live = { numberFormat: format };
  groups.forEach((group, i) => {
    const row = top + 1 + i;
    cells.text(row, 0, group.key === "" ? text.empty : group.key);
    const match: Criterion = [dimension, equalsCell(absolute(row, 0), group.key)];
    // With a year, forecast and realised (the year's periods) are the add-in's values: a
    // formula joining the periods to each group would cost periods × effects per cell.
    const figure = (column: number, key: "forecast" | "realised", value: number) =>
      yearFiltered
        ? cells.number(row, column, value, computed)
        : cells.formula(row, column, sumOf(names, key, [match, ...scope.base]), value, live);
    figure(1, "forecast", group.forecast);
    figure(2, "realised", group.realised);
    cells.formula(row, 3, leakageOf(names, [match, ...scope.realised]), group.leakage, live);
    const count = { numberFormat: FORMATS.count };
    if (yearFiltered) cells.number(row, 4, group.count, { ...count, style: STYLES.computed });
    else cells.formula(row, 4, countOf(names, [match, ...scope.base]), group.count, count);
  });

  const first = top + 1;
  const last = top + groups.length;
  // With a year, Kalkylerad, Realiserad and Antal are the add-in's values: their Summa is marked so.
  const styleOf = (computed: boolean) => (computed ? STYLES.computedTotal : STYLES.total);
  const kronorColumn = (figure: "forecast" | "realised" | "leakage", computed: boolean) => ({
    key: key[figure],
    listed: sumKronor(groups.map((g) => g[figure])),
    numberFormat: format,
    style: styleOf(computed),
  });
  const totalRow = restAndTotal(cells, { first, last }, text.notListed, [
    kronorColumn("forecast", yearFiltered),
    kronorColumn("realised", yearFiltered),
    kronorColumn("leakage", false),
    {
      key: key.count,
      listed: groups.reduce((n, g) => n + g.count, 0),
      numberFormat: FORMATS.count,
      style: styleOf(yearFiltered),
    },
  ]);
  return { header: top, first, last, lastColumn: 4, bottom: totalRow, amounts };
}

/** One column of a table's last two rows: the key figure it adds up to, and its format. */
interface TotalColumn {
  key: KeyFigureCells[keyof KeyFigureCells];
  /** What the domain computes for the rows above, for the expected value of the rest. */
  listed: number;
  numberFormat: string;
  style: CellStyle;
}

/**
 * Below a table's rows `first`..`last`: the rest (the key figure minus those rows: what no row
 * of the table holds, counted visibly) and Summa (rows and rest, hence the key figure), from
 * column B on. Returns the Summa's row.
 */
function restAndTotal(
  cells: PlanCells,
  rows: { first: number; last: number },
  restLabel: string,
  columns: readonly TotalColumn[]
): number {
  const { first, last } = rows;
  const rest = last + 1;
  const totalRow = rest + 1;
  cells.text(rest, 0, restLabel);
  cells.text(totalRow, 0, summaryText.total, { style: STYLES.total });
  columns.forEach(({ key, listed, numberFormat, style }, i) => {
    const column = i + 1;
    const above = last < first ? "" : `-SUM(${rangeAddress(first, column, last, column)})`;
    const unlisted = sumKronor([key.expected, -listed]);
    // Rounded to öre: a difference of sums must read 0, not float noise, when nothing is left.
    cells.formula(rest, column, `ROUND(${key.cell}${above},2)`, unlisted, { numberFormat });
    sumColumn(cells, { row: totalRow, column, first, last: rest }, key.expected, {
      numberFormat,
      style,
    });
  });
  return totalRow;
}

/** `=SUM(B12:B15)` under a column; a plain 0 when the table has no rows. */
function sumColumn(
  cells: PlanCells,
  at: { row: number; column: number; first: number; last: number },
  expected: number,
  options: Parameters<PlanCells["number"]>[3]
): void {
  if (at.last < at.first) return cells.number(at.row, at.column, 0, options);
  const range = `${cellAddress(at.first, at.column)}:${cellAddress(at.last, at.column)}`;
  cells.formula(at.row, at.column, `SUM(${range})`, expected, options);
}

/**
 * Per budget year: the phased forecast and the forecast due by today (values: no simple
 * formula phases contracts by month), realised in the year (a formula over the period table,
 * `realisedBetween`), leakage (due − realised) and realiseringsgrad, with a line saying how
 * and when the values were computed. Returns null, after saying so, when nothing has a year.
 */
export function yearTable(
  cells: PlanCells,
  scope: Scope,
  top: number,
  summary: Summary,
  stamp: string,
  key: KeyFigureCells
): TableArea | null {
  const text = summaryText;
  cells.header(top, [
    text.yearHeading,
    text.yearForecastColumn,
    text.yearDueColumn,
    text.realisedColumn,
    text.leakageColumn,
    text.rateColumn,
  ]);
  const years = summary.byYear;
  if (years.length === 0) {
    cells.text(top + 1, 0, text.noYears, { spills: true });
    return null;
  }
  const totalOf = (figure: "forecast" | "forecastDue" | "realised") =>
    sumKronor(years.map((y) => y[figure]));
  const [forecast, due, realised] = [
    totalOf("forecast"),
    totalOf("forecastDue"),
    totalOf("realised"),
  ];
  const amounts = years.flatMap((y) => [y.forecast, y.forecastDue, y.realised, y.leakage]);
  const format = amountFormat([
    ...amounts,
    forecast,
    due,
    realised,
    key.forecast.expected,
    key.forecastDue.expected,
    key.realised.expected,
  ]);
  const computed = { numberFormat: format, style: STYLES.computed };
  years.forEach((year, i) => {
    const row = top + 1 + i;
    const yearCell = `$${cellAddress(row, 0)}`;
    cells.number(row, 0, year.year, { numberFormat: FORMATS.year });
    cells.number(row, 1, year.forecast, computed);
    cells.number(row, 2, year.forecastDue, computed);
    const formula = realisedBetween(
      scope.names,
      yearSpan(yearCell),
      scope.baseFilter,
      scope.periodTable
    );
    cells.formula(row, 3, formula, year.realised, { numberFormat: format });
    leakageAndRate(cells, row, format, { leakage: year.leakage, rate: year.realisationRate });
  });
  const first = top + 1;
  const last = top + years.length;
  // The rest is what no year holds: no start date, no realisation date, a row to fix.
  const totalRow = restAndTotal(cells, { first, last }, text.noYear, [
    { key: key.forecast, listed: forecast, numberFormat: format, style: STYLES.computedTotal },
    { key: key.forecastDue, listed: due, numberFormat: format, style: STYLES.computedTotal },
    { key: key.realised, listed: realised, numberFormat: format, style: STYLES.total },
  ]);
  const [dueTotal, realisedTotal] = [key.forecastDue.expected, key.realised.expected];
  leakageAndRate(cells, totalRow - 1, format, {
    leakage: sumKronor([dueTotal, -due, -realisedTotal, realised]),
    rate: rateOf(sumKronor([realisedTotal, -realised]), sumKronor([dueTotal, -due])),
  });
  leakageAndRate(
    cells,
    totalRow,
    format,
    {
      leakage: sumKronor([dueTotal, -realisedTotal]),
      rate: rateOf(realisedTotal, dueTotal),
    },
    STYLES.total
  );
  const note = text.yearNote(stamp);
  note.forEach((line, i) => cells.text(totalRow + 1 + i, 0, line, { spills: true }));
  return { header: top, first, last, lastColumn: 5, bottom: totalRow + note.length, amounts };
}

const rateOf = (realised: number, due: number) => realisationRate(kronor(realised), kronor(due));

/** Läckage (Förfallen − Realiserad) and Realiseringsgrad of a year table row, from its cells. */
function leakageAndRate(
  cells: PlanCells,
  row: number,
  format: string,
  expected: { leakage: number; rate: number | null },
  style?: CellStyle
): void {
  const [due, realised] = [cellAddress(row, 2), cellAddress(row, 3)];
  cells.formula(row, 4, `${due}-${realised}`, expected.leakage, { numberFormat: format, style });
  const rate = `IF(${due}>0,${realised}/${due},"–")`;
  cells.formula(row, 5, rate, expected.rate, { numberFormat: FORMATS.percent, style });
}

/**
 * Phased forecast per year (rows) and Typ (columns), for the stacked chart. Years are written as
 * text so that Excel takes the first column as the chart's categories, not as one more series.
 */
export function yearsByTypeTable(
  cells: PlanCells,
  top: number,
  summary: Summary,
  types: readonly string[]
): TableArea | null {
  const { byYearAndType, byYear } = summary;
  if (byYearAndType.rows.length === 0 || types.length === 0) return null;
  const column = new Map(byYearAndType.types.map((type, i) => [type, i]));
  const amountOf = (amounts: readonly number[], type: string): number =>
    amounts[column.get(type) ?? -1] ?? 0;
  // The stacked columns reach each year's total: the axis must fit those too.
  const amounts = [
    ...byYearAndType.rows.flatMap((row) => types.map((t) => amountOf(row.amounts, t))),
    ...byYear.map((y) => y.forecast),
  ];
  const format = amountFormat(amounts);
  const sumColumnIndex = types.length + 1;
  cells.header(top, [summaryText.yearHeading, ...types, summaryText.total]);
  byYearAndType.rows.forEach((yearRow, i) => {
    const row = top + 1 + i;
    cells.text(row, 0, String(yearRow.year));
    types.forEach((type, t) =>
      cells.number(row, t + 1, amountOf(yearRow.amounts, type), {
        numberFormat: format,
        style: STYLES.computed,
      })
    );
    const range = `${cellAddress(row, 1)}:${cellAddress(row, types.length)}`;
    const expected = sumKronor(types.map((type) => amountOf(yearRow.amounts, type)));
    cells.formula(row, sumColumnIndex, `SUM(${range})`, expected, {
      numberFormat: format,
      style: STYLES.computedTotal,
    });
  });
  return {
    header: top,
    first: top + 1,
    last: top + byYearAndType.rows.length,
    lastColumn: sumColumnIndex,
    bottom: top + byYearAndType.rows.length,
    amounts,
  };
}
