/**
 * Where things are in the workbook: sheet, table and list names, and the number formats of
 * the registration and log tables. Shared by the adapter, the template generator and the summary.
 * Number formats are Excel's locale-independent codes; Excel shows them with the user's
 * separators (a space between thousands in Swedish Excel).
 */
import type { ColumnKind } from "../../domain/model/tableSchema";

export const SHEETS = {
  lists: "Kategori",
  registration: "Registrering",
  summary: "Sammanställning",
  /** The audit trail: hidden from casual view (not very hidden, not protected). */
  log: "Logg",
  /** Realisation per period: visible, users and the summary's formulas read it. */
  realisation: "Realisering",
} as const;

export const TABLE_NAME = "Effektiviseringar";

/** The audit trail's table on `Logg`; its columns are LOG_COLUMNS (domain/logSchema). */
export const LOG_TABLE_NAME = "Effektlogg";

/** Realisation per month on the visible sheet `Realisering`; its columns are REALISATION_COLUMNS. */
export const REALISATION_TABLE_NAME = "Realiseringar";

/** Excel's default table style, for the tables the add-in creates. */
export const TABLE_STYLE = "TableStyleMedium2";

/** The registration table's header row starts here on a new `Registrering` sheet. */
export const TABLE_ANCHOR = { row: 0, column: 0 } as const;

/** The template's list headers sit in A3:D3 (row index 2); lists are found wherever they are. */
export const LIST_TEMPLATE_HEADER_ROW = 2;

/** How many rows below a list header the list validations look at (room for the lists to grow). */
export const LIST_VALIDATION_DEPTH = 500;

export const NUMBER_FORMATS: Record<ColumnKind, string> = {
  // Text stays text through the quote prefix (see domain/cellText), not through "@", which
  // would also keep later hand-typed numbers as text.
  text: "General",
  choice: "General",
  kronor: '#,##0 "kr"',
  number: "#,##0.##",
  date: "yyyy-mm-dd",
  month: "yyyy-mm",
  datetime: "yyyy-mm-dd hh:mm",
  yesNo: "General",
  formula: '#,##0 "kr"',
  percent: "0.0%",
};
