/**
 * What a formula computes with: scalars (a blank cell is `null`), Excel's error values, and
 * arrays (a range, or the element-wise result of an operation on one). Coercions follow the
 * "Calculation operators and precedence in Excel" article: blanks are 0 in arithmetic and ""
 * in text, TRUE is 1, numeric text is a number, other text is #VALUE!.
 */

export type ErrorCode = "#VALUE!" | "#N/A" | "#DIV/0!" | "#NAME?" | "#REF!" | "#NUM!";

export class FormulaError {
  constructor(readonly code: ErrorCode) {}
}

export type Scalar = number | string | boolean | null | FormulaError;

/** A rectangle of values, row by row. */
export class ArrayValue {
  constructor(readonly rows: Scalar[][]) {}

  get height(): number {
    return this.rows.length;
  }

  get width(): number {
    return this.rows[0]?.length ?? 0;
  }

  at(row: number, col: number): Scalar {
    return this.rows[row]?.[col] ?? null;
  }

  *cells(): Iterable<Scalar> {
    for (const line of this.rows) yield* line;
  }
}

export type Value = Scalar | ArrayValue;

export const isError = (value: unknown): value is FormulaError => value instanceof FormulaError;

export function toNumber(value: Scalar): number | FormulaError {
  if (value === null) return 0;
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (isError(value)) return value;
  const text = value.trim();
  const number = text === "" ? NaN : Number(text);
  return Number.isFinite(number) ? number : new FormulaError("#VALUE!");
}

/** A number as General format shows it: up to 15 significant digits. */
export function generalText(number: number): string {
  if (Number.isInteger(number) && Math.abs(number) < 1e15) return String(number);
  return String(Number(number.toPrecision(15)))
    .replace("e+", "E+")
    .replace("e-", "E-");
}

export function toText(value: Scalar): string | FormulaError {
  if (value === null) return "";
  if (typeof value === "number") return generalText(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return value;
}

/** Excel orders numbers before text before booleans; text compares without case. */
export function compare(left: Scalar, right: Scalar): number {
  const a = left ?? (typeof right === "string" ? "" : typeof right === "boolean" ? false : 0);
  const b = right ?? (typeof a === "string" ? "" : typeof a === "boolean" ? false : 0);
  const rank = (v: Scalar) => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (typeof a === "string" && typeof b === "string") {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return Number(a) - Number(b);
}
