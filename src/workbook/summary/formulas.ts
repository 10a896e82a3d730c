/**
 * The summary's live formulas: SUM / SUMIFS / COUNTIFS over the registration table, with
 * structured references (`Effektiviseringar[Realiserad effekt (kr)]`), so that a controller who
 * clicks a figure sees which column and which condition it comes from, and so that the figure
 * follows rows added or changed after the refresh.
 *
 * LibreOffice 7.4 evaluates these structured references in a workbook saved by ExcelJS
 * (checked before this was written, and by tests/workbook/summary/summary.libreoffice.test.ts on every
 * run), so no A1 fallback (`Registrering!$T:$T`) is needed; A1 ranges would also break when
 * someone moves the table or inserts a column.
 *
 * User text (list values, the department filter) never enters a formula: it is written into a
 * cell, and the formula compares with that cell (`"="&$A$12`). The "=" makes a value such as
 * ">100" or "<>" match as text instead of as a condition. The only values spelt out are the
 * add-in's own constants (Ja/Nej, the baselines).
 */
import { columnLetter } from "../../domain/model/cells";
import {
  REALISATION_COLUMNS,
  REALISATION_SOURCES,
  type RealisationKey,
} from "../../domain/model/realisation";
import { NO, YES, type ColumnKey } from "../../domain/model/tableSchema";
import { REALISATION_TABLE_NAME, TABLE_NAME } from "../structure/layout";

/** The table's header text per column, as found in the sheet (users may recase headers). */
export type ColumnNames = (key: ColumnKey) => string;

/** One condition of SUMIFS/COUNTIFS: the column and the criterion expression. */
export type Criterion = readonly [column: ColumnKey, criterion: string];

/**
 * `Effektiviseringar[Kalkylerad effekt (kr)]`. In a structured reference's column name Excel
 * escapes `[`, `]`, `#` and `'` with a leading `'`; the names come from the table's own headers.
 */
export function columnRef(names: ColumnNames, key: ColumnKey): string {
  return `${TABLE_NAME}[${names(key).replace(/['#[\]]/g, "'$&")}]`;
}

/**
 * The criterion "equal to the text in `cell`". SUMIFS treats `*`, `?` and `~` in a criterion as
 * wildcards and escape, in Excel and in LibreOffice alike, so a list value "IT*" would also
 * count "IT-drift". For the (rare) value that holds one of them, the cell's text is escaped
 * with `~` inside the formula; the formula still only names the cell, never its text.
 * An empty value (a group of rows with the field blank) matches blank cells with "=".
 */
export function equalsCell(cell: string, text: string): string {
  if (text === "") return '"="';
  if (!/[*?~]/.test(text)) return `"="&${cell}`;
  return `"="&${escapedText(cell)}`;
}

/** `text` (a cell or a column) with `~`, `*` and `?` escaped, to match only themselves. */
const escapedText = (text: string): string =>
  `SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${text},"~","~~"),"*","~*"),"?","~?")`;

/** Budgetpåverkande is written by the add-in as Ja/Nej (constants, no user text). */
export const budgetCriterion = (affecting: boolean): Criterion => [
  "budgetAffecting",
  `"${affecting ? YES : NO}"`,
];

/**
 * Rows whose Baslinje is not `baseline`; for "" (no baseline) rows where it is filled in. The
 * value is one of the domain's fixed BASELINES, never user text, so it is spelt out. A blank
 * Baslinje is "not equal" to any value, in Excel and LibreOffice alike, as in the domain.
 */
export const notBaseline = (baseline: string): Criterion => [
  "baseline",
  baseline === "" ? '"<>"' : `"<>${baseline}"`,
];

/** Nobody else reports the effect: Rapporteras även av is blank. */
export const NOT_REPORTED_ELSEWHERE: Criterion = ["alsoReportedBy", '"="'];

/** Someone else reports it too. */
export const REPORTED_ELSEWHERE: Criterion = ["alsoReportedBy", '"<>"'];

/** A realised amount is filled in (a realised 0 kr counts as realised). */
export const HAS_REALISED: Criterion = ["realised", '"<>"'];

/** Dates in `column` from the date in cell `from` to the date in cell `to`, both included. */
export const between = (column: ColumnKey, from: string, to: string): Criterion[] => [
  [column, `">="&${from}`],
  [column, `"<="&${to}`],
];

/** Σ of a column where every criterion holds; plain SUM without criteria. */
export function sumOf(names: ColumnNames, key: ColumnKey, criteria: readonly Criterion[]): string {
  const range = columnRef(names, key);
  if (criteria.length === 0) return `SUM(${range})`;
  return `SUMIFS(${range},${criteriaList(names, criteria)})`;
}

/** Registered rows (with an ID) where every criterion holds. */
export function countOf(names: ColumnNames, criteria: readonly Criterion[]): string {
  return `COUNTIFS(${criteriaList(names, [["id", '"<>"'], ...criteria])})`;
}

/** Effektläckage: forecast of the realised effects minus what they realised. */
export function leakageOf(names: ColumnNames, criteria: readonly Criterion[]): string {
  return `${sumOf(names, "forecast", [HAS_REALISED, ...criteria])}-${sumOf(names, "realised", criteria)}`;
}

