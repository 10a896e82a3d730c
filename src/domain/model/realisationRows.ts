/**
 * A realisation period ↔ one row of the period table, matched by header name like the other
 * tables. Pure: the adapter only moves these values. User text is written so it stays text.
 */
import { sameText, type CellValue } from "./cells";
import { toCellText } from "./cellText";
import { excelSerialToIsoDate, isoDateToExcelSerial, stampText } from "./dates";
import { effectId, isoDate, kronor } from "./effect";
import {
  REALISATION_COLUMNS,
  REALISATION_SOURCES,
  firstDayOf,
  isMonth,
  type RealisationKey,
  type RealisationPeriod,
  type RealisationSource,
} from "./realisation";

const columnOf = (header: string) => REALISATION_COLUMNS.find((c) => sameText(c.header, header));

/** The index of a period column in `headers` (-1 when it is missing). */
export const realisationColumnIndex = (headers: readonly string[], key: RealisationKey): number =>
  headers.findIndex((header) => columnOf(header)?.key === key);

/**
 * The period's cells in the order of `headers`; null leaves a column the add-in does not know.
 * `registeredAt` is the Excel serial of the stamp (the text is what the period carries).
 */
export function realisationCells(
  period: RealisationPeriod,
  registeredAt: number,
  headers: readonly string[]
): (CellValue | null)[] {
  return headers.map((header, index) => {
    const column = columnOf(header);
    if (!column || realisationColumnIndex(headers, column.key) !== index) return null;
    switch (column.key) {
      case "month":
        return isoDateToExcelSerial(isoDate(firstDayOf(period.month)));
      case "amount":
        return period.amount;
      case "registeredAt":
        return registeredAt;
      default:
        return toCellText(period[column.key]);
    }
  });
}

/**
 * A period from a row as Excel returns it, or null when the row does not read as one (a row
 * typed by hand without an effect, a month or an amount): such rows count for nothing.
 */
export function realisationFromRow(
  row: readonly CellValue[],
  headers: readonly string[]
): RealisationPeriod | null {
  const cell = (key: RealisationKey) => row[realisationColumnIndex(headers, key)] ?? "";
  const text = (key: RealisationKey) => String(cell(key)).trim();
  const month = monthOfCell(cell("month"));
  const amount = cell("amount");
  const id = effectId(text("effectId"));
  if (month === null || typeof amount !== "number" || !Number.isFinite(amount) || id === "") {
    return null;
  }
  const at = cell("registeredAt");
  return {
    id: text("id"),
    effectId: id,
    month,
    amount: kronor(amount),
    source: sourceOf(text("source")),
    evidence: text("evidence"),
    registeredBy: text("registeredBy"),
    registeredAt: typeof at === "number" && at >= 1 ? stampText(at) : String(at),
  };
}

/** A date cell (any day of the month) or the text "2026-03" a person may type. */
function monthOfCell(cell: CellValue): string | null {
  if (typeof cell === "number") {
    try {
      return excelSerialToIsoDate(cell).slice(0, 7);
    } catch {
      return null;
    }
  }
  const text = String(cell).trim().slice(0, 7);
  return isMonth(text) ? text : null;
}

/** Anything but "Import" was entered by a person. */
const sourceOf = (text: string): RealisationSource =>
  REALISATION_SOURCES.find((source) => sameText(source, text)) ?? "Manuell";
