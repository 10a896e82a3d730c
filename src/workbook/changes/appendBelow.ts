/**
 * Appending rows to a table the way co-authored workbooks need it, for the registrations and
 * the log alike: values written into the rows just below the table (Excel expands the table),
 * never `TableRowCollection.add`, which causes merge conflicts and lost changes for co-authors.
 *
 * Targets are navigated from the table's last row at the moment Excel runs the batch, so rows a
 * co-author appended in between push ours further down instead of being overwritten. A new
 * table's empty first body row (Excel keeps one) is never filled: every co-author would see it
 * empty and write into the same row. Each row is written with one `formulasR1C1` command
 * (values and any formula together), then its key column is read back to confirm it landed.
 */
import type { CellValue } from "../../domain/model/cells";
import { WorkbookError } from "../errors";

/** How often rows that did not land are written again before giving up. */
const MAX_ATTEMPTS = 3;

/** Rows for one table, and what the first look below it found. */
export interface RowsBelow {
  table: Excel.Table;
  /** One array per row for `formulasR1C1`; null leaves a cell (a user's column) as it is. */
  rows: readonly (readonly (CellValue | null)[])[];
  /** The number formats of one row, in the table's column order. */
  numberFormats: readonly (string | null)[];
  /** The column read back to confirm landing, and what each row must read there. */
  keyColumn: number;
  keys: readonly string[];
  /** Something stood just below the table at the first look (`isOccupied`): make room. */
  occupied: boolean;
  /** The Swedish message when rows still have not landed after every attempt. */
  notConfirmed: (count: number) => string;
}

/** Queues a look at the `count` rows just below the table (for `isOccupied` after the sync). */
export function queueBelow(table: Excel.Table, count: number): Excel.Range {
  return rowsBelow(table, count).load("values");
}

/** After sync: whether something typed just below the table would be overwritten. */
export const isOccupied = (below: Excel.Range): boolean =>
  below.values.some((row) => row.some((cell) => cell !== ""));

/**
 * Writes each set of rows below its table, in the order given, and confirms them; rows that
 * did not land are written again, making room first, since the first look is stale by then.
 * `alsoQueue` runs once, right after the first attempt's rows are queued, so what it queues
 * (the change a log line records) goes in the same sync, after them. One sync when nobody else
 * writes.
 */
export async function appendBelow(
  context: Excel.RequestContext,
  sets: readonly RowsBelow[],
  alsoQueue: () => void = () => undefined
): Promise<void> {
  let pending = sets.map((set) => set.rows.map((_, index) => index));
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const readBack = sets.map((set, s) => {
      const rows = pending[s] ?? [];
      return rows.length === 0 ? null : writeBelow(set, rows, attempt > 1 || set.occupied);
    });
    if (attempt === 1) alsoQueue();
    // Each retry depends on what the previous attempt read back; the first attempt normally lands.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    pending = pending.map((rows, s) => {
      const keys = readBack[s]?.values ?? [];
      return rows.filter((row, i) => String(keys[i]?.[0] ?? "") !== sets[s]?.keys[row]);
    });
    if (pending.every((rows) => rows.length === 0)) return;
  }
  const unconfirmed = pending.findIndex((rows) => rows.length > 0);
  const set = sets[unconfirmed] as RowsBelow;
  throw new WorkbookError("syncFailed", set.notConfirmed(pending[unconfirmed]?.length ?? 0));
}

function rowsBelow(table: Excel.Table, count: number): Excel.Range {
  return table
    .getRange()
    .getLastRow()
    .getOffsetRange(1, 0)
    .getResizedRange(count - 1, 0);
}

/** Queues the rows and a read-back of their key column. */
function writeBelow(set: RowsBelow, rows: readonly number[], makeRoom: boolean): Excel.Range {
  const below = rowsBelow(set.table, rows.length);
  const target = makeRoom ? below.insert("Down") : below;
  target.numberFormat = rows.map(() => [...set.numberFormats]);
  // Values and formula in one command: a failure between two writes would leave a row without
  // its formula, which a retry never completes (it finds the row's key and skips it).
  target.formulasR1C1 = rows.map((row) => [...(set.rows[row] ?? [])]);
  return target.getColumn(set.keyColumn).load("values");
}
