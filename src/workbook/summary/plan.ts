/**
 * What the summary sheet should hold, as plain data: the pure layout (summaryLayout.ts) makes
 * it, the adapter (summarySheet.ts) only moves it into Excel, and tests read it. Rows and
 * columns are 0-based sheet indexes.
 */
import type { CellValue } from "../../domain/model/cells";
import { toCellText } from "../../domain/model/cellText";

/**
 * One cell's content. Text is user text or ours, always written through toCellText so that it
 * stays text. A formula carries the figure the domain computes for it (`expected`), which the
 * real-engine test compares with the spreadsheet's own result; null where it shows "–".
 */
export type CellContent =
  | { kind: "text"; text: string }
  | { kind: "number"; value: number }
  | { kind: "formula"; formula: string; expected: number | null };

export interface CellStyle {
  bold?: boolean;
  /** Fill colour as "#RRGGBB". */
  fill?: string;
}

export interface PlanCell {
  row: number;
  column: number;
  content: CellContent;
  /** Excel's locale-independent number format code; absent means General. */
  numberFormat?: string;
  style?: CellStyle;
  /** Text that runs on over the empty cells to its right; it does not size its column. */
  spills?: boolean;
}

export type PlanChartType = "ColumnClustered" | "BarClustered" | "ColumnStacked";

export interface PlanChart {
  /** Stable name, so a chart can be found again (and a test can ask for it). */
  name: string;
  type: PlanChartType;
  title: string;
  /** The table the chart reads (A1 address on the summary sheet): header row + data rows. */
  source: string;
  /** Series run down the columns: the header row names them, the first column is the axis. */
  seriesBy: "Columns";
  seriesNames: readonly string[];
  /** Per series, the values it reads (A1 addresses on the summary sheet). */
  seriesValues: readonly string[];
  categories: string;
  valueAxisFormat: string;
  /** Top-left and bottom-right cells the chart covers. */
  position: { startCell: string; endCell: string };
}

export interface SheetPlan {
  sheetName: string;
  cells: readonly PlanCell[];
  /** Rows × columns from A1 that the cells fit in: the area written in one batched write. */
  size: { rows: number; columns: number };
  /** Width in points (RangeFormat.columnWidth) of every column from A to the last one used. */
  columnWidths: readonly number[];
  charts: readonly PlanChart[];
  print: { orientation: "Landscape"; fitToPagesWide: 1; fitToPagesTall: 0 };
}

/** A run of equally styled cells in one row, for one format command instead of one per cell. */
export interface StyleRun {
  row: number;
  column: number;
  columns: number;
  style: CellStyle;
}

export interface PlanGrid {
  /** For `range.formulas`: formulas, numbers, and text through toCellText. */
  formulas: CellValue[][];
  numberFormats: string[][];
  styles: StyleRun[];
}

/** The plan as the 2-D arrays one range write takes, and its styles grouped into runs. */
export function planGrid(plan: SheetPlan): PlanGrid {
  const { rows, columns } = plan.size;
  const formulas: CellValue[][] = Array.from({ length: rows }, () => Array(columns).fill(""));
  const numberFormats: string[][] = Array.from({ length: rows }, () =>
    Array(columns).fill("General")
  );
  const styleKeys: (string | null)[][] = Array.from({ length: rows }, () =>
    Array(columns).fill(null)
  );
  for (const cell of plan.cells) {
    const { row, column, content } = cell;
    const line = formulas[row];
    if (!line || column >= columns) throw new RangeError(`Cell ${row},${column} is off the plan`);
    line[column] =
      content.kind === "text"
        ? toCellText(content.text)
        : content.kind === "number"
          ? content.value
          : content.formula;
    (numberFormats[row] as string[])[column] = cell.numberFormat ?? "General";
    if (cell.style) (styleKeys[row] as (string | null)[])[column] = JSON.stringify(cell.style);
  }
  return { formulas, numberFormats, styles: styleRuns(styleKeys) };
}

function styleRuns(keys: readonly (readonly (string | null)[])[]): StyleRun[] {
  const runs: StyleRun[] = [];
  keys.forEach((line, row) => {
    let column = 0;
    while (column < line.length) {
      const key = line[column];
      let end = column + 1;
      while (end < line.length && line[end] === key) end++;
      if (key) runs.push({ row, column, columns: end - column, style: JSON.parse(key) });
      column = end;
    }
  });
  return runs;
}
