/**
 * Range.insert / Range.delete: cells move, and so do the tables, validation rules and the
 * ranges that open batches hold (Excel tracks Range objects: "unlike ranges or columns, which
 * will adjust if new rows or columns are added before them, a TableRow object represents the
 * physical location", TableRowCollection reference).
 * Simplifications: a validation rule or tracked range that the shifted band only partly covers
 * stays where it is; chart source addresses are not adjusted.
 */
import { fail } from "../errors";
import { MAX_COLUMNS, MAX_ROWS } from "./address";
import { cellKey, hasContent, keyCol, keyRow } from "./cells";
import { normalizeHeaders } from "./tables";
import { tablesOn } from "./workbook";
import type { FakeWorkbook, Rect, SheetModel } from "./types";

type Axis = "rows" | "cols";

interface Span {
  start: number;
  count: number;
}

const along = (r: Rect, axis: Axis): Span =>
  axis === "rows" ? { start: r.row, count: r.rows } : { start: r.col, count: r.cols };
const across = (r: Rect, axis: Axis): Span => along(r, axis === "rows" ? "cols" : "rows");
const withAlong = (r: Rect, axis: Axis, s: Span): Rect =>
  axis === "rows" ? { ...r, row: s.start, rows: s.count } : { ...r, col: s.start, cols: s.count };
const end = (s: Span): number => s.start + s.count - 1;
const limit = (axis: Axis): number => (axis === "rows" ? MAX_ROWS : MAX_COLUMNS);

/** How a span along the axis changes when `n` cells are inserted (n > 0) or deleted at `at`. */
function moveSpan(s: Span, at: number, n: number, max: number): Span | undefined {
  if (s.count === max) return s; // whole columns/rows stay whole
  if (n > 0) {
    if (s.start >= at) return { start: s.start + n, count: Math.min(s.count, max - s.start - n) };
    if (at <= end(s)) return { start: s.start, count: Math.min(s.count + n, max - s.start) };
    return s;
  }
  const delEnd = at - n - 1;
  if (end(s) < at) return s;
  if (s.start > delEnd) return { start: s.start + n, count: s.count };
  const kept = s.count - (Math.min(end(s), delEnd) - Math.max(s.start, at) + 1);
  return kept > 0 ? { start: Math.min(s.start, at), count: kept } : undefined;
}

function coversBand(r: Rect, band: Span, axis: Axis): "all" | "some" | "none" {
  const s = across(r, axis);
  if (end(s) < band.start || s.start > end(band)) return "none";
  return s.start >= band.start && end(s) <= end(band) ? "all" : "some";
}

function moveCells(sheet: SheetModel, axis: Axis, band: Span, at: number, n: number): void {
  const max = limit(axis);
  const moved: Array<[number, ReturnType<SheetModel["cells"]["get"]>]> = [];
  for (const [key, cell] of [...sheet.cells]) {
    const pos = axis === "rows" ? keyRow(key) : keyCol(key);
    const cross = axis === "rows" ? keyCol(key) : keyRow(key);
    if (cross < band.start || cross > end(band) || pos < at) continue;
    sheet.cells.delete(key);
    if (n < 0 && pos < at - n) continue; // deleted cells
    const next = pos + n;
    if (next >= max) {
      if (hasContent(cell)) fail("NonBlankCellOffSheet", "Range.insert");
      continue;
    }
    moved.push([axis === "rows" ? cellKey(next, cross) : cellKey(cross, next), cell]);
  }
  for (const [key, cell] of moved) if (cell) sheet.cells.set(key, cell);
}

function assertNoOffSheet(sheet: SheetModel, axis: Axis, band: Span, n: number): void {
  const max = limit(axis);
  for (const [key, cell] of sheet.cells) {
    const pos = axis === "rows" ? keyRow(key) : keyCol(key);
    const cross = axis === "rows" ? keyCol(key) : keyRow(key);
    if (cross >= band.start && cross <= end(band) && pos + n >= max && hasContent(cell)) {
      fail("NonBlankCellOffSheet", "Range.insert");
    }
  }
}

/** Inserts (n > 0) or deletes (n < 0) cells at `at` along `axis` within the `band` across it. */
export function shiftCells(
  workbook: FakeWorkbook,
  sheet: SheetModel,
  target: Rect,
  axis: Axis,
  inserting: boolean
): void {
  const band = across(target, axis);
  const at = along(target, axis).start;
  const n = inserting ? along(target, axis).count : -along(target, axis).count;
  const max = limit(axis);
  const tables = tablesOn(workbook, sheet);
  for (const t of tables) {
    const span = along(t.rect, axis);
    if (moveSpan(span, at, n, max) !== span && coversBand(t.rect, band, axis) === "some") {
      fail("InsertDeleteConflict", inserting ? "Range.insert" : "Range.delete");
    }
  }
  if (n > 0) assertNoOffSheet(sheet, axis, band, n);
  moveCells(sheet, axis, band, at, n);
  for (const t of tables) {
    if (coversBand(t.rect, band, axis) !== "all") continue;
    const moved = moveSpan(along(t.rect, axis), at, n, max);
    if (!moved) {
      t.deleted = true;
      continue;
    }
    // A table keeps a header and at least one body row (the row below joins if need be).
    t.rect = withAlong(
      t.rect,
      axis,
      axis === "rows" ? { ...moved, count: Math.max(moved.count, 2) } : moved
    );
    if (axis === "cols") normalizeHeaders(sheet, t);
  }
  sheet.validations = sheet.validations.flatMap((v) => {
    if (coversBand(v.rect, band, axis) !== "all") return [v];
    const moved = moveSpan(along(v.rect, axis), at, n, max);
    return moved ? [{ ...v, rect: withAlong(v.rect, axis, moved) }] : [];
  });
  for (const tracked of workbook.trackedRanges) {
    if (tracked.sheetId !== sheet.id || coversBand(tracked.rect, band, axis) !== "all") continue;
    const moved = moveSpan(along(tracked.rect, axis), at, n, max);
    if (moved) tracked.rect = withAlong(tracked.rect, axis, moved);
  }
}
