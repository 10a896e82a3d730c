/**
 * Range reads and geometry, per the Excel.Range reference: what the Range proxy loads, its
 * read-only properties, and where derived ranges lie.
 */
import { fail } from "../errors";
import { FakeClientObject, type Loaders } from "../engine/clientObject";
import { formatAddress, MAX_COLUMNS, MAX_ROWS } from "../model/address";
import { readMatrix } from "../model/cells";
import { type FindCriteria, findCell } from "../model/find";
import type { FakeExcelQuirks } from "../quirks";
import { a1ToR1C1 } from "../model/r1c1";
import { cellText } from "../model/numberText";
import { intersection, lastCol, lastRow } from "../model/rect";
import type { CellModel, Rect } from "../model/types";
import { checkReadable, type RangeHandle, rectOf, rectOnSheet } from "./handles";
import type { FakeRange } from "./range";

const matrix =
  <T>(read: (cell: CellModel) => T) =>
  (h: RangeHandle): T[][] => {
    checkReadable(rectOf(h));
    return readMatrix(h.sheet, rectOf(h), read);
  };

export const rangeLoaders: Loaders<RangeHandle> = {
  address: (h) => formatAddress(h.sheet.name, rectOf(h)),
  addressLocal: (h) => formatAddress(h.sheet.name, rectOf(h)),
  rowIndex: (h) => rectOf(h).row,
  columnIndex: (h) => rectOf(h).col,
  rowCount: (h) => rectOf(h).rows,
  columnCount: (h) => rectOf(h).cols,
  cellCount: (h) => rectOf(h).rows * rectOf(h).cols,
  isEntireColumn: (h) => rectOf(h).rows === MAX_ROWS,
  isEntireRow: (h) => rectOf(h).cols === MAX_COLUMNS,
  values: matrix((c) => c.value),
  formulas: matrix((c) => c.formula ?? c.value),
  formulasR1C1: (h) =>
    matrix((c) => c)(h).map((line, i) =>
      line.map((c, j) =>
        c.formula ? a1ToR1C1(c.formula, rectOf(h).row + i, rectOf(h).col + j) : c.value
      )
    ),
  numberFormat: matrix((c) => c.numberFormat ?? "General"),
  text: matrix((c) => cellText(c)),
};

type Geometry = (r: Rect, ...args: number[]) => Rect;

export const GEOMETRY = {
  getCell: (r, row = 0, column = 0) => ({
    row: r.row + row,
    col: r.col + column,
    rows: 1,
    cols: 1,
  }),
  getOffsetRange: (r, rows = 0, cols = 0) => ({ ...r, row: r.row + rows, col: r.col + cols }),
  getResizedRange: (r, rows = 0, cols = 0) => ({ ...r, rows: r.rows + rows, cols: r.cols + cols }),
  getAbsoluteResizedRange: (r, rows = 1, cols = 1) => ({ ...r, rows, cols }),
  getRow: (r, row = 0) => ({ ...r, row: r.row + row, rows: 1 }),
  getColumn: (r, column = 0) => ({ ...r, col: r.col + column, cols: 1 }),
  getLastRow: (r) => ({ ...r, row: lastRow(r), rows: 1 }),
  getLastColumn: (r) => ({ ...r, col: lastCol(r), cols: 1 }),
  getRowsBelow: (r, count = 1) => ({ ...r, row: lastRow(r) + 1, rows: count }),
  getRowsAbove: (r, count = 1) => ({ ...r, row: r.row - count, rows: count }),
  getColumnsAfter: (r, count = 1) => ({ ...r, col: lastCol(r) + 1, cols: count }),
  getColumnsBefore: (r, count = 1) => ({ ...r, col: r.col - count, cols: count }),
  getEntireColumn: (r) => ({ ...r, row: 0, rows: MAX_ROWS }),
  getEntireRow: (r) => ({ ...r, col: 0, cols: MAX_COLUMNS }),
} satisfies Record<string, Geometry>;

export type GeometryName = keyof typeof GEOMETRY;

/** Range.insert / Range.delete directions as the axis cells move along. */
export function shiftAxis(shift: string, location: string): "rows" | "cols" {
  if (shift === "Down" || shift === "Up") return "rows";
  if (shift === "Right" || shift === "Left") return "cols";
  return fail("InvalidArgument", location);
}

/** The Range's read-only properties; FakeRange adds writes and methods. */
export abstract class FakeRangeReads extends FakeClientObject<RangeHandle> {
  protected override loaders(): Loaders<RangeHandle> {
    return rangeLoaders;
  }
  get address(): string {
    return this.readProp("address");
  }
  get addressLocal(): string {
    return this.readProp("addressLocal");
  }
  get rowIndex(): number {
    return this.readProp("rowIndex");
  }
  get columnIndex(): number {
    return this.readProp("columnIndex");
  }
  get rowCount(): number {
    return this.readProp("rowCount");
  }
  get columnCount(): number {
    return this.readProp("columnCount");
  }
  get cellCount(): number {
    return this.readProp("cellCount");
  }
  get isEntireColumn(): boolean {
    return this.readProp("isEntireColumn");
  }
  get isEntireRow(): boolean {
    return this.readProp("isEntireRow");
  }
  get text(): string[][] {
    return this.readProp("text");
  }
}

export const pathOf = (other: FakeRange | string): string =>
  typeof other === "string" ? other : "<Range>";

export function foundCell(
  h: RangeHandle,
  r: Rect,
  text: string,
  criteria: FindCriteria | undefined,
  orNull: boolean,
  quirks: FakeExcelQuirks
) {
  if (typeof text !== "string" || text === "") fail("InvalidArgument", "Range.find");
  // office-js #6349: on a hidden sheet desktop Excel finds nothing.
  const blind = quirks.findOnHiddenSheet === "null" && h.sheet.visibility !== "Visible";
  const cell = blind ? undefined : findCell(h.sheet, r, text, criteria);
  if (cell) return { ...cell, rows: 1, cols: 1 };
  return orNull ? null : fail("ItemNotFound", "Range.find");
}

/** The smallest rectangle holding both ranges (Range.getBoundingRect); same sheet only. */
export function boundingRect(h: RangeHandle, r: Rect, other: FakeRange | string): Rect {
  const location = "Range.getBoundingRect";
  const target =
    typeof other === "string" ? undefined : (other.handle() ?? fail("InvalidArgument", location));
  if (target && target.sheet !== h.sheet) fail("InvalidArgument", location);
  const o = target ? rectOf(target) : rectOnSheet(h.sheet, other as string, location);
  const row = Math.min(r.row, o.row);
  const col = Math.min(r.col, o.col);
  return {
    row,
    col,
    rows: Math.max(r.row + r.rows, o.row + o.rows) - row,
    cols: Math.max(r.col + r.cols, o.col + o.cols) - col,
  };
}

/** Another range on the same sheet, or an address on it; no overlap is ItemNotFound. */
export function overlap(h: RangeHandle, r: Rect, other: FakeRange | string, orNull: boolean) {
  const location = "Range.getIntersection";
  const target =
    typeof other === "string" ? undefined : (other.handle() ?? fail("InvalidArgument", location));
  if (target && target.sheet !== h.sheet) fail("InvalidArgument", location);
  const rect = target ? rectOf(target) : rectOnSheet(h.sheet, other as string, location);
  return intersection(r, rect) ?? (orNull ? null : fail("ItemNotFound", location));
}