/** `Realiseringar[Belopp (kr)]`: the period table's template header (the add-in writes it). */
export function periodColumnRef(key: RealisationKey): string {
  const header = REALISATION_COLUMNS.find((column) => column.key === key)?.header ?? key;
  return `${REALISATION_TABLE_NAME}[${header.replace(/['#[\]]/g, "'$&")}]`;
}

/** Two date expressions, both days included: a budget year's first and last. */
export interface DateSpan {
  from: string;
  to: string;
}

/** As an array over rows: 1 where the dates in `column` fall in `span`. */
const within = (column: string, { from, to }: DateSpan): string =>
  `(${column}>=${from})*(${column}<=${to})`;

/** The budget year in `yearCell`, for `realisedBetween`. */
export const yearSpan = (yearCell: string): DateSpan => ({
  from: `DATE(${yearCell},1,1)`,
  to: `DATE(${yearCell},12,31)`,
});

/**
 * The summary's filter twice: as SUMIFS/COUNTIFS criteria, and as one 1/0 factor per
 * condition over the table's rows, for SUMPRODUCT (`rowEquals`, `rowOtherThan`).
 */
export interface RowFilter {
  criteria: readonly Criterion[];
  factors: readonly string[];
}

/**
 * Per row, 1 where the column equals the text in `cell` (a comparison with `=` ignores case, as
 * the criterion does, and knows no wildcards, so nothing needs escaping).
 */
export const rowEquals = (names: ColumnNames, key: ColumnKey, cell: string): string =>
  `(${columnRef(names, key)}=${cell})`;

/** Per row, 1 where the column is not `constant` (an add-in constant; "": filled in). */
export const rowOtherThan = (names: ColumnNames, key: ColumnKey, constant: string): string =>
  `(${columnRef(names, key)}<>"${constant}")`;

/** Per row, 1 where the column is blank. */
export const rowBlank = (names: ColumnNames, key: ColumnKey): string =>
  `(${columnRef(names, key)}="")`;

/**
 * Realised within `span` (a budget year), as the domain counts it (realisedByYear, and the key
 * figure under a year filter): the periods whose Månad is in the span, plus the effects
 * without periods by Realiserad datum, both only for effects the filter keeps.
 *
 * The filter (Förvaltning, baselines, reported elsewhere) lives on the effect row, not on the
 * period row. So per period, COUNTIFS over the effect table with the period's Effekt-ID as its
 * criterion (an array: one count per period, inside SUMPRODUCT) and the filter's criteria says
 * whether its effect passes (matched as Excel matches text, case aside: the pane's `effectKey`);
 * the rows test their own cells (`filter.factors`), and COUNTIF of
 * their ID in the period table tells an effect without periods. Excel and LibreOffice both
 * evaluate an *IFS with an array criterion element by element, so the cost is about
 * 2 × periods × effects comparisons per cell, on every change to either table
 * (`npm run bench -- formulas`). Without a period table (an older workbook) only the rows'
 * part is written, linear in the rows.
 */
export function realisedBetween(
  names: ColumnNames,
  span: DateSpan,
  filter: RowFilter,
  periodTable: boolean
): string {
  const id = columnRef(names, "id");
  const withoutPeriods = periodTable ? [`(COUNTIF(${periodColumnRef("effectId")},${id})=0)`] : [];
  const rowFactors = [within(columnRef(names, "realisedDate"), span), ...withoutPeriods];
  const rows =
    `SUMPRODUCT(${columnRef(names, "realised")},` +
    `${[...rowFactors, ...filter.factors].join("*")})`;
  if (!periodTable) return rows;
  // The period's Effekt-ID as it stands, escaped: a typed "E-*" names no effect, as in the pane.
  const effectId = periodColumnRef("effectId");
  const ofEffect = `"="&${escapedText(effectId)}`;
  const passes = `(COUNTIFS(${criteriaList(names, [["id", ofEffect], ...filter.criteria])})>0)`;
  // Only rows the pane reads as periods (readPeriodRow): an Effekt-ID (a blank one would match
  // the table's blank rows) and a Källa it knows; Belopp and Månad as text already count
  // nothing here (SUMPRODUCT takes text as 0, text sorts after dates).
  const named = `(${effectId}<>"")`;
  const source = `(${REALISATION_SOURCES.map((known) => `(${periodColumnRef("source")}="${known}")`).join("+")})`;
  const periods =
    `SUMPRODUCT(${periodColumnRef("amount")},` +
    `${within(periodColumnRef("month"), span)}*${named}*${source}*${passes})`;
  return `${periods}+${rows}`;
}

function criteriaList(names: ColumnNames, criteria: readonly Criterion[]): string {
  return criteria.map(([key, criterion]) => `${columnRef(names, key)},${criterion}`).join(",");
}

/** `$B$12`: an absolute A1 reference from 0-based indexes. */
export function absolute(row: number, column: number): string {
  return `$${columnLetter(column)}$${row + 1}`;
}

/** `B12` */
export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row + 1}`;
}

/** `A12:C15`, from 0-based corners. */
export function rangeAddress(top: number, left: number, bottom: number, right: number): string {
  return `${cellAddress(top, left)}:${cellAddress(bottom, right)}`;
}
