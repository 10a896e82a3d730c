/**
 * An effect ↔ one row of the registration table, matched by header name because users move,
 * and sometimes add, columns. Pure: the workbook adapter only moves these values.
 */
import type { CellValue } from "./cells";
import { toCellText } from "./cellText";
import { isValidIsoDate, isoDateToExcelSerial } from "./dates";
import type { EffectDraft } from "./draft";
import type { Effect } from "./effect";
import { forecastFormula, forecastFormulaR1C1, type RowPlace } from "./forecastFormula";
import { columnOfHeader, indexHeaders } from "./tableHeaders";
import { NO, TABLE_COLUMNS, YES, type ColumnDef, type ColumnKind } from "./tableSchema";

export type { CellValue } from "./cells";
export { forecastFormula, forecastFormulaR1C1, type RowPlace } from "./forecastFormula";
export { indexHeaders, type HeaderIndex } from "./tableHeaders";

/** The row's cell values in the order of `place.headers`; unknown columns get "". */
export function effectToRow(effect: Effect, place: RowPlace): CellValue[] {
  return rowCells(effect, place.headers, () => forecastFormula(place)).map((cell) => cell ?? "");
}

/**
 * The same values for the adapter's writes, where `null` leaves a cell as it is (as the Excel
 * JavaScript API treats it in a written array): users' own columns keep what they hold, and
 * the formula column is written separately through `formulasR1C1` (see
 * `forecastFormulaR1C1`), relative to whichever row the values land in.
 */
export function effectRowCells(effect: Effect, headers: readonly string[]): (CellValue | null)[] {
  return rowCells(effect, headers, () => null);
}

/**
 * The same cells with the calculated column's formula in place, in R1C1 for `formulasR1C1`:
 * the whole row in one write, since a batch is not a transaction (see DESIGN) and a row whose
 * values landed without their formula would stay that way.
 */
export function effectRowFormulasR1C1(
  effect: Effect,
  headers: readonly string[]
): (CellValue | null)[] {
  return rowCells(effect, headers, () => forecastFormulaR1C1(headers));
}

function rowCells(
  effect: Effect,
  headers: readonly string[],
  forecast: () => CellValue | null
): (CellValue | null)[] {
  const { indexOf } = indexHeaders(headers);
  return headers.map((header, index) => {
    const column = columnOfHeader(header);
    if (!column || indexOf.get(column.key) !== index) return null;
    return column.key === "forecast" ? forecast() : cellOf(effect, column);
  });
}

/**
 * A draft from a row as Excel returns it: every known column into its field, raw, because
 * validation parses. Numbers in text columns become text (an id or case number typed as 123).
 */
export function rowToDraft(row: readonly CellValue[], headers: readonly string[]): EffectDraft {
  const { indexOf } = indexHeaders(headers);
  const draft: EffectDraft = {};
  for (const column of TABLE_COLUMNS) {
    const index = indexOf.get(column.key);
    if (column.key === "forecast" || index === undefined) continue;
    // A short row ends in blank cells; Excel reads a blank cell as "".
    const cell = row[index] ?? "";
    draft[column.key] = isTextKind(column.kind) && typeof cell === "number" ? String(cell) : cell;
  }
  return draft;
}

const isTextKind = (kind: ColumnKind): boolean => kind === "text" || kind === "choice";

/** One cell of a stored field (the formula column is the caller's). */
function cellOf(effect: Effect, column: ColumnDef): CellValue {
  const { key, kind } = column;
  if (key === "forecast") return "";
  const value = effect[key];
  // Baslinje and Verifierat are null when not stated: an empty cell, like an empty text.
  if (isTextKind(kind) && (value === null || typeof value === "string")) {
    return toCellText(value ?? "");
  }
  if (kind === "yesNo" && typeof value === "boolean") return value ? YES : NO;
  if (kind === "date" && value === null) return "";
  if (kind === "date" && typeof value === "string" && isValidIsoDate(value)) {
    return isoDateToExcelSerial(value);
  }
  // A percent is stored as its fraction (0.035), which the column's format shows as 3,5 %.
  const numeric =
    kind === "kronor" || kind === "number" || kind === "percent" || kind === "datetime";
  if (numeric && (value === null || typeof value === "number")) return value ?? "";
  // Only a change to Effect or TABLE_COLUMNS that forgot the other gets here.
  throw new Error(`Effect field "${key}" (${String(value)}) does not fit a ${kind} column`);
}
