/**
 * A file's header and records, before the columns are known: from CSV bytes (decoded, split by
 * the reader) or from an .xlsx sheet's rows. Problems that make the whole file unreadable are
 * refused here, with a message; problems of single lines wait for lines.ts.
 */
import { decodeInvoiceBytes, type InvoiceEncoding, type Utf8Decoder } from "./decode";
import type { CsvReader, InvoiceCell } from "./csvRows";
import { fileMessages } from "./importMessages.sv";

export interface InvoiceTable {
  header: string[];
  /** The records after the header; empty records are kept (as []) so that lines count right. */
  rows: InvoiceCell[][];
  /** The line number of rows[0] as a person counts (the header is line 1). */
  firstLine: number;
  encoding: InvoiceEncoding | "xlsx";
  delimiter: string;
}

export type TableReading = { ok: true; table: InvoiceTable } | { ok: false; message: string };

const isEmptyRecord = (row: readonly InvoiceCell[]): boolean =>
  row.every((cell) => cell === null || String(cell).trim() === "");

export function tableFromCsv(bytes: Uint8Array, read: CsvReader, utf8?: Utf8Decoder): TableReading {
  const { text, encoding } = decodeInvoiceBytes(bytes, utf8);
  if (text.trim() === "") return { ok: false, message: fileMessages.empty };
  const csv = read(text);
  if (csv.unterminatedQuoteRow !== null) {
    return { ok: false, message: fileMessages.unterminatedQuote(csv.unterminatedQuoteRow + 1) };
  }
  return fromRecords(csv.rows, encoding, csv.delimiter);
}

/** An .xlsx sheet's rows, as the adapter read them (dates already ISO text). */
export function tableFromSheet(rows: InvoiceCell[][]): TableReading {
  if (rows.every(isEmptyRecord)) return { ok: false, message: fileMessages.empty };
  return fromRecords(rows, "xlsx", "");
}

function fromRecords(
  records: InvoiceCell[][],
  encoding: InvoiceTable["encoding"],
  delimiter: string
): TableReading {
  const headerIndex = records.findIndex((row) => !isEmptyRecord(row));
  const header = (records[headerIndex] ?? []).map((cell) => String(cell ?? "").trim());
  if (encoding !== "xlsx" && header.length < 2) {
    return { ok: false, message: fileMessages.unknownSeparator };
  }
  const rows = records.slice(headerIndex + 1).map((row) => (isEmptyRecord(row) ? [] : row));
  if (rows.every((row) => row.length === 0)) return { ok: false, message: fileMessages.onlyHeader };
  return { ok: true, table: { header, rows, firstLine: headerIndex + 2, encoding, delimiter } };
}
