/**
 * Recalculation: every formula in the workbook computed from the cells it refers to, its
 * result stored as the cell's value (what `Range.values` returns and the .xlsx caches), as
 * Excel does in automatic calculation mode after each change. One pass computes each cell
 * once, references first (a circular reference gives 0, as Excel shows it after its warning);
 * a formula this simulation cannot read is #NAME?, never an exception.
 */
import { cellKey, keyCol, keyRow } from "../model/cells";
import { MAX_ROWS } from "../model/address";
import { bodyRect, columnNames } from "../model/tables";
import type { CellValue, FakeWorkbook, Rect, SheetModel } from "../model/types";
import { findSheet, findTable } from "../model/workbook";
import { callFunction, broadcast } from "./functions";
import { type Node, parseFormula } from "./parse";
import {
  ArrayValue,
  compare,
  FormulaError,
  isError,
  type Scalar,
  toNumber,
  toText,
  type Value,
} from "./values";

const parsed = new Map<string, Node | FormulaError>();
const PARSED_LIMIT = 200_000;

function treeOf(formula: string): Node | FormulaError {
  let tree = parsed.get(formula);
  if (tree === undefined) {
    try {
      tree = parseFormula(formula);
    } catch {
      tree = new FormulaError("#NAME?");
    }
    if (parsed.size >= PARSED_LIMIT) parsed.clear();
    parsed.set(formula, tree);
  }
  return tree;
}

const IN_PROGRESS = Symbol("in progress");

export class Calculation {
  readonly #results = new Map<SheetModel, Map<number, Scalar | typeof IN_PROGRESS>>();
  readonly #ranges = new Map<string, ArrayValue>();

  constructor(private readonly workbook: FakeWorkbook) {}

  /** A cell's value, its formula computed first. */
  cell(sheet: SheetModel, row: number, col: number, key = cellKey(row, col)): Scalar {
    const stored = sheet.cells.get(key);
    if (!stored) return null;
    if (stored.formula === undefined) return stored.value === "" ? null : stored.value;
    let results = this.#results.get(sheet);
    if (!results) this.#results.set(sheet, (results = new Map()));
    const known = results.get(key);
    if (known === IN_PROGRESS) return 0;
    if (known !== undefined) return known;
    results.set(key, IN_PROGRESS);
    const tree = treeOf(stored.formula);
    const value = isError(tree) ? tree : this.evaluate(tree, sheet);
    const result = value instanceof ArrayValue ? value.at(0, 0) : value;
    results.set(key, result);
    return result;
  }

  evaluate(node: Node, sheet: SheetModel): Value {
    switch (node.kind) {
      case "number":
      case "text":
      case "boolean":
        return node.value;
      case "ref": {
        const target =
          node.sheet === undefined ? sheet : findSheet({ sheets: this.#live() }, node.sheet);
        return target ? this.range(target, node.rect) : new FormulaError("#REF!");
      }
      case "column":
        return this.#column(node.table, node.column);
      case "name":
        return this.#name(node.name, sheet);
      case "call":
        return callFunction(
          node.name,
          node.args.map((arg) => this.evaluate(arg, sheet))
        );
      case "unary": {
        const operand = this.evaluate(node.operand, sheet);
        return elementwise([operand], ([value = null]) => {
          const number = toNumber(value);
          if (isError(number)) return number;
          return node.op === "-" ? -number : node.op === "%" ? number / 100 : number;
        });
      }
      case "binary": {
        const left = this.evaluate(node.left, sheet);
        const right = this.evaluate(node.right, sheet);
        return elementwise([left, right], ([a = null, b = null]) => operate(node.op, a, b));
      }
    }
  }

  /** The values of a rectangle; whole columns stop at the sheet's last used row. */
  range(sheet: SheetModel, rect: Rect): ArrayValue {
    const rows = rect.rows === MAX_ROWS ? Math.min(rect.rows, this.#usedRows(sheet)) : rect.rows;
    const key = `${sheet.id}|${rect.row}|${rect.col}|${rows}|${rect.cols}`;
    let array = this.#ranges.get(key);
    if (!array) {
      const values: Scalar[][] = Array.from({ length: rows }, () =>
        new Array<Scalar>(rect.cols).fill(null)
      );
      if (rows * rect.cols > sheet.cells.size) {
        for (const key of sheet.cells.keys()) {
          const r = keyRow(key) - rect.row;
          const c = keyCol(key) - rect.col;
          if (r >= 0 && r < rows && c >= 0 && c < rect.cols) {
            (values[r] as Scalar[])[c] = this.cell(sheet, r + rect.row, c + rect.col, key);
          }
        }
      } else {
        for (let r = 0; r < rows; r += 1) {
          for (let c = 0; c < rect.cols; c += 1) {
            (values[r] as Scalar[])[c] = this.cell(sheet, r + rect.row, c + rect.col);
          }
        }
      }
      array = new ArrayValue(values);
      this.#ranges.set(key, array);
    }
    return array;
  }

  #usedRows(sheet: SheetModel): number {
    let last = -1;
    for (const key of sheet.cells.keys()) last = Math.max(last, keyRow(key));
    return last + 1;
  }

  #live(): SheetModel[] {
    return this.workbook.sheets.filter((s) => !s.deleted);
  }

  /** `Table[Column]`: the column's data body, header and totals row left out. */
  #column(tableName: string, columnName: string): Value {
    const table = findTable(this.workbook, tableName);
    const sheet = table && this.workbook.sheets.find((s) => s.id === table.sheetId);
    if (!table || !sheet) return new FormulaError("#REF!");
    const index = columnNames(sheet, table).findIndex(
      (name) => name.toLowerCase() === columnName.toLowerCase()
    );
    if (index < 0) return new FormulaError("#REF!");
    const body = bodyRect(table);
    return this.range(sheet, { ...body, col: body.col + index, cols: 1 });
  }

