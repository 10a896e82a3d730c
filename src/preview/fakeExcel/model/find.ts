/**
 * `Range.find` (learn.microsoft.com "Find strings in an Excel worksheet"): the first cell, row
 * by row, whose value matches. `completeMatch` and `matchCase` default to false; "*" and "?"
 * are wildcards ("~" escapes them), as in Excel's Find. On a single cell the whole sheet is
 * searched, starting after that cell and wrapping around. Values are compared as stored
 * (String(value)), not as displayed through the number format.
 */
import { MAX_COLUMNS, MAX_ROWS } from "./address";
import { keyCol, keyRow } from "./cells";
import { containsCell } from "./rect";
import type { Rect, SheetModel } from "./types";

export interface FindCriteria {
  completeMatch?: boolean;
  matchCase?: boolean;
  searchDirection?: "Forward" | "Backwards";
}

const escape = (ch: string): string => ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function pattern(text: string, criteria: FindCriteria): RegExp {
  let source = "";
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] ?? "";
    if (ch === "~" && i + 1 < text.length) source += escape(text[++i] ?? "");
    else if (ch === "*") source += ".*";
    else if (ch === "?") source += ".";
    else source += escape(ch);
  }
  const anchored = criteria.completeMatch ? `^${source}$` : source;
  return new RegExp(anchored, criteria.matchCase ? "su" : "isu");
}

export function findCell(
  sheet: SheetModel,
  rect: Rect,
  text: string,
  criteria: FindCriteria = {}
): { row: number; col: number } | undefined {
  const single = rect.rows === 1 && rect.cols === 1;
  const area = single ? { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLUMNS } : rect;
  const matcher = pattern(text, criteria);
  const hits = [...sheet.cells]
    .filter(
      ([key, c]) => containsCell(area, keyRow(key), keyCol(key)) && matcher.test(String(c.value))
    )
    .map(([key]) => key)
    .sort((a, b) => a - b); // keys are row-major
  const backwards = criteria.searchDirection === "Backwards";
  if (backwards) hits.reverse();
  const start = rect.row * MAX_COLUMNS + rect.col;
  const after = (key: number) => (backwards ? key < start : key > start);
  const key = single ? (hits.find(after) ?? hits[0]) : hits[0];
  return key === undefined ? undefined : { row: keyRow(key), col: keyCol(key) };
}
