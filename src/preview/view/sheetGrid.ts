/**
 * One sheet of the simulated workbook as the view draws it: the used range from A1, each cell
 * as display text (number formats applied, simple formulas computed), where the tables are,
 * and the charts. Pure: it reads the model and never changes it.
 */
import { columnLetter } from "../../domain/model/cells";
import type { CellModel, CellValue, FakeWorkbook, Rect, SheetModel } from "../fakeExcel";
import { evaluateFormula } from "./evaluate";
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
  /** False for a formula the view could not compute: `text` is then the formula itself. */
  computed: boolean;
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
  series: string[];
  position: string;
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
  const valueOf = computedValues(cellAt);
  const partOf = tablePartOf(tables.map((t) => ({ rect: t.rect, totals: t.showTotals })));

  const cells = Array.from({ length: shownRows }, (_, row) =>
    Array.from({ length: cols }, (_, col): GridCell => {
      const cell = cellAt(row, col);
      const value = valueOf(row, col);
      const computed = value !== undefined;
      const shown = value ?? cell.formula ?? "";
      return {
        text: computed ? formatCellValue(shown, cell.numberFormat) : String(shown),
        formula: cell.formula,
        computed,
        alignRight: computed && typeof shown !== "string",
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
      .map((chart) => ({
        id: chart.id,
        title: chart.title || chart.name,
        type: chart.type,
        series: chart.series.map((s) => s.name || s.valuesSource),
        position: `${chart.position.startCell}:${chart.position.endCell}`,
      })),
  };
}

/** Left-aligned text wider than its column runs on over empty cells to its right. */
function spillText(line: GridCell[], widths: readonly number[]): void {
  line.forEach((cell, col) => {
    if (cell.spilled || cell.text === "" || cell.alignRight || cell.wrap || cell.table) return;
    if (cell.formula !== undefined && !cell.computed) return;
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

/** Values with formulas computed where the view can (memoised, cycles give undefined). */
function computedValues(cellAt: (row: number, col: number) => CellModel) {
  const memo = new Map<string, CellValue | undefined>();
  const valueOf = (row: number, col: number): CellValue | undefined => {
    const cell = cellAt(row, col);
    if (cell.formula === undefined) return cell.value;
    const key = `${row}:${col}`;
    if (memo.has(key)) return memo.get(key);
    memo.set(key, undefined);
    const value = evaluateFormula(cell.formula, valueOf);
    memo.set(key, value);
    return value;
  };
  return valueOf;
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
