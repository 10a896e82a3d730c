/**
 * Number formats, colours and widths of the summary sheet. Format codes are Excel's
 * locale-independent ones: Swedish Excel shows `#,##0` with a space between thousands and
 * `0.0` with a decimal comma. A trailing `,,` divides by a million for display only: the cell
 * keeps the exact kronor, so a controller who copies it gets the real figure.
 */
import type { CellStyle } from "./plan";

export const FORMATS = {
  kronor: '#,##0 "kr"',
  mkr: '#,##0.0,, "mkr"',
  percent: "0%",
  hours: '#,##0 "tim"',
  count: "#,##0",
  year: "0",
  date: "yyyy-mm-dd",
  dateTime: "yyyy-mm-dd hh:mm",
} as const;

/** A count followed by a text of ours, without quotes ("3 av 12"); the cell keeps the number. */
export const countWithTextFormat = (text: string): string => `#,##0 "${text}"`;

const MILLION = 1_000_000;
const THOUSAND = 1_000;

/**
 * One format for a whole block of amounts, so a column never mixes kr and mkr: millions once
 * any amount in the block reaches a million (budgets are talked about in mkr), whole kronor
 * otherwise (a penalty of 175 000 kr is not "0,2 mkr" when nothing is larger).
 */
export function amountFormat(amounts: readonly number[]): string {
  return maxAbs(amounts) >= MILLION ? FORMATS.mkr : FORMATS.kronor;
}

/** A chart's value axis: mkr, tkr or kr after the largest amount it shows. */
export function axisFormat(amounts: readonly number[]): string {
  const largest = maxAbs(amounts);
  if (largest >= MILLION) return '#,##0.0,, "mkr"';
  if (largest >= THOUSAND) return '#,##0, "tkr"';
  return FORMATS.kronor;
}

const maxAbs = (amounts: readonly number[]): number =>
  amounts.reduce((max, amount) => Math.max(max, Math.abs(amount)), 0);

export const STYLES = {
  // Bold in the default size: the simulated Excel the tests run on has no RangeFont.size yet.
  title: { bold: true },
  header: { bold: true, fill: "#DDEBF7" },
  label: { bold: true },
  total: { bold: true },
  /** Values the add-in computed at the refresh (not formulas): yellow, as the legend says. */
  computed: { fill: "#FFF2CC" },
  computedTotal: { bold: true, fill: "#FFF2CC" },
} as const satisfies Record<string, CellStyle>;

/** Column widths in characters of the default font. */
export const WIDTHS = {
  minLabel: 24,
  maxLabel: 48,
  amount: 16,
  maxText: 30,
  /** The gap between the tables and the charts. */
  gap: 2,
} as const;

/** Characters → points (RangeFormat.columnWidth), as Excel sizes Calibri 11: 7 px a character. */
export const charactersToPoints = (characters: number): number =>
  Math.round((characters * 7 + 5) * 0.75);
