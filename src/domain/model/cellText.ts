/**
 * Writing user text to Excel so that it stays text.
 *
 * Excel parses a string written to `range.values` as if it were typed: `=`/`+`/`-`/`@` start a
 * formula, `00123` becomes 123, `2026-03-01` a date, `TRUE` a boolean. A leading apostrophe is
 * Excel's quote prefix: Excel stores the rest verbatim as text, hides the apostrophe (sets
 * `quotePrefix`), and `values` reads back without it. So every non-empty text gets one, which
 * also keeps a text that itself starts with `'` intact (`''a` is stored as `'a`).
 */

/** The text to put in `range.values` for `text`; reads back from Excel as `text`. */
export function toCellText(text: string): string {
  return text === "" ? "" : `'${text}`;
}

/**
 * Would Excel (or a CSV export opened in Excel) treat this as a formula? The prefixes of the
 * OWASP CSV-injection list, checked untrimmed because a leading tab or newline is itself a risk.
 */
export function isFormulaLike(text: string): boolean {
  return /^[=+\-@\t\r\n]/.test(text);
}
