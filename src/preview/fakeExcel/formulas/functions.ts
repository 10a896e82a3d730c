/**
 * The worksheet functions the simulated Excel computes. Function semantics come from
 * formula.js (@formulajs/formulajs, MIT); written here is only what it lacks or gets wrong for
 * Excel: the *IFS family's criteria (./criteria), SUMPRODUCT's "non-numbers are 0", dates as
 * serial numbers (formula.js uses JavaScript Dates), the IS… and IF… functions that look at
 * error values (formula.js recognises only its own error objects), and lifting a scalar
 * function over an array argument (`ISNA(MATCH(range, list, 0))` inside SUMPRODUCT), as Excel
 * does in arrays. Other functions get the first error among their arguments, as in Excel.
 */
import * as formulajs from "@formulajs/formulajs";
import { criterion } from "./criteria";
import {
  ArrayValue,
  type ErrorCode,
  FormulaError,
  isError,
  type Scalar,
  toNumber,
  type Value,
} from "./values";

interface FunctionSpec {
  call: (args: Value[]) => Value;
  /** Argument positions that take a range as a whole; "all" for SUM-like functions. */
  ranges: "all" | ((position: number) => boolean);
}

const ERROR_CODES = new Set<string>(["#VALUE!", "#N/A", "#DIV/0!", "#NAME?", "#REF!", "#NUM!"]);

/** formula.js takes plain arrays; errors never reach it (see above). */
function toLibrary(value: Value): unknown {
  return value instanceof ArrayValue ? value.rows : value;
}

function fromLibrary(result: unknown): Value {
  if (result instanceof Error) {
    return new FormulaError(
      ERROR_CODES.has(result.message) ? (result.message as ErrorCode) : "#VALUE!"
    );
  }
  if (result instanceof Date)
    return serialOf(result.getFullYear(), result.getMonth() + 1, result.getDate());
  if (Array.isArray(result)) {
    const rows = result.every(Array.isArray) ? (result as unknown[][]) : [result];
    return new ArrayValue(rows.map((line) => line.map((cell) => fromLibrary(cell) as Scalar)));
  }
  if (typeof result === "number" && !Number.isFinite(result)) return new FormulaError("#NUM!");
  if (result === undefined) return null;
  return result as Scalar;
}

const cells = (value: Value): Scalar[] =>
  value instanceof ArrayValue ? [...value.cells()] : [value];

const library = (name: keyof typeof formulajs) => (args: Value[]) =>
  args.flatMap(cells).find(isError) ??
  fromLibrary((formulajs[name] as (...a: unknown[]) => unknown)(...args.map(toLibrary)));

const is =
  (test: (value: Scalar) => boolean) =>
  ([value = null]: Value[]) =>
    test(single(value));

const truthy = (value: Scalar): boolean | FormulaError => {
  if (isError(value)) return value;
  if (typeof value === "string") return value.trim() === "" ? false : new FormulaError("#VALUE!");
  return Boolean(value);
};

/** SUMIFS / COUNTIFS: the ranges must have one shape; a cell counts when every criterion holds. */
function matching(pairs: Value[]): boolean[] | FormulaError {
  let matches: boolean[] | undefined;
  let shape = "";
  for (let i = 0; i + 1 < pairs.length; i += 2) {
    const range = pairs[i] as Value;
    if (!(range instanceof ArrayValue)) return new FormulaError("#VALUE!");
    const here = `${range.height}x${range.width}`;
    if (shape !== "" && here !== shape) return new FormulaError("#VALUE!");
    shape = here;
    const test = criterion(single(pairs[i + 1] ?? null));
    const values = [...range.cells()];
    matches = values.map((value, j) => (matches?.[j] ?? true) && test(value));
  }
  return matches ?? new FormulaError("#VALUE!");
}

function single(value: Value): Scalar {
  return value instanceof ArrayValue ? value.at(0, 0) : value;
}

function sumWhere(range: Value, matches: boolean[] | FormulaError): Value {
  if (isError(matches)) return matches;
  if (!(range instanceof ArrayValue) || range.height * range.width !== matches.length) {
    return new FormulaError("#VALUE!");
  }
  let sum = 0;
  let j = 0;
  for (const value of range.cells()) {
    if (matches[j++] && typeof value === "number") sum += value;
  }
  return sum;
}

const count = (matches: boolean[] | FormulaError): Value =>
  isError(matches) ? matches : matches.filter(Boolean).length;

