/**
 * What the domain needs from a CSV reader: the records as text cells, the separator it found,
 * and where quoting broke. Papa Parse does the reading (src/taskpane/invoices/papaCsv.ts); it
 * is passed in so that the domain stays free of its Node and DOM typings.
 */

export interface CsvRows {
  /** Every record, empty lines included, so that index + 1 is the line a person counts. */
  rows: string[][];
  /** The separator found: ";", "," or tab ("" when no candidate split the header). */
  delimiter: string;
  /** The first record (index into rows) whose quote is never closed, or null. */
  unterminatedQuoteRow: number | null;
}

export type CsvReader = (text: string) => CsvRows;

/** One cell as the file gives it: CSV gives text, .xlsx also numbers (dates come as ISO text). */
export type InvoiceCell = string | number | null;
