/**
 * What Excel did, read with Excel's own API rather than through the adapter: a table's bounds,
 * the ids inside its body, and whatever lies in the rows just below it. Cases use these to
 * check that a row landed *inside* the table, not merely that cells were written.
 */
import type { ExcelRun } from "../../src/workbook/excelWorkbook";
import { check } from "./check";

/** How far below a table a stray row is looked for: a write aims at the first row below. */
const ROWS_CHECKED_BELOW = 3;

export interface TableFacts {
  /** The ID column's body cells, in sheet order ("" for an empty row). */
  ids: string[];
  /** Sheet row (1-based) of the table's header and its last row (the totals row when shown). */
  headerRow: number;
  lastRow: number;
  showTotals: boolean;
  /** Non-empty cells in the rows just below the table, under its columns, as "A7: value". */
  strayBelow: string[];
}

export function readTableFacts(run: ExcelRun, tableName: string): Promise<TableFacts> {
  return run(async (context) => {
    const table = context.workbook.tables.getItem(tableName);
    const whole = table.getRange().load("rowIndex, rowCount, columnIndex");
    const ids = table.columns.getItem("ID").getDataBodyRange().load("values");
    const below = table.getRange().getRowsBelow(ROWS_CHECKED_BELOW).load("values, rowIndex");
    table.load("showTotals");
    await context.sync();
    const strayBelow = below.values.flatMap((row, r) =>
      row.flatMap((value, c) =>
        value === ""
          ? []
          : [`${columnLetters(whole.columnIndex + c)}${below.rowIndex + r + 1}: ${String(value)}`]
      )
    );
    return {
      ids: ids.values.map(([value]) => String(value ?? "")),
      headerRow: whole.rowIndex + 1,
      lastRow: whole.rowIndex + whole.rowCount,
      showTotals: table.showTotals,
      strayBelow,
    };
  });
}

function columnLetters(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** Each id is in the table's body exactly once, and nothing was left below the table. */
export async function checkLanded(
  run: ExcelRun,
  tableName: string,
  expectedIds: readonly string[]
): Promise<TableFacts> {
  const facts = await readTableFacts(run, tableName);
  for (const id of expectedIds) {
    const times = facts.ids.filter((inTable) => inTable === id).length;
    check.equal(times, 1, `gånger ${id} står i tabellen ${tableName}s kropp`);
  }
  check.equal(facts.strayBelow, [], `celler under tabellen ${tableName}`);
  return facts;
}
