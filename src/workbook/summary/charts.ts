/**
 * The summary's native charts, read from the tables beside them: kalkylerad vs realiserad per
 * Typ (clustered columns) and per Förvaltning (clustered bars), and the phased forecast per
 * budget year stacked by Typ. They stand in a column to the right of the tables, from the first
 * table down, so they never cover a figure, and print on the same page width.
 */
import { cellAddress, rangeAddress } from "./formulas";
import { axisFormat } from "./formats";
import { summaryText } from "./messages.sv";
import type { PlanChart, PlanChartType } from "./plan";
import type { TableArea } from "./tables";

/** Each chart's size in cells: wide enough for a legend, tall enough for ten bars. */
export const CHART_COLUMNS = 8;
export const CHART_ROWS = 18;
const CHART_GAP_ROWS = 2;

export const CHART_NAMES = {
  byType: "Per typ",
  byDepartment: "Per förvaltning",
  byYear: "Per budgetår och typ",
} as const;

export interface ChartTables {
  byType: TableArea;
  byDepartment: TableArea;
  /** Null when no effect has a start date. */
  yearsByType: TableArea | null;
  /** The series of the stacked chart: the types, as in the table's header. */
  types: readonly string[];
}

/** The charts that have data, stacked from `top` in the columns from `left`. */
export function planCharts(tables: ChartTables, top: number, left: number): PlanChart[] {
  const { byType, byDepartment, yearsByType, types } = tables;
  const versus = [summaryText.forecastColumn, summaryText.realisedColumn];
  const wanted: Array<Omit<PlanChart, "position"> | null> = [
    chartOf(CHART_NAMES.byType, "ColumnClustered", summaryText.charts.byType, byType, versus),
    chartOf(
      CHART_NAMES.byDepartment,
      "BarClustered",
      summaryText.charts.byDepartment,
      byDepartment,
      versus
    ),
    yearsByType &&
      chartOf(CHART_NAMES.byYear, "ColumnStacked", summaryText.charts.byYear, yearsByType, types),
  ];
  return wanted
    .filter((chart) => chart !== null)
    .map((chart, i) => {
      const row = top + i * (CHART_ROWS + CHART_GAP_ROWS);
      return {
        ...chart,
        position: {
          startCell: cellAddress(row, left),
          endCell: cellAddress(row + CHART_ROWS - 1, left + CHART_COLUMNS - 1),
        },
      };
    });
}

/** The last row that `count` charts stacked from `top` cover (`top` - 1 for none). */
export const chartsBottom = (top: number, count: number): number =>
  count === 0 ? top - 1 : top + count * CHART_ROWS + (count - 1) * CHART_GAP_ROWS - 1;

/** Null for a table without rows: an empty chart says nothing and only takes room. */
function chartOf(
  name: string,
  type: PlanChartType,
  title: string,
  table: TableArea,
  seriesNames: readonly string[]
): Omit<PlanChart, "position"> | null {
  if (table.last < table.first || seriesNames.length === 0) return null;
  const lastSeriesColumn = seriesNames.length;
  return {
    name,
    type,
    title,
    source: rangeAddress(table.header, 0, table.last, lastSeriesColumn),
    seriesBy: "Columns",
    seriesNames,
    seriesValues: seriesNames.map((_, i) => rangeAddress(table.first, i + 1, table.last, i + 1)),
    categories: rangeAddress(table.first, 0, table.last, 0),
    valueAxisFormat: axisFormat(table.amounts),
  };
}
