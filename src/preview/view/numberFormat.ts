/**
 * Excel number formats, approximately, as Swedish Excel shows them: the formats this add-in
 * writes (`#,##0 "kr"`, `#,##0.0,, "mkr"`, `0%`, `yyyy-mm-dd hh:mm` …) and General. Anything
 * more exotic falls back to General; the grid is a preview, not a spreadsheet engine.
 */
import type { CellValue } from "../fakeExcel";

const LOCALE = "sv-SE";
const MS_PER_DAY = 86_400_000;
/** Excel's serial 25569 is 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25_569;

/** Intl formatters are costly to create; a sheet uses only a handful of formats. */
const formatters = new Map<string, Intl.NumberFormat>();
function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify(options);
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(LOCALE, options);
    formatters.set(key, formatter);
  }
  return formatter;
}

export function formatCellValue(value: CellValue, format = "General"): string {
  if (typeof value === "boolean") return value ? "SANT" : "FALSKT";
  if (typeof value === "string") return value;
  const sections = splitSections(format);
  const negativeSection = value < 0 ? sections[1] : undefined;
  const section = negativeSection ?? sections[0] ?? "General";
  // A negative section shows the absolute value: its own text says how (e.g. parentheses).
  const shown = negativeSection !== undefined ? Math.abs(value) : value;
  if (/^general$/i.test(section.trim())) return formatGeneral(shown);
  if (isDateFormat(section)) return formatDate(value, section);
  return formatNumber(shown, section);
}

function formatGeneral(value: number): string {
  return numberFormat({ maximumSignificantDigits: 11, useGrouping: false }).format(value);
}

/** Sections split at ";" outside quotes. */
function splitSections(format: string): string[] {
  return format.match(/(?:"[^"]*"|\\.|[^;])+/g) ?? [format];
}

/** Quoted text, escaped characters and [colour]/[condition] blocks removed. */
const codesOnly = (section: string): string =>
  section.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "").replace(/_.|\*./g, "");

function isDateFormat(section: string): boolean {
  return /[ydhs]/i.test(codesOnly(section));
}

function formatDate(serial: number, section: string): string {
  const date = new Date(Math.round((serial - UNIX_EPOCH_SERIAL) * MS_PER_DAY));
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  let afterHour = false;
  return section.replace(
    /"([^"]*)"|\\(.)|yyyy|yy|mmm+|mm|m|dd|d|hh|h|ss|s/gi,
    (token, quoted?: string, escaped?: string) => {
      if (quoted !== undefined) return quoted;
      if (escaped !== undefined) return escaped;
      const lower = token.toLowerCase();
      const minute = lower.startsWith("m") && afterHour && lower.length <= 2;
      afterHour = lower.startsWith("h") || (afterHour && !/^[yd]/.test(lower) && !minute);
      if (minute) return lower === "mm" ? pad(date.getUTCMinutes()) : String(date.getUTCMinutes());
      switch (lower) {
        case "yyyy":
          return String(date.getUTCFullYear());
        case "yy":
          return pad(date.getUTCFullYear() % 100);
        case "mm":
          return pad(date.getUTCMonth() + 1);
        case "m":
          return String(date.getUTCMonth() + 1);
        case "dd":
          return pad(date.getUTCDate());
        case "d":
          return String(date.getUTCDate());
        case "hh":
          return pad(date.getUTCHours());
        case "h":
          return String(date.getUTCHours());
        case "ss":
          return pad(date.getUTCSeconds());
        case "s":
          return String(date.getUTCSeconds());
        default:
          return date.toLocaleDateString(LOCALE, { timeZone: "UTC", month: "long" });
      }
    }
  );
}

/** `prefix #,##0.0,, suffix`: grouping, decimals, scaling by trailing commas, percent. */
function formatNumber(value: number, section: string): string {
  const block = /[#0?][#0?,. ]*|\.[#0?]+/.exec(
    section.replace(/"[^"]*"|\\./g, (m) => "\u0000".repeat(m.length))
  );
  if (!block) return formatGeneral(value);
  const codes = block[0].trimEnd();
  const scaling = /,+$/.exec(codes)?.[0].length ?? 0;
  const digits = codes.replace(/,+$/, "");
  const [integer = "", fraction = ""] = digits.split(".");
  const literal = (text: string) => text.replace(/"([^"]*)"|\\(.)/g, "$1$2");
  const before = literal(section.slice(0, block.index));
  const after = literal(section.slice(block.index + codes.length));
  const percent = /%/.test(before + after);
  const scaled = (value / 1000 ** scaling) * (percent ? 100 : 1);
  const text = numberFormat({
    useGrouping: integer.includes(","),
    minimumFractionDigits: (fraction.match(/0/g) ?? []).length,
    maximumFractionDigits: fraction.replace(/[^#0?]/g, "").length,
  }).format(scaled);
  return `${before}${text}${after}`;
}
