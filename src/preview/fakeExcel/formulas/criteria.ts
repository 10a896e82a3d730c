/**
 * The criteria of SUMIFS, COUNTIFS, SUMIF and COUNTIF (Microsoft's COUNTIFS and SUMIFS
 * articles): an optional operator (=, <>, <, >, <=, >=) and an operand. A number operand
 * compares with numbers; a text operand with = or <> matches text without case, where `*` is
 * any run, `?` one character and `~` makes the next one literal. "=" alone matches blank
 * cells, "<>" alone every cell that is not blank; "<>x" also matches blanks.
 */
import { compare, type Scalar, isError } from "./values";

export type Criterion = (cell: Scalar) => boolean;

const OPERATOR = /^(<=|>=|<>|=|<|>)?([\s\S]*)$/;

export function criterion(value: Scalar): Criterion {
  if (isError(value)) return () => false;
  if (typeof value === "number" || typeof value === "boolean" || value === null) {
    const wanted = value ?? 0;
    return (cell) => cell === wanted;
  }
  const [, op = "=", operand = ""] = OPERATOR.exec(value) ?? [];
  if (operand === "") {
    if (op === "<>") return (cell) => !isBlank(cell);
    if (op === "=") return isBlank;
  }
  const number = operand.trim() === "" ? NaN : Number(operand);
  const upper = operand.toUpperCase();
  const target: Scalar = Number.isFinite(number)
    ? number
    : upper === "TRUE" || upper === "FALSE"
      ? upper === "TRUE"
      : operand;
  if (op === "=" || op === "<>") {
    const equal =
      typeof target === "string"
        ? wildcard(target)
        : (cell: Scalar) => sameNumberOrFlag(cell, target);
    return op === "=" ? equal : (cell) => !equal(cell);
  }
  // <, >, <=, >= compare only cells of the operand's kind (a number with numbers, text with text).
  const kind = typeof target;
  const holds = {
    "<": (c: number) => c < 0,
    ">": (c: number) => c > 0,
    "<=": (c: number) => c <= 0,
    ">=": (c: number) => c >= 0,
  }[op as "<" | ">" | "<=" | ">="];
  return (cell) => cell !== null && typeof cell === kind && holds(compare(cell, target));
}

const isBlank = (cell: Scalar): boolean => cell === null || cell === "";

function sameNumberOrFlag(cell: Scalar, target: number | boolean): boolean {
  if (typeof cell === "string" && typeof target === "number") {
    return cell.trim() !== "" && Number(cell) === target;
  }
  return cell === target;
}

/** `*`, `?` and `~` escapes to an anchored, case-insensitive pattern over text cells. */
function wildcard(pattern: string): Criterion {
  let source = "";
  for (let i = 0; i < pattern.length; i += 1) {
    const ch = pattern[i] ?? "";
    if (ch === "~" && i + 1 < pattern.length) {
      i += 1;
      source += escapeRegExp(pattern[i] ?? "");
    } else if (ch === "*") source += "[\\s\\S]*";
    else if (ch === "?") source += "[\\s\\S]";
    else source += escapeRegExp(ch);
  }
  const regex = new RegExp(`^${source}$`, "i");
  return (cell) => typeof cell === "string" && cell !== "" && regex.test(cell);
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
