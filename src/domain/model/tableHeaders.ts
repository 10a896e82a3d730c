/**
 * The registration table's header row → its columns. Users move, rename and add columns, so
 * columns are found by header text (case and spacing ignored), never by position.
 */
import { foldText } from "./cells";
import { TABLE_COLUMNS, type ColumnDef, type ColumnKey } from "./tableSchema";

export interface HeaderIndex {
  /** Position of each known column in the headers (the first one, if a header repeats). */
  indexOf: Map<ColumnKey, number>;
  /** Known columns that the table lacks (renamed or deleted). */
  missing: ColumnKey[];
  /** The table's headers that are no known column (the users' own, or renamed ones). */
  unknown: string[];
}

const COLUMN_BY_HEADER: ReadonlyMap<string, ColumnDef> = new Map(
  TABLE_COLUMNS.map((column) => [foldText(column.header), column])
);

/** The known column a header names, if any. */
export const columnOfHeader = (header: string): ColumnDef | undefined =>
  COLUMN_BY_HEADER.get(foldText(header));

/** Matches headers to columns, trimmed and case-insensitively. */
export function indexHeaders(headers: readonly string[]): HeaderIndex {
  const indexOf = new Map<ColumnKey, number>();
  const unknown: string[] = [];
  headers.forEach((header, index) => {
    const column = columnOfHeader(header);
    if (column && !indexOf.has(column.key)) indexOf.set(column.key, index);
    else unknown.push(header);
  });
  const missing = TABLE_COLUMNS.map((column) => column.key).filter((key) => !indexOf.has(key));
  return { indexOf, missing, unknown };
}
