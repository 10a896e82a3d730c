/** Test helper: a CSV file's text or bytes through the domain's reading, as the worker does it. */
import { detectColumns } from "../../../src/domain/invoices/columns";
import { readInvoiceLines, type LinesResult } from "../../../src/domain/invoices/lines";
import { tableFromCsv } from "../../../src/domain/invoices/table";
import { readCsv } from "../../../src/taskpane/invoices/papaCsv";

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Windows-1252 bytes of text that uses only Latin-1 letters (å ä ö é …). */
export const latin1 = (text: string): Uint8Array =>
  Uint8Array.from([...text].map((char) => char.charCodeAt(0)));

export function readCsvFile(file: string | Uint8Array): LinesResult {
  const table = tableFromCsv(typeof file === "string" ? utf8(file) : file, readCsv);
  if (!table.ok) return table;
  return readInvoiceLines(table.table, detectColumns(table.table.header));
}
