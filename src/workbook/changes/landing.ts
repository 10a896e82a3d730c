/**
 * Proof that rows landed in a table, and the recoveries when they did not. A row landed when,
 * after the write, its key reads back in its row AND that row lies inside the table's data body
 * range as Excel reports it in the same sync; reading the cells alone cannot tell inside from
 * outside.
 */
import type { CellValue } from "../../domain/model/cells";

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
  /** The table shows its totals row: rows below it never join, so they are added above it. */
  totalsShown: boolean;
  /** The Swedish message when rows still have not landed after every attempt. */
  notConfirmed: (count: number) => string;
}

/** The `count` rows just below the table, as Excel finds its end when the batch runs. */
export function rowsBelow(table: Excel.Table, count: number): Excel.Range {
  return table
    .getRange()
    .getLastRow()
    .getOffsetRange(1, 0)
    .getResizedRange(count - 1, 0);
}

/** The queued write of some of a set's rows and what proves where they went. */
export interface Written {
  rows: readonly number[];
  target: Excel.Range;
  keys: Excel.Range;
  body: Excel.Range;
  /** The cells were inserted (below the table): removing them shifts the rest back up. */
  inserted: boolean;
  /** Rows not tried in this sync (waiting while others were taken in): still to write. */
  later: readonly number[];
}

/** Rows whose keys landed, contiguous, but outside the table body. */
export interface Stray {
  rows: readonly number[];
  range: Excel.Range;
  inserted: boolean;
  table: Excel.Table;
}

export type WriteMode = "below" | "insertBelow" | "addRows";

/** Queues the rows (below the table, or added to it) and the loads that prove where they went. */
export function queueWritten(set: RowsBelow, rows: readonly number[], mode: WriteMode): Written {
  const target = writeTarget(set, rows.length, mode);
  target.numberFormat = rows.map(() => [...set.numberFormats]);
  // Values and formula in one command: a failure between two writes would leave a row without
  // its formula, which a retry never completes (it finds the row's key and skips it).
  target.formulasR1C1 = rows.map((row) => [...(set.rows[row] ?? [])]);
  return {
    rows,
    target: target.load("rowIndex, rowCount"),
    keys: target.getColumn(set.keyColumn).load("values"),
    body: set.table.getDataBodyRange().load("rowIndex, rowCount"),
    inserted: mode === "insertBelow",
    later: [],
  };
}

function writeTarget(set: RowsBelow, count: number, mode: WriteMode): Excel.Range {
  if (mode !== "addRows") {
    const below = rowsBelow(set.table, count);
    return mode === "insertBelow" ? below.insert("Down") : below;
  }
  const blank = set.numberFormats.map(() => "");
  set.table.rows.add(
    undefined,
    Array.from({ length: count }, () => [...blank])
  );
  // The rows just added are the body's last ones, wherever a totals row sits.
  return set.table
    .getDataBodyRange()
    .getLastRow()
    .getOffsetRange(-(count - 1), 0)
    .getResizedRange(count - 1, 0);
}

/** Queues `Table.resize` over the table and the stray rows, and the loads that prove it. */
export function queueTakeIn(set: RowsBelow, stray: Stray, later: readonly number[]): Written {
  set.table.resize(set.table.getRange().getBoundingRect(stray.range));
  return {
    rows: stray.rows,
    target: stray.range.load("rowIndex, rowCount"),
    keys: stray.range.getColumn(set.keyColumn).load("values"),
    body: set.table.getDataBodyRange().load("rowIndex, rowCount"),
    inserted: stray.inserted,
    later,
  };
}

/** Queues the removal of stray rows: inserted cells go (what was below moves back), else cleared. */
export function queueCleanup(stray: Stray): void {
  if (stray.inserted) stray.range.delete("Up");
  else stray.range.clear("All");
}

/**
 * After sync: rows whose key is not where it was written (to write again), and the rows that
 * carry their key but lie outside the body (to take in or to remove).
 */
export function classify(set: RowsBelow, w: Written): { missing: number[]; stray: Stray | null } {
  const first = w.body.rowIndex;
  const last = first + w.body.rowCount - 1;
  const missing: number[] = [...w.later];
  const outside: number[] = [];
  w.rows.forEach((row, i) => {
    const keyLanded = String(w.keys.values[i]?.[0] ?? "") === set.keys[row];
    const sheetRow = w.target.rowIndex + i;
    if (!keyLanded) missing.push(row);
    else if (sheetRow < first || sheetRow > last) outside.push(i);
  });
  if (outside.length === 0) return { missing, stray: null };
  const from = Math.min(...outside);
  const to = Math.max(...outside);
  return {
    missing,
    stray: {
      rows: outside.map((i) => w.rows[i] as number),
      range: w.target.getRow(from).getResizedRange(to - from, 0),
      inserted: w.inserted,
      table: set.table,
    },
  };
}
