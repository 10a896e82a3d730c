/**
 * A realisation period ↔ one row of the period table, matched by header name like the other
 * tables. Pure: the adapter only moves these values. User text is written so it stays text.
 */
import { sameText, type CellValue } from "./cells";
import { toCellText } from "./cellText";
import { isoDateToExcelSerial } from "./dates";
import { isoDate } from "./effect";
import {
  REALISATION_COLUMNS,
  firstDayOf,
  type RealisationKey,
  type RealisationPeriod,
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
