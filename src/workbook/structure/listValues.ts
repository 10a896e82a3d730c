/**
 * Adding a value to one of the `Kategori` sheet's lists, and the later look that confirms it.
 * Co-authors work on their own copies: two who add a value at the same time both write the
 * first empty cell under the list, and once the service has merged the copies the later value
 * has taken the other's place. So the pane confirms seconds later that the value is in its list
 * exactly once, and adds it again when it is not.
 */
import { foldText, type CellValue } from "../../domain/model/cells";
import { toCellText } from "../../domain/model/cellText";
import {
  LIST_HEADERS,
  matchListValue,
  type EffectLists,
  type ListName,
  type ListsReading,
} from "../../domain/model/lists";
import { WorkbookError } from "../errors";
import type { ListValueConfirmation } from "../port";
import { listsReading, queueListsRange, type QueuedLists } from "./listsSheet";
import { workbookMessages } from "../messages.sv";

/** Writes `value` in a cell inserted below the list's last value; two syncs. */
export async function addListValue(
  context: Excel.RequestContext,
  list: ListName,
  value: string
): Promise<EffectLists> {
  const { queued, reading, cells } = await readList(context, list);
  const text = value.trim();
  if (matchListValue(reading.lists[list], text) !== null) return reading.lists;
  return insertBelowList(context, queued, cells, list, text);
}

/**
 * Seconds after `addListValue`: the value counted in its list's column as Excel has it now.
 * One sync when it is there; when it is gone, added again as `addListValue` does (two more).
 */
export async function confirmListValue(
  context: Excel.RequestContext,
  list: ListName,
  value: string
): Promise<ListValueConfirmation> {
  const { queued, cells } = await readList(context, list);
  const text = value.trim();
  const count = cells.values.filter((cell) => foldText(String(cell)) === foldText(text)).length;
  if (count > 0) return { rewritten: false, duplicate: count > 1 };
  await insertBelowList(context, queued, cells, list, text);
  return { rewritten: true, duplicate: false };
}

/** A list's cells below its header, up to a list stacked below it in the same column. */
interface ListCells {
  /** Sheet-absolute row and column of the list's header. */
  header: { row: number; column: number };
  values: CellValue[];
}

/** One sync: the lists as read and one list's column; a WorkbookError when it is missing. */
async function readList(
  context: Excel.RequestContext,
  list: ListName
): Promise<{ queued: QueuedLists; reading: ListsReading; cells: ListCells }> {
  const queued = queueListsRange(context);
  await context.sync();
  const reading = listsReading(queued);
  const header = reading?.locations[list];
  if (!reading || !header) {
    throw new WorkbookError("missingLists", workbookMessages.missingLists([LIST_HEADERS[list]]));
  }
  const { rowIndex, columnIndex } = queued.used;
  // The list ends where another list stacked below it in the same column starts (as read).
  const stackedBelow = Object.values(reading.locations).flatMap((at) =>
    at && at.column === header.column && at.row > header.row ? [at.row - rowIndex] : []
  );
  const values = (queued.used.values as CellValue[][])
    .slice(header.row - rowIndex + 1, Math.min(Infinity, ...stackedBelow))
    .map((row) => row[header.column - columnIndex] ?? "");
  return { queued, reading, cells: { header, values } };
}

/** Inserts `text` below the list's last value and proves it is in the list; two syncs. */
async function insertBelowList(
  context: Excel.RequestContext,
  queued: QueuedLists,
  { header, values }: ListCells,
  list: ListName,
  text: string
): Promise<EffectLists> {
  const lastFilled = values.reduce<number>(
    (last, cell, index) => (String(cell).trim() !== "" ? index + 1 : last),
    0
  );
  // Inserted, not written over: a co-author may have added a value there since the read, or
  // the stacked list's header may be right below.
  const cell = queued.sheet.getCell(header.row + lastFilled + 1, header.column).insert("Down");
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
