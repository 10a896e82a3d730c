/**
 * The `Kategori` sheet's four lists, found by header name wherever they are on the sheet.
 */
import type { CellValue } from "../../domain/model/cells";
import { toCellText } from "../../domain/model/cellText";
import {
  LIST_HEADERS,
  matchListValue,
  readLists,
  type EffectLists,
  type ListName,
  type ListsReading,
} from "../../domain/model/lists";
import { WorkbookError } from "../errors";
import { SHEETS } from "./layout";
import { workbookMessages } from "../messages.sv";

export interface QueuedLists {
  sheet: Excel.Worksheet;
  used: Excel.Range;
}

/** Queues the lists sheet's used range (values only: formatting alone does not count). */
export function queueListsRange(context: Excel.RequestContext): QueuedLists {
  const sheet = context.workbook.worksheets.getItemOrNullObject(SHEETS.lists);
  sheet.load("name");
  const used = sheet.getUsedRangeOrNullObject(true).load("values, rowIndex, columnIndex");
  return { sheet, used };
}

/** After sync: the lists as found, with sheet-absolute header positions; null without the sheet. */
export function listsReading(queued: QueuedLists): ListsReading | null {
  if (queued.sheet.isNullObject) return null;
  if (queued.used.isNullObject) return readLists([]);
  const reading = readLists(queued.used.values as CellValue[][]);
  const { rowIndex, columnIndex } = queued.used;
  const locations = Object.fromEntries(
    Object.entries(reading.locations).map(([name, at]) => [
      name,
      at && { row: at.row + rowIndex, column: at.column + columnIndex },
    ])
  ) as ListsReading["locations"];
  return { ...reading, locations };
}

/** After sync: the lists, or a WorkbookError when the sheet is gone. */
export function listsFromRange(queued: QueuedLists): EffectLists {
  const reading = listsReading(queued);
  if (!reading) {
    throw new WorkbookError("missingLists", workbookMessages.missingListSheet(SHEETS.lists));
  }
  return reading.lists;
}

export async function readListsSheet(context: Excel.RequestContext): Promise<EffectLists> {
  const queued = queueListsRange(context);
  await context.sync();
  return listsFromRange(queued);
}

/** Writes `value` in a cell inserted below the list's last value; two syncs. */
export async function addListValue(
  context: Excel.RequestContext,
  list: ListName,
  value: string
): Promise<EffectLists> {
  const queued = queueListsRange(context);
  await context.sync();
  const reading = listsReading(queued);
  const header = reading?.locations[list];
  if (!reading || !header) {
    throw new WorkbookError("missingLists", workbookMessages.missingLists([LIST_HEADERS[list]]));
  }
  const text = value.trim();
  if (matchListValue(reading.lists[list], text) !== null) return reading.lists;

  const { rowIndex, columnIndex } = queued.used;
  // The list ends where another list stacked below it in the same column starts (as read).
  const stackedBelow = Object.values(reading.locations).flatMap((at) =>
    at && at.column === header.column && at.row > header.row ? [at.row - rowIndex] : []
  );
  const column = (queued.used.values as CellValue[][])
    .slice(0, Math.min(Infinity, ...stackedBelow))
    .map((row) => row[header.column - columnIndex] ?? "");
  const lastFilled = column.reduce<number>(
    (last, cell, index) => (String(cell).trim() !== "" ? index : last),
    header.row - rowIndex
  );
  // Inserted, not written over: a co-author may have added a value there since the read, or
  // the stacked list's header may be right below.
  const cell = queued.sheet.getCell(lastFilled + rowIndex + 1, header.column).insert("Down");
  cell.values = [[toCellText(text)]];
  // Landed means the list as read now holds it, not that the cell reads back what was written.
  const after = queueListsRange(context);
  await context.sync();
  const lists = listsReading(after)?.lists;
  if (!lists || matchListValue(lists[list], text) === null) {
    cell.delete("Up");
    await context.sync();
    throw new WorkbookError("syncFailed", workbookMessages.listValueNotConfirmed(text));
  }
  return lists;
}
