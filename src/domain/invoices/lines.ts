/**
 * The invoice lines of a table under a column mapping. Each malformed line is reported with its
 * line number and reason and left out of `lines`; the pane shows the report and imports only
 * when the user confirms it (or chooses another file), so nothing is half-imported silently.
 */
import type { IsoDate } from "../model/effect";
import type { InvoiceCell } from "./csvRows";
import type { ColumnMapping, InvoiceField } from "./columns";
import type { InvoiceTable } from "./table";
import { fileMessages, lineMessages, lineProblem } from "./importMessages.sv";
import {
  detectDecimalSign,
  normaliseOrgNr,
  parseFileAmount,
  parseFileDate,
  type DecimalSign,
} from "./values";

export interface InvoiceLine {
  /** The line in the file, as a person counts (the header is line 1). */
  line: number;
  supplier: string;
  /** "556677-8899", or null when the file has none (or hides it). */
  orgNr: string | null;
  date: IsoDate;
  /** "2026-03": the month the line belongs to. */
  month: string;
  /** Excl. VAT, in öre; credit notes are negative. */
  amountOre: number;
  account: string;
  /** Diarie- or contract number, "" when none. */
  reference: string;
  quantity: number | null;
}

export interface LineProblem {
  line: number;
  message: string;
}

export interface LinesReading {
  lines: InvoiceLine[];
  problems: LineProblem[];
  decimalSign: DecimalSign;
}

export type LinesResult = { ok: true; reading: LinesReading } | { ok: false; message: string };

/** A mapping the lines can be read with: amount, date, and a supplier's name or number. */
export function mappingProblem(mapping: ColumnMapping): string | null {
  if (mapping.amount === null) return fileMessages.missingColumn("amount");
  if (mapping.date === null) return fileMessages.missingColumn("date");
  if (mapping.supplier === null && mapping.orgNr === null) return fileMessages.missingSupplier;
  return null;
}

export function readInvoiceLines(table: InvoiceTable, mapping: ColumnMapping): LinesResult {
  const problem = mappingProblem(mapping);
  if (problem !== null) return { ok: false, message: problem };
  const cellOf = (row: readonly InvoiceCell[], field: InvoiceField): InvoiceCell => {
    const column = mapping[field];
    return column === null ? null : (row[column] ?? null);
  };
  const decimalSign = detectDecimalSign(table.rows.map((row) => cellOf(row, "amount")));
  const lines: InvoiceLine[] = [];
  const problems: LineProblem[] = [];
  const fromSheet = table.encoding === "xlsx";
  table.rows.forEach((row, index) => {
    if (row.length === 0) return;
    const line = table.firstLine + index;
    const read = readLine(line, row, table.header.length, cellOf, decimalSign, fromSheet);
    if (typeof read === "string") problems.push({ line, message: lineProblem(line, read) });
    else lines.push(read);
  });
  return { ok: true, reading: { lines, problems, decimalSign } };
}

const text = (cell: InvoiceCell): string => (cell === null ? "" : String(cell).trim());

/** The line, or the reason it cannot be read. */
function readLine(
  line: number,
  row: readonly InvoiceCell[],
  columns: number,
  cellOf: (row: readonly InvoiceCell[], field: InvoiceField) => InvoiceCell,
  sign: DecimalSign,
  fromSheet: boolean
): InvoiceLine | string {
  // A sheet's rows end at their last filled cell; a CSV record with another count is split wrong.
  if (!fromSheet && row.length !== columns) return lineMessages.columnCount(row.length, columns);
  const amountCell = cellOf(row, "amount");
  const amountOre = parseFileAmount(amountCell, sign);
  if (amountOre === undefined) return lineMessages.missingAmount;
  if (amountOre === null) return lineMessages.amount(text(amountCell));
  const dateCell = cellOf(row, "date");
  const date = parseFileDate(dateCell);
  if (date === undefined) return lineMessages.missingDate;
  if (date === null) return lineMessages.date(text(dateCell));
  const orgNrCell = cellOf(row, "orgNr");
  const orgNr = normaliseOrgNr(orgNrCell);
  if (orgNr === undefined) return lineMessages.orgNr(text(orgNrCell));
  const supplier = text(cellOf(row, "supplier"));
  if (supplier === "" && orgNr === null) return lineMessages.missingSupplier;
  const quantityCell = cellOf(row, "quantity");
  const quantityOre = parseFileAmount(quantityCell, sign);
  if (quantityOre === null) return lineMessages.quantity(text(quantityCell));
  return {
    line,
    supplier,
    orgNr,
    date,
    month: date.slice(0, 7),
    amountOre,
    account: text(cellOf(row, "account")),
    reference: text(cellOf(row, "reference")),
    quantity: quantityOre === undefined ? null : quantityOre / 100,
  };
}
