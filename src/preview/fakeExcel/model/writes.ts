/**
 * Writing `values`, `formulas` and `numberFormat`. Excel accepts a 2-D array of exactly the
 * range's shape, or a single value that it applies to every cell (Range reference: "If the
 * argument is a single value, it will be applied to all cells in the range";
 * office-js-docs-reference #578). A wrong shape fails the command with InvalidArgument, `null`
 * as the whole value is invalid, `null` inside the array leaves that cell alone, and "" clears
 * (learn.microsoft.com "Blank and null values in Excel add-ins").
 */
import { fail, SHAPE_MISMATCH } from "../errors";
import { getCell, setCell } from "./cells";
import { parseInput, type ParsedInput } from "./input";
import { intersects } from "./rect";
import { autoExpand, headerRect, normalizeHeaders } from "./tables";
import { tablesOn } from "./workbook";
import type { FakeWorkbook, Rect, SheetModel } from "./types";
import type { FakeExcelQuirks } from "../quirks";

/** "The attempted operation affects more than the limit of 33554000 cells." */
export const OPERATION_CELL_LIMIT = 33_554_000;

/** Checks the shape; returns a reader for cell (i, j). */
export function matrixReader(input: unknown, rect: Rect, location: string) {
  if (input === null || input === undefined) return fail("InvalidArgument", location);
  if (rect.rows * rect.cols > OPERATION_CELL_LIMIT) fail("OperationCellsExceedLimit", location);
  if (!Array.isArray(input)) return () => input;
  const rows: unknown[] = input;
  const fits =
    rows.length === rect.rows && rows.every((r) => Array.isArray(r) && r.length === rect.cols);
  if (!fits) return fail("InvalidArgument", location, SHAPE_MISMATCH);
  return (i: number, j: number): unknown => (rows[i] as unknown[])[j];
}

function forEachCell(rect: Rect, visit: (row: number, col: number, i: number, j: number) => void) {
  for (let i = 0; i < rect.rows; i += 1) {
    for (let j = 0; j < rect.cols; j += 1) visit(rect.row + i, rect.col + j, i, j);
  }
}

/** Rewrites an element for its cell before parsing (R1C1 formulas become A1). */
export type InputTransform = (raw: unknown, row: number, col: number) => unknown;

/** Parses every element first: one bad element fails the command before any cell changes. */
function applyInput(
  sheet: SheetModel,
  rect: Rect,
  input: unknown,
  location: string,
  transform: InputTransform = (raw) => raw
): void {
  const read = matrixReader(input, rect, location);
  const parsed: Array<[number, number, ParsedInput]> = [];
  forEachCell(rect, (row, col, i, j) => {
    const raw = transform(read(i, j), row, col);
    const result = parseInput(raw, getCell(sheet, row, col).numberFormat, location);
    if (result) parsed.push([row, col, result]);
  });
  for (const [row, col, p] of parsed) {
    const old = getCell(sheet, row, col);
    const general = (old.numberFormat ?? "General") === "General";
    setCell(sheet, row, col, {
      ...old,
      value: p.value,
      formula: p.formula,
      quotePrefix: p.quotePrefix,
      numberFormat: p.autoFormat && general ? p.autoFormat : old.numberFormat,
    });
  }
}

/** `values` and `formulas` take the same input: Excel parses both like typed entries. */
export function writeCells(
  workbook: FakeWorkbook,
  sheet: SheetModel,
  rect: Rect,
  input: unknown,
  location: string,
  quirks: FakeExcelQuirks,
  transform?: InputTransform
): void {
  applyInput(sheet, rect, input, location, transform);
  for (const t of tablesOn(workbook, sheet)) {
    if (intersects(headerRect(t), rect)) normalizeHeaders(sheet, t);
  }
  autoExpand(workbook, sheet, rect, quirks);
}

/** Writes into rows or columns a table has just made for them: no autoexpansion. */
export const writeWithoutExpansion = applyInput;

export function writeNumberFormat(sheet: SheetModel, rect: Rect, input: unknown, location: string) {
  const read = matrixReader(input, rect, location);
  const formats: Array<[number, number, string]> = [];
  forEachCell(rect, (row, col, i, j) => {
    const format = read(i, j);
    if (format === null || format === undefined) return;
    formats.push([
      row,
      col,
      typeof format === "string" ? format : fail("InvalidArgument", location),
    ]);
  });
  for (const [row, col, format] of formats) {
    const old = getCell(sheet, row, col);
    setCell(sheet, row, col, { ...old, numberFormat: format === "" ? undefined : format });
  }
}
