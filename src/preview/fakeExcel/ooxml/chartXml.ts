/**
 * A chart of the model as a DrawingML chart part (ECMA-376 part 1, §21.2 "DrawingML - Charts"):
 * `c:chartSpace` with the title, one bar chart (columns or bars, clustered or stacked), its
 * series with their formulas and cached values (what a reader shows before it recalculates),
 * a category and a value axis with the model's number format, and the legend. ExcelJS cannot
 * write charts, so ../xlsx adds these parts to its output (see chartParts.ts).
 */
import type { SeriesData } from "../model/charts";
import type { CellValue, ChartModel } from "../model/types";
import { encode } from "./xml";

/** Excel.ChartType values the add-in uses, as barDir and grouping of `c:barChart`. */
const BAR_TYPES: Record<string, { direction: "col" | "bar"; grouping: string }> = {
  ColumnClustered: { direction: "col", grouping: "clustered" },
  ColumnStacked: { direction: "col", grouping: "stacked" },
  ColumnStacked100: { direction: "col", grouping: "percentStacked" },
  BarClustered: { direction: "bar", grouping: "clustered" },
  BarStacked: { direction: "bar", grouping: "stacked" },
  BarStacked100: { direction: "bar", grouping: "percentStacked" },
};

export const canWriteChart = (chart: ChartModel): boolean => chart.type in BAR_TYPES;

const LEGEND_POSITIONS: Record<string, string> = {
  Right: "r",
  Left: "l",
  Top: "t",
  Bottom: "b",
  Corner: "tr",
};

const CATEGORY_AXIS = 500_001;
const VALUE_AXIS = 500_002;

const text = (value: string): string =>
  `<c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${encode(value)}</a:t></a:r></a:p></c:rich></c:tx>`;

function strRef(formula: string, values: readonly CellValue[]): string {
  const points = values.map((v, i) => `<c:pt idx="${i}"><c:v>${encode(String(v))}</c:v></c:pt>`);
  return `<c:strRef><c:f>${encode(formula)}</c:f><c:strCache><c:ptCount val="${values.length}"/>${points.join("")}</c:strCache></c:strRef>`;
}

function numRef(formula: string, values: readonly CellValue[], format: string): string {
  const points = values.flatMap((v, i) =>
    typeof v === "number" ? [`<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`] : []
  );
  return `<c:numRef><c:f>${encode(formula)}</c:f><c:numCache><c:formatCode>${encode(format)}</c:formatCode><c:ptCount val="${values.length}"/>${points.join("")}</c:numCache></c:numRef>`;
}

function seriesXml(series: SeriesData, index: number): string {
  const name = series.nameSource
    ? `<c:tx>${strRef(series.nameSource, [series.name])}</c:tx>`
    : `<c:tx><c:v>${encode(series.name)}</c:v></c:tx>`;
  const categories = series.categoriesSource
    ? `<c:cat>${strRef(series.categoriesSource, series.categories)}</c:cat>`
    : "";
  return (
    `<c:ser><c:idx val="${index}"/><c:order val="${index}"/>${name}<c:invertIfNegative val="0"/>` +
    `${categories}<c:val>${numRef(series.valuesSource, series.values, "General")}</c:val></c:ser>`
  );
}

function axisTitle(title: string): string {
  return title ? `<c:title>${text(title)}<c:overlay val="0"/></c:title>` : "";
}

export function chartXml(chart: ChartModel, series: readonly SeriesData[]): string {
  const bar = BAR_TYPES[chart.type] ?? { direction: "col", grouping: "clustered" };
  const stacked = bar.grouping !== "clustered";
  // Bars (horizontal) put categories on the left axis and values at the bottom.
  const [categoryPosition, valuePosition] = bar.direction === "bar" ? ["l", "b"] : ["b", "l"];
  const title = chart.title
    ? `<c:title>${text(chart.title)}<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>`
    : `<c:autoTitleDeleted val="1"/>`;
  const legend = chart.legendVisible
    ? `<c:legend><c:legendPos val="${LEGEND_POSITIONS[chart.legendPosition] ?? "r"}"/><c:overlay val="0"/></c:legend>`
    : "";
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ` +
    `xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ` +
    `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    `<c:roundedCorners val="0"/><c:chart>${title}<c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="${bar.direction}"/><c:grouping val="${bar.grouping}"/>` +
    `<c:varyColors val="0"/>${series.map(seriesXml).join("")}` +
    `<c:gapWidth val="150"/>${stacked ? `<c:overlap val="100"/>` : ""}` +
    `<c:axId val="${CATEGORY_AXIS}"/><c:axId val="${VALUE_AXIS}"/></c:barChart>` +
    `<c:catAx><c:axId val="${CATEGORY_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${categoryPosition}"/>${axisTitle(chart.categoryAxis.title)}` +
    `<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="low"/><c:crossAx val="${VALUE_AXIS}"/><c:crosses val="autoZero"/>` +
    `<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${VALUE_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${valuePosition}"/><c:majorGridlines/>${axisTitle(chart.valueAxis.title)}` +
    `<c:numFmt formatCode="${encode(chart.valueAxis.numberFormat)}" sourceLinked="0"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="${CATEGORY_AXIS}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea>${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}
