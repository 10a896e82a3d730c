/** Times the workbook stores as Excel serial date-times, as the pane shows them. */
import { formatInputNumber } from "../../domain/model/format";
import { stampText } from "../../domain/model/dates";

/**
 * "2026-03-01 14:05", as on the summary sheet. A cell typed by hand can hold a number that is
 * no date (0, −1); it is shown as the number rather than breaking the view.
 */
export function dateTimeText(serial: number): string {
  try {
    return stampText(serial);
  } catch {
    return formatInputNumber(serial, 6);
  }
}
