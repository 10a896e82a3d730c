/**
 * The domain's CSV reader, by Papa Parse: it guesses the separator among the ones Swedish
 * exports use and handles quoted fields with separators and line breaks inside.
 */
import Papa from "papaparse";
import type { CsvReader } from "../../domain/invoices/csvRows";

export const readCsv: CsvReader = (text) => {
  const result = Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: false,
    delimitersToGuess: [";", "\t", ","],
  });
  const quoteError = result.errors.find((error) => error.code === "MissingQuotes");
  // Papa splits "a;b\n" into two records, the last one empty: drop that one only.
  const rows = result.data;
  const last = rows[rows.length - 1];
  if (last !== undefined && last.length === 1 && last[0] === "") rows.pop();
  return {
    rows,
    delimiter: result.meta.delimiter,
    unterminatedQuoteRow: quoteError?.row ?? null,
  };
};
