/**
 * One sheet of the simulated workbook as the view draws it: the used range from A1, each cell
 * as display text (number formats applied to the values, formulas' computed by the simulated
 * Excel), where the tables are, and the charts with their data. Pure: it reads the model and
 * never changes it.
 */
import { columnLetter } from "../../domain/model/cells";
import type { CellModel, FakeWorkbook, Rect, SheetModel } from "../fakeExcel";
import { chartData } from "../fakeExcel/model/charts";
import { formatCellValue } from "./numberFormat";

/** SheetModel.cells keys are `row * 16 384 + column` (Excel's column count, see its type). */
const COLUMNS_PER_ROW = 16_384;
/** Excel's default column width, 8.43 characters of Calibri 11, in CSS pixels. */
const DEFAULT_WIDTH_PX = 64;
/** An average character of the grid's 12 px font, plus the cell's padding: for text overflow. */
const CHAR_PX = 7;
const PADDING_PX = 10;
const EXTRA_COLUMNS = 3;

export type TablePart = "header" | "body" | "band" | "totals";

export interface GridCell {
  text: string;
  /** The formula, when the cell holds one. */
  formula?: string;
  alignRight: boolean;
  bold: boolean;
  fill?: string;
  wrap: boolean;
  table?: TablePart;
  /** Columns this cell spans: text runs over empty neighbours, as in Excel. @default 1 */
  span?: number;
  /** Covered by text spilling from the left: not drawn. */
  spilled?: boolean;
}

export interface GridChart {
  id: string;
  title: string;
  type: string;
  position: string;
  categories: string[];
  series: Array<{ name: string; values: Array<number | null> }>;
  /** The value axis's number format, e.g. `#,##0.0,, "mkr"`. */
  valueFormat: string;
  /** Where the legend is, as Excel names it ("Bottom", "Right", …); null when it is hidden. */
  legend: string | null;
}

export interface SheetGrid {
  /** Rows and columns of the used range from A1; `shownRows` of them are in `cells`. */
  rows: number;
  usedCols: number;
  /** Columns drawn: the used ones and a few empty ones after them. */
  cols: number;
  shownRows: number;
  cells: GridCell[][];
  /** Column widths in CSS pixels. */
  widths: number[];
  tables: Array<{ name: string; address: string }>;
  charts: GridChart[];
}

export interface GridLimits {
  rows: number;
  cols: number;
}

const EMPTY: CellModel = { value: "" };

export function sheetGrid(
  workbook: FakeWorkbook,
  sheet: SheetModel,
  limits: GridLimits = { rows: 500, cols: 100 }
): SheetGrid {
  const tables = workbook.tables.filter((t) => t.sheetId === sheet.id && !t.deleted);
  let lastRow = -1;
  let lastCol = -1;
  for (const key of sheet.cells.keys()) {
    lastRow = Math.max(lastRow, Math.floor(key / COLUMNS_PER_ROW));
    lastCol = Math.max(lastCol, key % COLUMNS_PER_ROW);
  }
  for (const { rect } of tables) {
    lastRow = Math.max(lastRow, rect.row + rect.rows - 1);
    lastCol = Math.max(lastCol, rect.col + rect.cols - 1);
  }
  const rows = lastRow + 1;
  // A few empty columns past the used range, as a sheet has, and room for text to run into.
  const cols = rows === 0 ? 0 : Math.min(lastCol + 1 + EXTRA_COLUMNS, limits.cols);
  const shownRows = Math.min(rows, limits.rows);
  const cellAt = (row: number, col: number) =>
    sheet.cells.get(row * COLUMNS_PER_ROW + col) ?? EMPTY;
  const partOf = tablePartOf(tables.map((t) => ({ rect: t.rect, totals: t.showTotals })));

  const cells = Array.from({ length: shownRows }, (_, row) =>
    Array.from({ length: cols }, (_, col): GridCell => {
      const cell = cellAt(row, col);
      return {
        text: formatCellValue(cell.value, cell.numberFormat),
        formula: cell.formula,
        alignRight: typeof cell.value !== "string",
        bold: cell.bold === true,
        fill: cell.fill,
        wrap: cell.wrapText === true,
        table: partOf(row, col),
      };
    })
  );
  const widths = Array.from({ length: cols }, (_, col) => widthPx(sheet.columnWidths.get(col)));
  cells.forEach((line) => spillText(line, widths));
  return {
    rows,
    usedCols: lastCol + 1,
    cols,
    shownRows,
    cells,
    widths,
    tables: tables.map((t) => ({ name: t.name, address: rectAddress(t.rect) })),
    charts: sheet.charts
      .filter((chart) => !chart.deleted)
      .map((chart) => {
        const data = chartData(workbook, chart);
        return {
          id: chart.id,
          title: chart.title || chart.name,
          type: chart.type,
          position: `${chart.position.startCell}:${chart.position.endCell}`,
          categories: (data[0]?.categories ?? []).map((category) => formatCellValue(category)),
          series: data.map((series) => ({
            name: series.name || series.valuesSource,
            values: series.values.map((value) => (typeof value === "number" ? value : null)),
          })),
          valueFormat: chart.valueAxis.numberFormat,
          legend: chart.legendVisible ? chart.legendPosition : null,
        };
      }),
  };
}

/** Left-aligned text wider than its column runs on over empty cells to its right. */
function spillText(line: GridCell[], widths: readonly number[]): void {
  line.forEach((cell, col) => {
    if (cell.spilled || cell.text === "" || cell.alignRight || cell.wrap || cell.table) return;
    const needed = cell.text.length * CHAR_PX + PADDING_PX;
    let width = widths[col] ?? DEFAULT_WIDTH_PX;
    let span = 1;
    for (let next = col + 1; width < needed && next < line.length; next += 1) {
      const neighbour = line[next];
      if (!neighbour || neighbour.text !== "" || neighbour.table) break;
      neighbour.spilled = true;
      width += widths[next] ?? DEFAULT_WIDTH_PX;
      span += 1;
    }
    if (span > 1) cell.span = span;
  });
}

function tablePartOf(tables: Array<{ rect: Rect; totals: boolean }>) {
  return (row: number, col: number): TablePart | undefined => {
    const table = tables.find(
      ({ rect }) =>
        row >= rect.row &&
        row < rect.row + rect.rows &&
        col >= rect.col &&
        col < rect.col + rect.cols
    );
    if (!table) return undefined;
    const { rect, totals } = table;
    if (row === rect.row) return "header";
    if (totals && row === rect.row + rect.rows - 1) return "totals";
    return (row - rect.row) % 2 === 1 ? "band" : "body";
  };
}

/** RangeFormat.columnWidth is in points; a pixel is ¾ of a point. */
function widthPx(points: number | undefined): number {
  if (points === undefined) return DEFAULT_WIDTH_PX;
  return Math.round(Math.min(Math.max((points * 4) / 3, 24), 400));
}

function rectAddress(rect: Rect): string {
  const first = `${columnLetter(rect.col)}${rect.row + 1}`;
  return `${first}:${columnLetter(rect.col + rect.cols - 1)}${rect.row + rect.rows}`;
}
