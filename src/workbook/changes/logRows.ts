/**
 * A log line ↔ one row of the log table, matched by header name like the registration table.
 * Pure: the adapter only moves these values.
 */
import { sameText, type CellValue } from "../../domain/model/cells";
import { toCellText } from "../../domain/model/cellText";
import { effectId } from "../../domain/model/effect";
import { LOG_COLUMNS, type LogLine } from "../../domain/trust/logSchema";

type LogKey = (typeof LOG_COLUMNS)[number]["key"];

const columnOf = (header: string) => LOG_COLUMNS.find((c) => sameText(c.header, header));

/** The line's cells in the order of `headers`; null leaves a column the add-in does not know. */
export function logLineCells(line: LogLine, headers: readonly string[]): (CellValue | null)[] {
  return headers.map((header) => {
    const column = columnOf(header);
    if (!column) return null;
    const value = line[column.key];
    // Every text is written so that it stays text, however it starts (see domain/cellText).
    return typeof value === "number" ? value : toCellText(value);
  });
}

/** The index of a log column in `headers` (-1 when it is missing). */
export const logColumnIndex = (headers: readonly string[], key: LogKey): number =>
  headers.findIndex((header) => columnOf(header)?.key === key);

/** A line from a row as Excel returns it; text cells come back as text, whatever they hold. */
export function logLineFromRow(row: readonly CellValue[], headers: readonly string[]): LogLine {
  const cell = (key: LogKey) => row[logColumnIndex(headers, key)] ?? "";
  const text = (key: LogKey) => String(cell(key));
  const time = cell("time");
  return {
    // Only a hand edit of the hidden log gives a time that is no number.
    time: typeof time === "number" ? time : 0,
    by: text("by"),
    id: effectId(text("id").trim()),
    caseName: text("caseName"),
    field: text("field"),
    before: text("before"),
    after: text("after"),
    change: text("change").trim(),
  };
}
