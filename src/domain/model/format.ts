/**
 * Numbers as a Swedish reader expects them. Display text keeps what Intl's sv-SE gives: NBSP
 * (U+00A0) between thousands, so "3 200 000" never breaks over two lines, and a true minus
 * (U+2212). The unit is joined by an NBSP as well. Formatters are built once: constructing an
 * Intl.NumberFormat costs far more than using one.
 */
const NBSP = "\u00a0";

const decimals = (max: number) =>
  new Intl.NumberFormat("sv-SE", { minimumFractionDigits: 0, maximumFractionDigits: max });
const whole = decimals(0);
const oneDecimal = decimals(1);
const percent = new Intl.NumberFormat("sv-SE", { style: "percent", maximumFractionDigits: 0 });

/** Without this, −0,3 kr would show as "−0 kr". */
function format(formatter: Intl.NumberFormat, value: number): string {
  const text = formatter.format(value);
  return text === formatter.format(-0) ? formatter.format(0) : text;
}

/** "3 200 000 kr": whole kronor. */
export const formatKronor = (amount: number): string => `${format(whole, amount)}${NBSP}kr`;

const withOre = new Intl.NumberFormat("sv-SE", {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** "3 200 000 kr", or "1 234,50 kr" when there are öre: exact, where an öre is a change. */
export const formatKronorExact = (amount: number): string =>
  Math.round(amount * 100) % 100 === 0
    ? formatKronor(amount)
    : `${format(withOre, amount)}${NBSP}kr`;

/** "3,2 mkr", "14 mkr": millions, at most one decimal. */
export const formatMkr = (amount: number): string =>
  `${format(oneDecimal, amount / 1_000_000)}${NBSP}mkr`;

/** "175 tkr": whole thousands. */
export const formatTkr = (amount: number): string => `${format(whole, amount / 1_000)}${NBSP}tkr`;

/**
 * The amount a controller reads best: millions as "3,2 mkr" (how budgets are talked about),
 * anything smaller in full ("175 000 kr", "1 234,50 kr"), as a penalty of 175 000 kr is not
 * "0,2 mkr" and a corrected invoice of 1 234,50 kr is not 1 235 kr.
 */
export const formatAmount = (amount: number): string =>
  Math.abs(amount) >= 1_000_000 ? formatMkr(amount) : formatKronorExact(amount);

/** "8 000 timmar", "1 timme", "2,5 timmar". */
export function formatHours(value: number): string {
  const number = format(oneDecimal, value);
  return `${number}${NBSP}${number === "1" ? "timme" : "timmar"}`;
}

/** "1 200": a count of things (rows, effects), whole. */
export const formatCount = (count: number): string => format(whole, count);

/** "85 %" from 0.853. */
export const formatPercent = (ratio: number): string => format(percent, ratio);

const inputFormatters = new Map<number, Intl.NumberFormat>();

/**
 * A number as text to put back into a form field ("1 234,5", no unit), which parseAmount (and
 * parseNumber) read back as the same value. Plain spaces and a hyphen-minus here, not NBSP and
 * U+2212: this text is edited and copied on, and Excel does not read "−5" as a number.
 * @param maxDecimals 2 (öre) by default; volumes and years may need more.
 */
export function formatInputNumber(value: number, maxDecimals = 2): string {
  let formatter = inputFormatters.get(maxDecimals);
  if (!formatter) inputFormatters.set(maxDecimals, (formatter = decimals(maxDecimals)));
  return format(formatter, value)
    .replace(/\u00a0/g, " ")
    .replace(/\u2212/g, "-");
}
