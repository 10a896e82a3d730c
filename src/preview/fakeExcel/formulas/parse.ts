/**
 * Excel formula text to a tree: numbers, "strings" ("" escapes a quote), TRUE/FALSE, A1
 * references and ranges (with `Sheet!` or `'Two words'!`, `$`, whole columns `D:D`),
 * structured references (`Table[Column]`, `'` escaping `[ ] # '` in the column name), defined
 * names, function calls and the operators with Excel's precedence (":" is part of a
 * reference; then unary −, %, ^, * /, + −, &, comparisons). Excel evaluates − before ^
 * (`=-2^2` is 4), unlike mathematics.
 */
import { parseRect } from "../model/address";
import type { Rect } from "../model/types";

export type Node =
  | { kind: "number"; value: number }
  | { kind: "text"; value: string }
  | { kind: "boolean"; value: boolean }
  | { kind: "ref"; sheet?: string; rect: Rect }
  | { kind: "column"; table: string; column: string }
  | { kind: "name"; name: string }
  | { kind: "call"; name: string; args: Node[] }
  | { kind: "unary"; op: "-" | "+" | "%"; operand: Node }
  | { kind: "binary"; op: string; left: Node; right: Node };

export class FormulaSyntaxError extends Error {}

const LEXEMES: Array<[kind: string, pattern: RegExp]> = [
  ["space", /\s+/y],
  ["text", /"(?:[^"]|"")*"/y],
  ["number", /(?:\d+\.?\d*|\.\d+)(?:E[+-]?\d+)?/iy],
  // A reference, optionally on a named sheet; the cell part is checked by parseRect.
  [
    "ref",
    /(?:(?:'(?:[^']|'')+'|[A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*)!)?(?:\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d+:\$?\d+)(?![\w(])/y,
  ],
  ["column", /[A-Za-z_\\][\w.\\]*\[(?:\[(?:[^\]']|'.)*\]|(?:[^\]']|'.)*)\]/y],
  ["call", /[A-Za-z_][\w.]*\(/y],
  ["name", /[A-Za-z_\\][\w.\\]*/y],
  ["op", /<>|<=|>=|[-+*/^&=<>%(),]/y],
];

interface Token {
  kind: string;
  text: string;
}

function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  outer: while (at < formula.length) {
    for (const [kind, pattern] of LEXEMES) {
      pattern.lastIndex = at;
      const match = pattern.exec(formula);
      if (!match) continue;
      at = pattern.lastIndex;
      if (kind !== "space") tokens.push({ kind, text: match[0] });
      continue outer;
    }
    throw new FormulaSyntaxError(`Unexpected "${formula.slice(at, at + 10)}"`);
  }
  return tokens;
}

const COMPARISONS = ["=", "<>", "<", ">", "<=", ">="];

/** Parses formula text with or without its leading "=". */
export function parseFormula(formula: string): Node {
  const tokens = tokenize(formula.replace(/^=/, ""));
  let at = 0;
  const peek = (): Token | undefined => tokens[at];
  const isOp = (...ops: string[]): boolean => {
    const token = peek();
    return token?.kind === "op" && ops.includes(token.text);
  };
  const expect = (op: string): void => {
    if (!isOp(op)) throw new FormulaSyntaxError(`Expected ${op}`);
    at += 1;
  };

  const binary = (ops: string[], next: () => Node) => (): Node => {
    let left = next();
    while (isOp(...ops)) {
      const op = tokens[at++]?.text ?? "";
      left = { kind: "binary", op, left, right: next() };
    }
    return left;
  };

  const primary = (): Node => {
    const token = tokens[at++];
    if (!token) throw new FormulaSyntaxError("Unexpected end");
    switch (token.kind) {
      case "number":
        return { kind: "number", value: Number(token.text) };
      case "text":
        return { kind: "text", value: token.text.slice(1, -1).replace(/""/g, '"') };
      case "ref":
        return reference(token.text);
      case "column":
        return structured(token.text);
      case "name": {
        const upper = token.text.toUpperCase();
        if (upper === "TRUE" || upper === "FALSE")
          return { kind: "boolean", value: upper === "TRUE" };
        return { kind: "name", name: token.text };
      }
      case "call": {
        const args: Node[] = [];
        if (!isOp(")")) {
          do args.push(isOp(",", ")") ? { kind: "text", value: "" } : comparison());
          while (isOp(",") && tokens[at++]);
        }
        expect(")");
        return { kind: "call", name: token.text.slice(0, -1).toUpperCase(), args };
      }
    }
    if (token.text === "(") {
      const inner = comparison();
      expect(")");
      return inner;
    }
    if (token.text === "-" || token.text === "+") {
      return { kind: "unary", op: token.text, operand: percent() };
    }
    throw new FormulaSyntaxError(`Unexpected "${token.text}"`);
  };

  const percent = (): Node => {
    let node = primary();
    while (isOp("%")) {
      at += 1;
      node = { kind: "unary", op: "%", operand: node };
    }
    return node;
  };
  const power = binary(["^"], percent);
  const product = binary(["*", "/"], power);
  const sum = binary(["+", "-"], product);
  const concat = binary(["&"], sum);
  const comparison = binary(COMPARISONS, concat);

  const tree = comparison();
  if (at !== tokens.length) throw new FormulaSyntaxError(`Unexpected "${tokens[at]?.text}"`);
  return tree;
}

function reference(text: string): Node {
  const bang = text.lastIndexOf("!");
  const cells = text.slice(bang + 1);
  const sheetText = bang < 0 ? undefined : text.slice(0, bang);
  const sheet = sheetText?.startsWith("'") ? sheetText.slice(1, -1).replace(/''/g, "'") : sheetText;
  try {
    return { kind: "ref", sheet, rect: parseRect(cells) };
  } catch {
    throw new FormulaSyntaxError(`Bad reference ${text}`);
  }
}

/** `Table[Column]` or `Table[[Column]]`; `'` escapes the next character in the name. */
function structured(text: string): Node {
  const open = text.indexOf("[");
  const inner = text.slice(open + 1, -1).replace(/^\[(.*)\]$/, "$1");
  if (inner.startsWith("#") || inner.includes("],[")) {
    throw new FormulaSyntaxError(`Structured reference not simulated: ${text}`);
  }
  return { kind: "column", table: text.slice(0, open), column: inner.replace(/'(.)/g, "$1") };
}