/** Days since 1899-12-30: Excel's 1900 date system from March 1900 on. */
function serialOf(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

function datePart(part: "year" | "month" | "day") {
  return ([value = null]: Value[]): Value => {
    const serial = toNumber(single(value));
    if (isError(serial)) return serial;
    const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
    return part === "year"
      ? date.getUTCFullYear()
      : part === "month"
        ? date.getUTCMonth() + 1
        : date.getUTCDate();
  };
}

const evenPositions = (position: number) => position % 2 === 0;
const oddPositions = (position: number) => position % 2 === 1;
const none = () => false;

const FUNCTIONS: Record<string, FunctionSpec> = {
  SUMIFS: {
    ranges: (p) => p === 0 || oddPositions(p),
    call: ([sum = null, ...pairs]) => sumWhere(sum, matching(pairs)),
  },
  COUNTIFS: { ranges: evenPositions, call: (pairs) => count(matching(pairs)) },
  SUMIF: {
    ranges: (p) => p !== 1,
    call: ([range = null, test = null, sum = range]) => sumWhere(sum, matching([range, test])),
  },
  COUNTIF: { ranges: (p) => p === 0, call: (pairs) => count(matching(pairs)) },
  SUMPRODUCT: {
    ranges: "all",
    call: (arrays) => {
      const lists = arrays.map(cells);
      const length = lists[0]?.length ?? 0;
      if (lists.some((list) => list.length !== length)) return new FormulaError("#VALUE!");
      const failed = lists.flat().find(isError);
      if (failed) return failed;
      let sum = 0;
      for (let i = 0; i < length; i += 1) {
        sum += lists.reduce((product, list) => {
          const value = list[i];
          return product * (typeof value === "number" ? value : 0);
        }, 1);
      }
      return sum;
    },
  },
  DATE: {
    ranges: none,
    call: (args) => {
      const [year, month, day] = args.map((arg) => toNumber(single(arg)));
      for (const part of [year, month, day]) if (isError(part)) return part;
      return serialOf(
        Math.trunc(year as number),
        Math.trunc(month as number),
        Math.trunc(day as number)
      );
    },
  },
  YEAR: { ranges: none, call: datePart("year") },
  IF: {
    ranges: none,
    call: ([test = null, then = true, otherwise = false]) => {
      const holds = truthy(single(test));
      return isError(holds) ? holds : holds ? then : otherwise;
    },
  },
  IFERROR: {
    ranges: none,
    call: ([value = null, fallback = null]) => (isError(value) ? fallback : value),
  },
  IFNA: {
    ranges: none,
    call: ([value = null, fallback = null]) =>
      isError(value) && value.code === "#N/A" ? fallback : value,
  },
  ISNA: { ranges: none, call: is((value) => isError(value) && value.code === "#N/A") },
  ISERROR: { ranges: none, call: is(isError) },
  ISNUMBER: { ranges: none, call: is((value) => typeof value === "number") },
  ISTEXT: { ranges: none, call: is((value) => typeof value === "string") },
  ISBLANK: { ranges: none, call: is((value) => value === null) },
  MONTH: { ranges: none, call: datePart("month") },
  DAY: { ranges: none, call: datePart("day") },
};

for (const name of ["SUM", "MIN", "MAX", "AVERAGE", "COUNT", "COUNTA", "AND", "OR"] as const) {
  FUNCTIONS[name] = { ranges: "all", call: library(name) };
}
for (const name of [
  "N",
  "NOT",
  "ABS",
  "ROUND",
  "INT",
  "SUBSTITUTE",
  "LEN",
  "LOWER",
  "UPPER",
  "TRIM",
  "LEFT",
  "RIGHT",
  "MID",
  "VALUE",
] as const) {
  FUNCTIONS[name] = { ranges: none, call: library(name) };
}
FUNCTIONS.MATCH = { ranges: (p) => p === 1, call: library("MATCH") };

/** Calls `name`; a scalar argument given an array is computed element by element. */
export function callFunction(name: string, args: Value[]): Value {
  const spec = FUNCTIONS[name];
  if (!spec) return new FormulaError("#NAME?");
  const takesRange = spec.ranges === "all" ? () => true : spec.ranges;
  const lifted = args.map((arg, i) => (takesRange(i) ? arg : scalarOrArray(arg)));
  const arrays = lifted.filter(
    (arg, i): arg is ArrayValue => !takesRange(i) && arg instanceof ArrayValue
  );
  if (arrays.length === 0) return spec.call(lifted);
  const height = Math.max(...arrays.map((a) => a.height));
  const width = Math.max(...arrays.map((a) => a.width));
  return new ArrayValue(
    Array.from({ length: height }, (_, r) =>
      Array.from({ length: width }, (_, c) => {
        const element = lifted.map((arg, i) =>
          !takesRange(i) && arg instanceof ArrayValue ? broadcast(arg, r, c) : arg
        );
        return single(spec.call(element));
      })
    )
  );
}

/** A 1×1 array is its one value; larger arrays stay arrays (to be lifted over). */
function scalarOrArray(value: Value): Value {
  return value instanceof ArrayValue && value.height === 1 && value.width === 1
    ? value.at(0, 0)
    : value;
}

/** An element of `array` at (r, c), a single row or column repeating (Excel's broadcasting). */
export function broadcast(array: ArrayValue, r: number, c: number): Scalar {
  const row = array.height === 1 ? 0 : r;
  const col = array.width === 1 ? 0 : c;
  return row < array.height && col < array.width ? array.at(row, col) : new FormulaError("#N/A");
}
