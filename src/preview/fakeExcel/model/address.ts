/**
 * A1 addresses: parsing what `getRange` accepts and formatting what `Range.address` returns.
 * Excel returns the sheet name with the address ("Registrering!A1:D5"), quotes names that
 * are not plain identifiers ("'Two Names'!A1", apostrophes doubled: office-js issue #512),
 * and writes whole columns and rows as "D:D" and "2:2".
 */
import { fail } from "../errors";
import type { Rect } from "./types";

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export function columnLetters(col: number): string {
  let n = col + 1;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function looksLikeCellReference(name: string): boolean {
  const a1 = /^([A-Za-z]{1,3})(\d+)$/.exec(name);
  if (a1 && columnIndex(a1[1] ?? "") < MAX_COLUMNS && Number(a1[2]) <= MAX_ROWS) return true;
  return /^R\d*C\d*$/i.test(name);
}

/** Quotes like Excel; this fake also quotes non-ASCII names ('Sammanställning'!A1). */
export function quoteSheetName(name: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !looksLikeCellReference(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

export function formatRect(rect: Rect): string {
  const lastRow = rect.row + rect.rows - 1;
  const lastCol = rect.col + rect.cols - 1;
  if (rect.row === 0 && rect.rows === MAX_ROWS) {
    return `${columnLetters(rect.col)}:${columnLetters(lastCol)}`;
  }
  if (rect.col === 0 && rect.cols === MAX_COLUMNS) return `${rect.row + 1}:${lastRow + 1}`;
  const first = `${columnLetters(rect.col)}${rect.row + 1}`;
  if (rect.rows === 1 && rect.cols === 1) return first;
  return `${first}:${columnLetters(lastCol)}${lastRow + 1}`;
}

export function formatAddress(sheetName: string, rect: Rect): string {
  return `${quoteSheetName(sheetName)}!${formatRect(rect)}`;
}

/** "Kategori!$A$4:$A$20", the form Excel stores in list validations and chart series. */
export function formatAbsolute(sheetName: string, rect: Rect): string {
  const cells = formatRect(rect).replace(/([A-Z]+)?(\d+)?/g, (m, col?: string, row?: string) =>
    m === "" ? "" : `${col ? `$${col}` : ""}${row ? `$${row}` : ""}`
  );
  return `${quoteSheetName(sheetName)}!${cells}`;
}

interface Corner {
  row?: number;
  col?: number;
}

function parseCorner(text: string): Corner | undefined {
  const m = /^\$?([A-Za-z]{0,3})\$?(\d*)$/.exec(text);
  if (!m || (m[1] === "" && m[2] === "")) return undefined;
  const col = m[1] ? columnIndex(m[1]) : undefined;
  const row = m[2] ? Number(m[2]) - 1 : undefined;
  if (col !== undefined && col >= MAX_COLUMNS) return undefined;
  if (row !== undefined && (row < 0 || row >= MAX_ROWS)) return undefined;
  return { row, col };
}

/** Splits "'My sheet'!A1:B2" into sheet name (unquoted) and the cell part. */
export function splitSheet(address: string): { sheet?: string; cells: string } {
  const quoted = /^'((?:[^']|'')+)'!(.*)$/.exec(address);
  if (quoted) return { sheet: (quoted[1] ?? "").replace(/''/g, "'"), cells: quoted[2] ?? "" };
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { cells: address };
  return { sheet: address.slice(0, bang), cells: address.slice(bang + 1) };
}

/** Parses the cell part of an address: "A1", "A1:D10", "D:D", "2:5". */
export function parseRect(cells: string): Rect {
  const [startText = "", endText, extra] = cells.trim().split(":");
  const start = parseCorner(startText);
  const end = endText === undefined ? start : parseCorner(endText);
  if (!start || !end || extra !== undefined) return fail("InvalidArgument", "Worksheet.getRange");
  const wholeColumns = start.row === undefined && end.row === undefined;
  const wholeRows = start.col === undefined && end.col === undefined;
  if (!wholeColumns && !wholeRows && (start.row === undefined || start.col === undefined)) {
    return fail("InvalidArgument", "Worksheet.getRange");
  }
  if (!wholeColumns && !wholeRows && (end.row === undefined || end.col === undefined)) {
    return fail("InvalidArgument", "Worksheet.getRange");
  }
  const r0 = wholeColumns ? 0 : Math.min(start.row ?? 0, end.row ?? 0);
  const r1 = wholeColumns ? MAX_ROWS - 1 : Math.max(start.row ?? 0, end.row ?? 0);
  const c0 = wholeRows ? 0 : Math.min(start.col ?? 0, end.col ?? 0);
  const c1 = wholeRows ? MAX_COLUMNS - 1 : Math.max(start.col ?? 0, end.col ?? 0);
  return { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
}
