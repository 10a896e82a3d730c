/** Rectangle arithmetic shared by ranges, tables, validations and shifts. */
import { fail } from "../errors";
import { MAX_COLUMNS, MAX_ROWS } from "./address";
import type { Rect } from "./types";

export const lastRow = (r: Rect): number => r.row + r.rows - 1;
export const lastCol = (r: Rect): number => r.col + r.cols - 1;

export function intersects(a: Rect, b: Rect): boolean {
  return a.row <= lastRow(b) && b.row <= lastRow(a) && a.col <= lastCol(b) && b.col <= lastCol(a);
}

export function intersection(a: Rect, b: Rect): Rect | undefined {
  if (!intersects(a, b)) return undefined;
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  const rows = Math.min(lastRow(a), lastRow(b)) - row + 1;
  const cols = Math.min(lastCol(a), lastCol(b)) - col + 1;
  return { row, col, rows, cols };
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    lastRow(inner) <= lastRow(outer) &&
    lastCol(inner) <= lastCol(outer)
  );
}

export function containsCell(r: Rect, row: number, col: number): boolean {
  return row >= r.row && row <= lastRow(r) && col >= r.col && col <= lastCol(r);
}

/** Excel rejects ranges that leave the grid (getOffsetRange past row 1 048 576, ...). */
export function checkedRect(r: Rect, location: string): Rect {
  const inside =
    Number.isInteger(r.row) &&
    Number.isInteger(r.col) &&
    Number.isInteger(r.rows) &&
    Number.isInteger(r.cols) &&
    r.row >= 0 &&
    r.col >= 0 &&
    r.rows >= 1 &&
    r.cols >= 1 &&
    lastRow(r) < MAX_ROWS &&
    lastCol(r) < MAX_COLUMNS;
  return inside ? r : fail("InvalidArgument", location);
}

export const cellCount = (r: Rect): number => r.rows * r.cols;

export function sameRect(a: Rect, b: Rect): boolean {
  return a.row === b.row && a.col === b.col && a.rows === b.rows && a.cols === b.cols;
}
