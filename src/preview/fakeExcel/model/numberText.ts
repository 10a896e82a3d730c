/**
 * `Range.text`: a simple en-US rendering of a cell through its number format. Enough for
 * dates, percentages, fixed decimals, thousands separators and quoted suffixes ("kr");
 * Excel's full format language (colours, conditions, fractions) is not simulated.
 */
import type { CellModel } from "./types";

function general(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e11) return String(n);
  if (Math.abs(n) >= 1e11 || (n !== 0 && Math.abs(n) < 1e-9)) {
    return n
      .toExponential(5)
      .replace(/\.?0+e/, "E")
      .replace(/E([+-])(\d)$/, "E$10$2")
      .toUpperCase();
  }
  return String(Number(n.toPrecision(10)));
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

function formatDate(serial: number, format: string): string {
  const ms = Math.round((serial - 25569) * 86_400_000);
  const d = new Date(ms);
  let out = format.replace(/\\(.)/g, "$1").replace(/"([^"]*)"/g, "$1");
  out = out
    .replace(/yyyy/gi, String(d.getUTCFullYear()))
    .replace(/yy/gi, pad(d.getUTCFullYear() % 100));
  out = out.replace(/hh?/gi, pad(d.getUTCHours()));
  out = out
    .replace(/(:)mm/gi, `$1${pad(d.getUTCMinutes())}`)
    .replace(/ss/gi, pad(d.getUTCSeconds()));
  out = out.replace(/mm/gi, pad(d.getUTCMonth() + 1)).replace(/dd/gi, pad(d.getUTCDate()));
  return out;
}

function formatNumber(n: number, format: string): string {
  const literal = (s: string) => s.replace(/"([^"]*)"/g, "$1").replace(/\\(.)/g, "$1");
  const pattern = /[#0,.%]+/.exec(format.replace(/"[^"]*"/g, (q) => " ".repeat(q.length)));
  if (!pattern) return literal(format);
  const code = pattern[0];
  const percent = format.includes("%");
  const [, decimals = ""] = code.split(".");
  const fixed = (decimals.match(/0/g) ?? []).length;
  const optional = (decimals.match(/#/g) ?? []).length;
  const value = percent ? n * 100 : n;
  let text = Math.abs(value).toFixed(fixed + optional);
  // Excel keeps the decimal point when "#" digits drop out: 1500 in "#,##0.##" is "1,500.".
  if (optional > 0) text = text.replace(new RegExp(`0{1,${optional}}$`), "");
  if (code.includes(",") && /,.*[0#]/.test(code.split(".")[0] ?? "")) {
    const [int = "", frac] = text.split(".");
    text = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (frac === undefined ? "" : `.${frac}`);
  }
  const prefix = literal(format.slice(0, pattern.index));
  const suffix = literal(format.slice(pattern.index + code.length)).replace(/%/g, "");
  return `${value < 0 ? "-" : ""}${prefix}${text}${percent ? "%" : ""}${suffix}`;
}

export function cellText(cell: CellModel): string {
  const { value } = cell;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  const format = (cell.numberFormat ?? "General").split(";")[0] ?? "General";
  if (format === "General" || format === "@") return general(value);
  if (/[ymdhs]/i.test(format.replace(/"[^"]*"/g, ""))) return formatDate(value, format);
  return formatNumber(value, format);
}
