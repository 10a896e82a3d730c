/**
 * Data validation rules per range. Only list rules are simulated (what the add-in uses).
 * Setting a rule replaces the rules on those cells; `clear()` removes rules from the overlap
 * only ("The range you clear doesn't need to precisely match the range on which you added data
 * validation", learn.microsoft.com "Add data validation to Excel ranges").
 * Data validation never blocks API writes (Excel checks only what users type).
 */
import { fail, notSimulated } from "../errors";
import { intersection, intersects, lastCol, lastRow } from "./rect";
import type { Rect, SheetModel, ValidationModel } from "./types";

/** rect minus hole, as up to four rectangles. */
export function subtract(rect: Rect, hole: Rect): Rect[] {
  const cut = intersection(rect, hole);
  if (!cut) return [rect];
  const parts: Rect[] = [];
  if (cut.row > rect.row) parts.push({ ...rect, rows: cut.row - rect.row });
  if (lastRow(cut) < lastRow(rect)) {
    parts.push({ ...rect, row: lastRow(cut) + 1, rows: lastRow(rect) - lastRow(cut) });
  }
  if (cut.col > rect.col) parts.push({ ...cut, col: rect.col, cols: cut.col - rect.col });
  if (lastCol(cut) < lastCol(rect)) {
    parts.push({ ...cut, col: lastCol(cut) + 1, cols: lastCol(rect) - lastCol(cut) });
  }
  return parts;
}

export function clearValidation(sheet: SheetModel, rect: Rect): void {
  sheet.validations = sheet.validations.flatMap((v) =>
    intersects(v.rect, rect) ? subtract(v.rect, rect).map((r) => ({ ...v, rect: r })) : [v]
  );
}

/** `source` is already text: a Range argument is turned into its address by the proxy. */
export function setListRule(sheet: SheetModel, rect: Rect, rule: unknown): void {
  const location = "DataValidation.rule";
  if (typeof rule !== "object" || rule === null) fail("InvalidArgument", location);
  const { list, ...others } = rule as { list?: { inCellDropDown?: unknown; source?: unknown } };
  if (Object.keys(others).length > 0) notSimulated(`data validation rules other than list`);
  if (!list || typeof list.source !== "string" || list.source.trim() === "") {
    fail("InvalidArgument", location);
  }
  const validation: ValidationModel = {
    rect,
    rule: { list: { inCellDropDown: list.inCellDropDown !== false, source: list.source } },
    extras: {},
  };
  clearValidation(sheet, rect);
  sheet.validations.push(validation);
}

/** The rule that covers the whole rect, if one does (DataValidation.rule when loaded). */
export function ruleAt(sheet: SheetModel, rect: Rect): ValidationModel | undefined {
  return sheet.validations.find(
    (v) =>
      v.rect.row <= rect.row &&
      v.rect.col <= rect.col &&
      lastRow(v.rect) >= lastRow(rect) &&
      lastCol(v.rect) >= lastCol(rect)
  );
}

/** DataValidation.type: "None", "List", or "Inconsistent" when only part of rect has a rule. */
export function validationType(sheet: SheetModel, rect: Rect): string {
  if (ruleAt(sheet, rect)) return "List";
  return sheet.validations.some((v) => intersects(v.rect, rect)) ? "Inconsistent" : "None";
}
