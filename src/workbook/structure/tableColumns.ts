/** A table's columns as found in the sheet, matched by header name. */
import { LOG_COLUMNS } from "../../domain/trust/logSchema";
import { REALISATION_COLUMNS } from "../../domain/model/realisation";
import { TABLE_COLUMNS, type ColumnKey, type ColumnKind } from "../../domain/model/tableSchema";
import { sameText } from "../../domain/model/cells";
import { indexHeaders } from "../../domain/model/tableHeaders";
import { WorkbookError } from "../errors";
import { NUMBER_FORMATS } from "./layout";
import { workbookMessages } from "../messages.sv";

/** What the add-in knows of a table's columns: the registration table's, the log's, the periods'. */
export type KnownColumns = readonly { header: string; kind: ColumnKind }[];

/** Headers of `columns` (the registration table's by default) that the sheet's table lacks. */
export function missingColumns(
  headers: readonly string[],
  columns: KnownColumns = TABLE_COLUMNS
): string[] {
  return columns
    .filter((column) => !headers.some((h) => sameText(h, column.header)))
    .map((column) => column.header);
}

/** Headers in the sheet that the add-in does not know: users' own columns, kept as they are. */
export function extraColumns(headers: readonly string[]): string[] {
  return headers.filter((h) => h !== "" && !TABLE_COLUMNS.some((c) => sameText(h, c.header)));
}

/** Where a known column is in the sheet's headers, matched as headers are (-1: missing). */
export const columnIndex = (headers: readonly string[], key: ColumnKey): number =>
  indexHeaders(headers).indexOf.get(key) ?? -1;

/** Writing into a table that lacks columns would misplace values: stop and offer the repair. */
export function requireColumns(headers: readonly string[]): void {
  const missing = missingColumns(headers);
  if (missing.length > 0) {
    throw new WorkbookError("missingColumns", workbookMessages.missingColumns(missing));
  }
}

/** The same for the log: a change is never written without its log line. */
export function requireLogColumns(headers: readonly string[]): void {
  const missing = missingColumns(headers, LOG_COLUMNS);
  if (missing.length > 0) {
    throw new WorkbookError("missingColumns", workbookMessages.missingLogColumns(missing));
  }
}

/** The same for the period table: a period is never written into the wrong column. */
export function requireRealisationColumns(headers: readonly string[]): void {
  const missing = missingColumns(headers, REALISATION_COLUMNS);
  if (missing.length > 0) {
    throw new WorkbookError("missingColumns", workbookMessages.missingRealisationColumns(missing));
  }
}

/** Number formats for one row in the sheet's column order; null leaves users' columns alone. */
export function rowNumberFormats(
  headers: readonly string[],
  columns: KnownColumns = TABLE_COLUMNS
): (string | null)[] {
  return headers.map((h) => {
    const column = columns.find((c) => sameText(h, c.header));
    return column ? NUMBER_FORMATS[column.kind] : null;
  });
}

/** A header as people mistype it: no accents, case, spaces or punctuation ("Forvaltning"). */
const looseKey = (header: string): string =>
  header
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");

/**
 * Missing columns whose header is there, mistyped: "Forvaltning" for "Förvaltning". The repair
 * corrects such a header instead of adding an empty column beside the values.
 */
export function misspeltColumns(headers: readonly string[]): { found: string; expected: string }[] {
  const extra = extraColumns(headers);
  return missingColumns(headers).flatMap((expected) => {
    const matches = extra.filter((found) => looseKey(found) === looseKey(expected));
    return matches.length === 1 ? [{ found: matches[0] as string, expected }] : [];
  });
}
