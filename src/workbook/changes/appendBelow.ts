/**
 * Appending rows to a table the way co-authored workbooks need it, for the registrations and
 * the log alike: values written into the rows just below the table (Excel expands the table),
 * never `TableRowCollection.add` on the normal path, which causes merge conflicts and lost
 * changes for co-authors ("Coauthoring in Excel add-ins").
 *
 * Targets are navigated from the table's last row at the moment Excel runs the batch, so rows a
 * co-author appended in between push ours further down instead of being overwritten. A new
 * table's empty first body row (Excel keeps one) is never filled: every co-author would see it
 * empty and write into the same row. Each row is written with one `formulasR1C1` command
 * (values and any formula together).
 *
 * Landed means inside the table's data body as Excel reports it after the write, with our key
 * in it (landing.ts): the cells alone read the same inside or outside the table. Excel expands
 * a table only for the documented case, so rows left outside are taken in (`Table.resize`,
 * ExcelApi 1.13) or, without it, cleared and added with `TableRowCollection.add`, the
 * documented way to add rows that always lands in the table (also above a totals row, where
 * nothing written below can land). What still is outside at the end is removed before failing.
 */
import { WorkbookError } from "../errors";
import {
  classify,
  queueCleanup,
  queueTakeIn,
  queueWritten,
  rowsBelow,
  type RowsBelow,
  type Stray,
  type Written,
} from "./landing";

export type { RowsBelow } from "./landing";

/** How often rows that did not land are written again before giving up. */
const MAX_ATTEMPTS = 3;

export interface AppendOptions {
  /** `Table.resize` is there (ExcelApi 1.13 at run time): rows left outside are taken in. */
  canResize: boolean;
  /** Queued once, right after the first attempt's rows (the change a log line records). */
  alsoQueue?: () => void;
}

/** Queues a look at the `count` rows just below the table (for `isOccupied` after the sync). */
export function queueBelow(table: Excel.Table, count: number): Excel.Range {
  return rowsBelow(table, count).load("values");
}

const FIND_EXACT: Excel.SearchCriteria = { completeMatch: true, matchCase: true };

/**
 * Queues a look for the keys a failed attempt was given, in the table's body (for a retry:
 * rows found landed then, and are not written twice). Not on a hidden sheet: there `find`
 * finds nothing in desktop Excel (office-js #6349).
 */
export const queueEarlier = (table: Excel.Table, keys: readonly string[]): Excel.Range[] =>
  keys.map((key) => table.getDataBodyRange().findOrNullObject(key, FIND_EXACT).load("rowIndex"));

/** After sync: whether something typed just below the table would be overwritten. */
export const isOccupied = (below: Excel.Range): boolean =>
  below.values.some((row) => row.some((cell) => cell !== ""));

/**
 * Writes each set of rows into its table, in the order given, and proves they landed; rows
 * that did not are taken in or written again. One sync when Excel expands the table as
 * documented; one more per recovery.
 */
export async function appendBelow(
  context: Excel.RequestContext,
  sets: readonly RowsBelow[],
  options: AppendOptions
): Promise<void> {
  let pending = sets.map((set) => set.rows.map((_, index) => index));
  let strays: (Stray | null)[] = sets.map(() => null);
  const addAbove = sets.map((set) => set.totalsShown);
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const written: (Written | null)[] = sets.map((set, s) => {
      const stray = strays[s] ?? null;
      if (stray && options.canResize) return queueTakeIn(set, stray, pending[s] ?? []);
      if (stray) queueCleanup(stray);
      const rows = [...(stray?.rows ?? []), ...(pending[s] ?? [])].sort((a, b) => a - b);
      if (rows.length === 0) return null;
      return addAbove[s]
        ? queueWritten(set, rows, "addRows")
        : queueWritten(set, rows, attempt > 1 || set.occupied ? "insertBelow" : "below");
    });
    if (attempt === 1) options.alsoQueue?.();
    try {
      // Each attempt depends on what the previous one proved; the first normally lands.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      // Rows known to be outside (a take-in that failed) must not stay below the table.

      await removeStrays(context, strays).catch(() => undefined);
      throw error;
    }
    const outcome = written.map((w, s) => (w ? classify(sets[s] as RowsBelow, w) : null));
    pending = outcome.map((o) => o?.missing ?? []);
    strays = outcome.map((o) => o?.stray ?? null);
    // Without resize, rows that Excel would not take in are added with rows.add from now on.
    strays.forEach((stray, s) => (addAbove[s] ||= stray !== null && !options.canResize));
    if (pending.every((rows) => rows.length === 0) && strays.every((stray) => !stray)) return;
  }
  await removeStrays(context, strays);
  const failed = sets.findIndex(
    (_, s) => (pending[s]?.length ?? 0) + (strays[s]?.rows.length ?? 0) > 0
  );
  const set = sets[failed] as RowsBelow;
  const count = (pending[failed]?.length ?? 0) + (strays[failed]?.rows.length ?? 0);
  throw new WorkbookError("syncFailed", set.notConfirmed(count));
}

/** Rows still outside their table after every attempt: removed, never left below it. */
async function removeStrays(
  context: Excel.RequestContext,
  strays: readonly (Stray | null)[]
): Promise<void> {
  if (strays.every((stray) => !stray)) return;
  strays.forEach((stray) => stray && queueCleanup(stray));
  await context.sync();
}
