/** The sparse cell grid of one sheet. */
import { MAX_COLUMNS } from "./address";
import { lastCol, lastRow } from "./rect";
import type { CellModel, Rect, SheetModel } from "./types";

export const cellKey = (row: number, col: number): number => row * MAX_COLUMNS + col;
export const keyRow = (key: number): number => Math.floor(key / MAX_COLUMNS);
export const keyCol = (key: number): number => key % MAX_COLUMNS;

const EMPTY: CellModel = { value: "" };

export function getCell(sheet: SheetModel, row: number, col: number): CellModel {
  return sheet.cells.get(cellKey(row, col)) ?? EMPTY;
}

export const hasContent = (c: CellModel): boolean => c.value !== "" || c.formula !== undefined;

const hasFormat = (c: CellModel): boolean =>
  (c.numberFormat !== undefined && c.numberFormat !== "General") ||
  c.bold === true ||
  c.fill !== undefined ||
  c.wrapText === true ||
  c.quotePrefix === true;

/** Stores a cell, dropping it from the map when it holds neither content nor format. */
export function setCell(sheet: SheetModel, row: number, col: number, cell: CellModel): void {
  const key = cellKey(row, col);
  if (hasContent(cell) || hasFormat(cell)) sheet.cells.set(key, cell);
  else sheet.cells.delete(key);
}

export function updateCell(
  sheet: SheetModel,
  row: number,
  col: number,
  patch: Partial<CellModel>
): void {
  setCell(sheet, row, col, { ...getCell(sheet, row, col), ...patch });
}

/** Builds a rows × cols matrix; only visits stored cells when the range is large. */
export function readMatrix<T>(sheet: SheetModel, rect: Rect, read: (c: CellModel) => T): T[][] {
  const blank = read(EMPTY);
  const out: T[][] = Array.from({ length: rect.rows }, () => new Array<T>(rect.cols).fill(blank));
  const visit = (row: number, col: number, cell: CellModel) => {
    const line = out[row - rect.row];
    if (line) line[col - rect.col] = read(cell);
  };
  if (rect.rows * rect.cols > sheet.cells.size) {
    for (const [key, cell] of sheet.cells) {
      const row = keyRow(key);
      const col = keyCol(key);
      if (row >= rect.row && row <= lastRow(rect) && col >= rect.col && col <= lastCol(rect)) {
        visit(row, col, cell);
      }
    }
  } else {
    for (let r = rect.row; r <= lastRow(rect); r += 1) {
      for (let c = rect.col; c <= lastCol(rect); c += 1) {
        const cell = sheet.cells.get(cellKey(r, c));
        if (cell) visit(r, c, cell);
      }
    }
  }
  return out;
}

/** Cells of `within` that hold content (or, unless valuesOnly, any format). */
export function usedRect(sheet: SheetModel, valuesOnly: boolean, within?: Rect): Rect | undefined {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const [key, cell] of sheet.cells) {
    if (valuesOnly ? !hasContent(cell) : !hasContent(cell) && !hasFormat(cell)) continue;
    const row = keyRow(key);
    const col = keyCol(key);
    if (within && (row < within.row || row > lastRow(within))) continue;
    if (within && (col < within.col || col > lastCol(within))) continue;
    top = Math.min(top, row);
    left = Math.min(left, col);
    bottom = Math.max(bottom, row);
    right = Math.max(right, col);
  }
  if (bottom < 0) return undefined;
  return { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
}

/** Removes content and/or formats from every stored cell inside rect. */
export function clearRect(sheet: SheetModel, rect: Rect, what: "All" | "Contents" | "Formats") {
  for (const [key, cell] of [...sheet.cells]) {
    const row = keyRow(key);
    const col = keyCol(key);
    if (row < rect.row || row > lastRow(rect) || col < rect.col || col > lastCol(rect)) continue;
    if (what === "All") sheet.cells.delete(key);
    else if (what === "Contents")
      setCell(sheet, row, col, { ...cell, value: "", formula: undefined });
    else setCell(sheet, row, col, { value: cell.value, formula: cell.formula });
  }
}
