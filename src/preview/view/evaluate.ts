/**
 * The simulated Excel stores formulas without computing them (see fakeExcel/model/types). The
 * view computes the simple ones itself, so the preview shows the registration table's
 * `Kalkylerad effekt (kr)` (`=N(O2)*N(P2)+N(R2)-N(S2)`) and the summary's column totals
 * (`=SUM(B24:B27)`) as numbers: + − × ÷, parentheses, numbers, A1 references on the same
 * sheet, N() and SUM(). Anything else (SUMIFS over the table) gives `undefined`, and the view
 * shows the formula text instead.
 */
import type { CellValue } from "../fakeExcel";

/** A cell's value by 0-based position, formulas already computed (or undefined when not). */
export type CellLookup = (row: number, col: number) => CellValue | undefined;

interface Cell {
  row: number;
  col: number;
}

type Token =
  | { kind: "number"; value: number }
  | { kind: "ref"; from: Cell; to: Cell }
  | { kind: "call"; name: "N" | "SUM" }
  | { kind: "op"; op: string };

const TOKEN =
  /\s*(?:(\d+(?:\.\d+)?(?:E[+-]?\d+)?)|(\$?[A-Z]{1,3}\$?\d+)(?::(\$?[A-Z]{1,3}\$?\d+))?|(N|SUM)\(|([-+*/(),]))/iy;

export function evaluateFormula(formula: string, lookup: CellLookup): number | undefined {
  const tokens = tokenize(formula.replace(/^=/, ""));
  if (!tokens) return undefined;
  const parser = new Parser(tokens, lookup);
  const result = parser.expression();
  return parser.done() && result !== undefined && Number.isFinite(result) ? result : undefined;
}

class Parser {
  #at = 0;
  constructor(
    private readonly tokens: readonly Token[],
    private readonly lookup: CellLookup
  ) {}

  done(): boolean {
    return this.#at === this.tokens.length;
  }

  expression(): number | undefined {
    let value = this.term();
    for (let op = this.#op("+", "-"); value !== undefined && op; op = this.#op("+", "-")) {
      const right = this.term();
      value = right === undefined ? undefined : op === "+" ? value + right : value - right;
    }
    return value;
  }

  term(): number | undefined {
    let value = this.factor();
    for (let op = this.#op("*", "/"); value !== undefined && op; op = this.#op("*", "/")) {
      const right = this.factor();
      value = right === undefined ? undefined : op === "*" ? value * right : value / right;
    }
    return value;
  }

  factor(): number | undefined {
    const token = this.tokens[this.#at++];
    if (!token) return undefined;
    switch (token.kind) {
      case "number":
        return token.value;
      case "ref":
        return token.from === token.to ? this.#arithmetic(token.from) : undefined;
      case "call":
        return this.#call(token.name);
      case "op": {
        if (token.op === "-" || token.op === "+") {
          const value = this.factor();
          return value === undefined || token.op === "+" ? value : -value;
        }
        if (token.op !== "(") return undefined;
        const value = this.expression();
        return this.#op(")") ? value : undefined;
      }
    }
  }

  /** N(ref) or SUM(arg, …) up to the closing parenthesis. */
  #call(name: "N" | "SUM"): number | undefined {
    const args: Token[][] = [[]];
    for (let depth = 0; ;) {
      const token = this.tokens[this.#at++];
      if (!token) return undefined;
      if (token.kind === "op" && token.op === ")" && depth === 0) break;
      if (token.kind === "op" && token.op === "," && depth === 0) args.push([]);
      else args[args.length - 1]?.push(token);
      if (token.kind === "call" || (token.kind === "op" && token.op === "(")) depth += 1;
      if (token.kind === "op" && token.op === ")") depth -= 1;
    }
    const single = args.length === 1 && args[0]?.length === 1 ? args[0][0] : undefined;
    if (name === "N") return single?.kind === "ref" ? this.#asN(single.from) : undefined;
    let sum = 0;
    for (const arg of args) {
      const [only] = arg;
      if (arg.length === 1 && only?.kind === "ref") {
        sum += this.#cells(only).reduce<number>((total, value) => total + this.#ifNumber(value), 0);
        continue;
      }
      const value = new Parser(arg, this.lookup).#whole();
      if (value === undefined) return undefined;
      sum += value;
    }
    return sum;
  }

  #whole(): number | undefined {
    const value = this.expression();
    return this.done() ? value : undefined;
  }

  #op(...ops: string[]): string | undefined {
    const token = this.tokens[this.#at];
    if (token?.kind !== "op" || !ops.includes(token.op)) return undefined;
    this.#at += 1;
    return token.op;
  }

  #cells({ from, to }: { from: Cell; to: Cell }): Array<CellValue | undefined> {
    const values: Array<CellValue | undefined> = [];
    for (let row = Math.min(from.row, to.row); row <= Math.max(from.row, to.row); row += 1) {
      for (let col = Math.min(from.col, to.col); col <= Math.max(from.col, to.col); col += 1) {
        values.push(this.lookup(row, col));
      }
    }
    return values;
  }

  /** SUM over a range skips text and blanks; a value the view could not compute poisons it. */
  #ifNumber(value: CellValue | undefined): number {
    if (value === undefined) return NaN;
    return typeof value === "number" ? value : 0;
  }

  /** A bare reference in arithmetic: blank is 0, TRUE is 1, text is #VALUE!. */
  #arithmetic(cell: Cell): number | undefined {
    const value = this.lookup(cell.row, cell.col);
    if (value === "") return 0;
    if (typeof value === "boolean") return Number(value);
    return typeof value === "number" ? value : undefined;
  }

  /** N(): numbers as they are, TRUE as 1, text and blanks as 0. */
  #asN(cell: Cell): number | undefined {
    const value = this.lookup(cell.row, cell.col);
    if (value === undefined) return undefined;
    return typeof value === "number" ? value : value === true ? 1 : 0;
  }
}

function tokenize(text: string): Token[] | undefined {
  const tokens: Token[] = [];
  const end = text.trimEnd().length;
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < end) {
    const m = TOKEN.exec(text);
    if (!m) return undefined;
    const [, number, ref, refEnd, call, op] = m;
    if (number !== undefined) tokens.push({ kind: "number", value: Number(number) });
    else if (ref !== undefined) {
      const from = parseRef(ref);
      tokens.push({ kind: "ref", from, to: refEnd === undefined ? from : parseRef(refEnd) });
    } else if (call !== undefined) {
      tokens.push({ kind: "call", name: call.toUpperCase() === "SUM" ? "SUM" : "N" });
    } else tokens.push({ kind: "op", op: op ?? "" });
  }
  return tokens;
}

function parseRef(ref: string): Cell {
  const [, letters = "", digits = ""] = /^\$?([A-Z]+)\$?(\d+)$/i.exec(ref) ?? [];
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(digits) - 1, col: col - 1 };
}
