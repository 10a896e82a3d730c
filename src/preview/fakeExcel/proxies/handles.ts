/** What proxies resolve to in the model, and small helpers shared by the proxy files. */
import { fail } from "../errors";
import type { ContextCore } from "../engine/context";
import { READ_CELL_LIMIT } from "../engine/command";
import { parseRect, splitSheet } from "../model/address";
import { cellCount, checkedRect } from "../model/rect";
import { findSheet, sheetById } from "../model/workbook";
import type {
  ChartModel,
  FakeWorkbook,
  Rect,
  SheetModel,
  TableModel,
  TrackedRange,
} from "../model/types";

export interface RangeHandle {
  sheet: SheetModel;
  tracked: TrackedRange;
}

export interface TablePartHandle {
  table: TableModel;
  sheet: SheetModel;
  index: number;
}

export interface ChartHandle {
  sheet: SheetModel;
  chart: ChartModel;
}

/** A sheet that a co-author deleted no longer resolves. */
export function live<T extends { deleted?: boolean }>(item: T, location: string): T {
  return item.deleted ? fail("ItemNotFound", location) : item;
}

export function trackRange(context: ContextCore, sheet: SheetModel, rect: Rect): RangeHandle {
  const tracked: TrackedRange = { sheetId: sheet.id, rect: checkedRect(rect, "Range") };
  context.track(tracked);
  return { sheet, tracked };
}

/** The sheet a table is on (the table itself must still exist). */
export const sheetOf = (model: FakeWorkbook, t: TableModel): SheetModel =>
  sheetById(model, live(t, "Table").sheetId);

/** The range's current rectangle, after any shifts since it was created. */
export function rectOf(handle: RangeHandle): Rect {
  live(handle.sheet, "Range");
  return handle.tracked.rect;
}

/** "On all platforms, a range is limited to five million cells for get operations." */
export function checkReadable(rect: Rect): void {
  if (cellCount(rect) > READ_CELL_LIMIT) fail("RangeExceedsLimit", "Range.values");
}

/** Parses an address given to a sheet; a sheet prefix must name that sheet. */
export function rectOnSheet(sheet: SheetModel, address: string, location: string): Rect {
  const { sheet: named, cells } = splitSheet(address);
  if (named !== undefined && named.toLowerCase() !== sheet.name.toLowerCase()) {
    fail("InvalidArgument", location);
  }
  return parseRect(cells);
}

/** Resolves "Sheet!A1:B2" in the workbook, or a bare address on `fallback`. */
export function sheetAndRect(
  sheets: SheetModel[],
  fallback: SheetModel,
  address: string,
  location: string
): { sheet: SheetModel; rect: Rect } {
  const { sheet: named, cells } = splitSheet(address);
  const sheet =
    named === undefined
      ? fallback
      : (findSheet({ sheets }, named) ?? fail("InvalidArgument", location));
  return { sheet, rect: parseRect(cells) };
}

export const pathArgs = (...args: unknown[]): string =>
  args
    .filter((a) => a !== undefined)
    .map((a) => JSON.stringify(a))
    .join(", ");
