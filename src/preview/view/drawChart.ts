/**
 * Draws one chart of the simulated workbook on a canvas with Chart.js (MIT), to look like
 * Excel's default: Office theme colours, a title above, the legend where the chart has it,
 * gridlines across the value axis, labels in the axis's number format (`3,2 mkr`, `250 tkr`).
 * Loaded only when a sheet has charts (a separate chunk), so the preview's first page stays
 * small.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  Title,
  Tooltip,
} from "chart.js";
import { formatCellValue } from "./numberFormat";
import type { GridChart } from "./sheetGrid";

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Title, Tooltip);

/** Excel's Office theme accents 1–6, in the order it gives them to series. */
const OFFICE_COLOURS = ["#4472C4", "#ED7D31", "#A5A5A5", "#FFC000", "#5B9BD5", "#70AD47"];

/** Chart.js's place for Excel's legend positions; a corner is Excel's top right. */
const LEGEND_POSITIONS: Record<string, "top" | "bottom" | "left" | "right"> = {
  Top: "top",
  Bottom: "bottom",
  Left: "left",
  Right: "right",
  Corner: "right",
};

/** Draws `chart`; returns a function that removes it. Null when the canvas cannot draw. */
export function drawChart(canvas: HTMLCanvasElement, chart: GridChart): (() => void) | null {
  const context = canvas.getContext("2d");
  if (!context) return null;
  const horizontal = chart.type.startsWith("Bar");
  const stacked = chart.type.includes("Stacked");
  const valueAxis = horizontal ? "x" : "y";
  const categoryAxis = horizontal ? "y" : "x";
  const datasets = chart.series.map((series, i) => ({
    label: series.name,
    data: series.values,
    backgroundColor: OFFICE_COLOURS[i % OFFICE_COLOURS.length],
  }));
  // Within a category of a clustered bar chart, too, Excel draws the first series nearest the
  // origin, at the bottom; the legend keeps the series' order.
  const bottomUp = horizontal && !stacked;
  const drawn = new Chart(context, {
    type: "bar",
    data: { labels: chart.categories, datasets: bottomUp ? datasets.reverse() : datasets },
    options: {
      indexAxis: categoryAxis,
      animation: false,
      responsive: false,
      plugins: {
        title: { display: true, text: chart.title, font: { size: 14, weight: "normal" } },
        // A side legend gets at most half the width (Chart.js would give it a quarter, shared
        // with the axis, and cut longer names at the edge; Excel shows them whole).
        legend: {
          display: chart.legend !== null,
          position: LEGEND_POSITIONS[chart.legend ?? ""] ?? "right",
          maxWidth: canvas.width / 2,
          reverse: bottomUp,
        },
        tooltip: {
          callbacks: {
            label: (item) =>
              `${item.dataset.label ?? ""}: ${formatCellValue(Number(item.raw), chart.valueFormat)}`,
          },
        },
      },
      scales: {
        // Excel plots a bar chart's categories from the axis's origin up, the first at the
        // bottom (Jon Peltier, "Why Are My Excel Bar Chart Categories Backwards?",
        // peltiertech.com); the add-in leaves that as it is.
        [categoryAxis]: { stacked, grid: { display: false }, reverse: horizontal },
        [valueAxis]: {
          stacked,
          ticks: { callback: (value) => formatCellValue(Number(value), chart.valueFormat) },
        },
      },
    },
  });
  return () => drawn.destroy();
}