  /** A defined name whose formula is a reference, e.g. `Kategori!$A$4:$A$20`. */
  #name(name: string, sheet: SheetModel): Value {
    const defined = this.workbook.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
    if (!defined) return new FormulaError("#NAME?");
    const tree = treeOf(defined.formula);
    return isError(tree) || tree.kind === "name"
      ? new FormulaError("#NAME?")
      : this.evaluate(tree, sheet);
  }
}

/** Applies a scalar operation to scalars, or element by element when any operand is an array. */
function elementwise(operands: Value[], operation: (values: Scalar[]) => Scalar): Value {
  const arrays = operands.filter((o): o is ArrayValue => o instanceof ArrayValue);
  if (arrays.every((a) => a.height === 1 && a.width === 1)) {
    return operation(operands.map((o) => (o instanceof ArrayValue ? o.at(0, 0) : o)));
  }
  const height = Math.max(...arrays.map((a) => a.height));
  const width = Math.max(...arrays.map((a) => a.width));
  return new ArrayValue(
    Array.from({ length: height }, (_, r) =>
      Array.from({ length: width }, (_, c) =>
        operation(operands.map((o) => (o instanceof ArrayValue ? broadcast(o, r, c) : o)))
      )
    )
  );
}

function operate(op: string, a: Scalar, b: Scalar): Scalar {
  if (isError(a)) return a;
  if (isError(b)) return b;
  if (op === "&") {
    return `${toText(a) as string}${toText(b) as string}`;
  }
  const comparison = COMPARE[op];
  if (comparison) return comparison(compare(a, b));
  const x = toNumber(a);
  const y = toNumber(b);
  if (isError(x)) return x;
  if (isError(y)) return y;
  switch (op) {
    case "+":
      return x + y;
    case "-":
      return x - y;
    case "*":
      return x * y;
    case "/":
      return y === 0 ? new FormulaError("#DIV/0!") : x / y;
    case "^": {
      const power = x ** y;
      return Number.isFinite(power) ? power : new FormulaError("#NUM!");
    }
  }
  return new FormulaError("#VALUE!");
}

const COMPARE: Record<string, (order: number) => boolean> = {
  "=": (o) => o === 0,
  "<>": (o) => o !== 0,
  "<": (o) => o < 0,
  ">": (o) => o > 0,
  "<=": (o) => o <= 0,
  ">=": (o) => o >= 0,
};

/** A formula's result as a cell stores it: errors as their text, as Range.values returns them. */
export function cellValueOf(value: Scalar): CellValue {
  if (value === null) return 0;
  return isError(value) ? value.code : value;
}

/** Computes every formula in the workbook and stores the results as the cells' values. */
export function recalculate(workbook: FakeWorkbook): void {
  const calculation = new Calculation(workbook);
  for (const sheet of workbook.sheets) {
    if (sheet.deleted) continue;
    for (const [key, stored] of sheet.cells) {
      if (stored.formula === undefined) continue;
      const value = cellValueOf(calculation.cell(sheet, keyRow(key), keyCol(key), key));
      if (value !== stored.value) sheet.cells.set(key, { ...stored, value });
    }
  }
}
