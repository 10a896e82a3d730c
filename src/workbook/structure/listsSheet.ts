/**
 * The `Kategori` sheet's four lists, found by header name wherever they are on the sheet.
 */
import type { CellValue } from "../../domain/model/cells";
import { readLists, type EffectLists, type ListsReading } from "../../domain/model/lists";
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
