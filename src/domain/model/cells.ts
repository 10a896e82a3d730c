/**
 * Cell values as Excel's `range.values` holds them, and the one rule for matching what people
 * type in headers and lists: they retype and restyle these, so case and spacing don't matter.
 */

/** A cell value as Excel returns it (an empty cell reads as ""). */
export type CellValue = string | number | boolean;

/**
 * The comparison key of a header or list value: trimmed, runs of whitespace (incl. NBSP) as one
 * space, lower case, NFC (a Mac may type "å" as a + combining ring).
 */
export function foldText(text: string): string {
  return text.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
}

export const sameText = (a: string, b: string): boolean => foldText(a) === foldText(b);

/** Excel's last column, XFD. */
const MAX_COLUMN_INDEX = 16_383;

/** The A1 letters of a 0-based column index: 0 → A, 25 → Z, 26 → AA, 16383 → XFD. */
export function columnLetter(index: number): string {
  if (!Number.isInteger(index) || index < 0 || index > MAX_COLUMN_INDEX) {
    throw new RangeError(`Column index ${index} is outside A..XFD`);
  }
  let letters = "";
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}
