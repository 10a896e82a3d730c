/**
 * `Range.formulasR1C1`: formulas in R1C1 notation, relative to each cell they are written to
 * ("RC[-5]" = same row, five columns left; "R2C3" = absolute $C$2). The model stores A1 text,
 * as Excel shows formulas, so each element is translated for its own cell, and back on read.
 * Covers cell references outside "string literals"; whole-row/column R1C1 references and
 * names are left as they are.
 */
import { fail } from "../errors";
import { columnLetters, MAX_COLUMNS } from "./address";

/** R or C with an optional [relative] or absolute part; not inside names like SEARCH(. */
const R1C1_REF = /(?<![A-Za-z0-9_.$\]])R(\[-?\d+\]|\d+)?C(\[-?\d+\]|\d+)?(?![A-Za-z0-9_(])/g;
const A1_REF = /(?<![A-Za-z0-9_.$\]])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g;

/** Applies `convert` to the parts of a formula outside "string literals". */
function outsideStrings(formula: string, convert: (part: string) => string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 0 ? convert(part) : part))
    .join("");
}

function resolve(part: string | undefined, base: number): [number, boolean] {
  if (part === undefined) return [base, false];
  if (part.startsWith("[")) return [base + Number(part.slice(1, -1)), false];
  return [Number(part) - 1, true];
}

/** The A1 text of an R1C1 formula written to the cell at (row, col), both 0-based. */
export function r1c1ToA1(formula: string, row: number, col: number, location = "formulasR1C1") {
  return outsideStrings(formula, (text) =>
    text.replace(R1C1_REF, (_m, rowPart?: string, colPart?: string) => {
      const [r, rowAbsolute] = resolve(rowPart, row);
      const [c, colAbsolute] = resolve(colPart, col);
      if (r < 0 || c < 0) fail("InvalidArgument", location);
      return `${colAbsolute ? "$" : ""}${columnLetters(c)}${rowAbsolute ? "$" : ""}${r + 1}`;
    })
  );
}

function letterIndex(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/** The R1C1 text of an A1 formula in the cell at (row, col): what formulasR1C1 reads. */
export function a1ToR1C1(formula: string, row: number, col: number): string {
  const part = (letter: string, absolute: boolean, index: number, here: number): string => {
    if (absolute) return `${letter}${index + 1}`;
    return index === here ? letter : `${letter}[${index - here}]`;
  };
  return outsideStrings(formula, (text) =>
    text.replace(A1_REF, (m, colAbs: string, letters: string, rowAbs: string, digits: string) => {
      const refCol = letterIndex(letters);
      if (refCol >= MAX_COLUMNS) return m;
      const r = part("R", rowAbs === "$", Number(digits) - 1, row);
      return r + part("C", colAbs === "$", refCol, col);
    })
  );
}
