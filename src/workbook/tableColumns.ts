/** The registration table's columns as found in the sheet, matched by header name. */
import { TABLE_COLUMNS } from "../domain/tableSchema";
import { sameText } from "../domain/cells";
import { WorkbookError } from "./errors";
import { NUMBER_FORMATS } from "./layout";
import { workbookMessages } from "./messages.sv";

/** Headers of TABLE_COLUMNS that the sheet's table lacks. */
export function missingColumns(headers: readonly string[]): string[] {
  return TABLE_COLUMNS.filter((column) => !headers.some((h) => sameText(h, column.header))).map(
    (column) => column.header
  );
}

/** Headers in the sheet that the add-in does not know: users' own columns, kept as they are. */
export function extraColumns(headers: readonly string[]): string[] {
  return headers.filter((h) => h !== "" && !TABLE_COLUMNS.some((c) => sameText(h, c.header)));
}

/** Writing into a table that lacks columns would misplace values: stop and offer the repair. */
export function requireColumns(headers: readonly string[]): void {
  const missing = missingColumns(headers);
  if (missing.length > 0) {
    throw new WorkbookError("missingColumns", workbookMessages.missingColumns(missing));
  }
}

/** Number formats for one row in the sheet's column order; null leaves users' columns alone. */
export function rowNumberFormats(headers: readonly string[]): (string | null)[] {
  return headers.map((h) => {
    const column = TABLE_COLUMNS.find((c) => sameText(h, c.header));
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
