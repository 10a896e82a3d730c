/**
 * Charts keep what a test needs to check: type, series and the addresses they read.
 * `charts.add(type, source, seriesBy)` derives series like Excel: with "Auto", series run down
 * columns when the source has more rows than columns, otherwise along rows; a first row or
 * column of text supplies series names and categories.
 */
import { formatAddress, parseRect, splitSheet } from "./address";
import { getCell } from "./cells";
import { findSheet, newId } from "./workbook";
import type {
  CellValue,
  ChartModel,
  ChartSeriesModel,
  FakeWorkbook,
  Rect,
  SheetModel,
} from "./types";

const isLabel = (sheet: SheetModel, row: number, col: number): boolean => {
  const v = getCell(sheet, row, col).value;
  return typeof v === "string";
};

export function resolveSeriesBy(rect: Rect, seriesBy: string | undefined): "Columns" | "Rows" {
  if (seriesBy === "Columns" || seriesBy === "Rows") return seriesBy;
  return rect.rows > rect.cols ? "Columns" : "Rows";
}

export function deriveSeries(
  sheet: SheetModel,
  rect: Rect,
  by: "Columns" | "Rows"
): ChartSeriesModel[] {
  const byColumns = by === "Columns";
  // Transposed view: "lines" are the series, "points" the categories.
  const lines = byColumns ? rect.cols : rect.rows;
  const points = byColumns ? rect.rows : rect.cols;
  const at = (line: number, point: number): [number, number] =>
    byColumns ? [rect.row + point, rect.col + line] : [rect.row + line, rect.col + point];
  const hasNames = Array.from({ length: lines }, (_, l) => l).some((l) =>
    isLabel(sheet, ...at(l, 0))
  );
  const firstPoint = hasNames ? 1 : 0;
  // Categories: text in the first line below the names (a header alone does not count).
  const hasCategories = Array.from({ length: points - firstPoint }, (_, p) => p + firstPoint).some(
    (p) => isLabel(sheet, ...at(0, p))
  );
  const firstLine = hasCategories && lines > 1 ? 1 : 0;
  const span = (line: number, from: number): Rect => {
    const [row, col] = at(line, from);
    const count = points - from;
    return byColumns ? { row, col, rows: count, cols: 1 } : { row, col, rows: 1, cols: count };
  };
  const address = (r: Rect) => formatAddress(sheet.name, r);
  const series: ChartSeriesModel[] = [];
  for (let line = firstLine; line < lines; line += 1) {
    const [nameRow, nameCol] = at(line, 0);
    series.push({
      name: hasNames
        ? String(getCell(sheet, nameRow, nameCol).value)
        : `Series${series.length + 1}`,
      nameSource: hasNames ? address({ row: nameRow, col: nameCol, rows: 1, cols: 1 }) : "",
      valuesSource: address(span(line, firstPoint)),
      categoriesSource: firstLine === 1 ? address(span(0, firstPoint)) : "",
    });
  }
  return series;
}

export function createChart(
  workbook: FakeWorkbook,
  sheet: SheetModel,
  type: string,
  source: { sheet: SheetModel; rect: Rect },
  seriesBy: string | undefined
): ChartModel {
  const by = resolveSeriesBy(source.rect, seriesBy);
  const count = workbook.sheets.reduce((n, s) => n + s.charts.length, 0);
  const chart: ChartModel = {
    id: newId(workbook, "chart"),
    name: `Chart ${count + 1}`,
    type,
    seriesBy: by,
    sourceAddress: formatAddress(source.sheet.name, source.rect),
    title: "",
    series: deriveSeries(source.sheet, source.rect, by),
    valueAxis: { numberFormat: "General", title: "" },
    categoryAxis: { numberFormat: "General", title: "" },
    legendPosition: "Right",
    legendVisible: true,
    position: { startCell: "", endCell: "" },
  };
  sheet.charts.push(chart);
  return chart;
}

/** The cell values an address such as "Sammanställning!B5:B9" holds, row by row. */
function valuesAt(workbook: FakeWorkbook, address: string): CellValue[] {
  const { sheet: name, cells } = splitSheet(address);
  const sheet = name === undefined ? undefined : findSheet(workbook, name);
  if (!address || !sheet) return [];
  const rect = parseRect(cells);
  const values: CellValue[] = [];
  for (let r = rect.row; r < rect.row + rect.rows; r += 1) {
    for (let c = rect.col; c < rect.col + rect.cols; c += 1)
      values.push(getCell(sheet, r, c).value);
  }
  return values;
}

/** A series with what its addresses hold now: what a chart draws (and a file caches). */
export interface SeriesData extends ChartSeriesModel {
  categories: CellValue[];
  values: CellValue[];
}

export function chartData(workbook: FakeWorkbook, chart: ChartModel): SeriesData[] {
  return chart.series.map((series) => ({
    ...series,
    categories: valuesAt(workbook, series.categoriesSource),
    values: valuesAt(workbook, series.valuesSource),
  }));
}
