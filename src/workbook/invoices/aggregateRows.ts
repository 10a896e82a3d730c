/**
 * The invoice sums' table, `Fakturasummor` on the hidden sheet `Fakturaunderlag`: one row per
 * supplier × month × account of an import, never an invoice line. Pure mapping between those
 * sums and cells; the adapter only moves the values.
 */
import type { InvoiceAggregate } from "../../domain/invoices/aggregates";
import type { CellValue } from "../../domain/model/cells";
import { toCellText } from "../../domain/model/cellText";
import type { ColumnKind } from "../../domain/model/tableSchema";

export const INVOICE_SHEET = "Fakturaunderlag";
export const INVOICE_TABLE = "Fakturasummor";

// prettier-ignore
export const AGGREGATE_COLUMNS = [
  { key: "id", header: "Import-ID", kind: "text" },
  { key: "file", header: "Fil", kind: "text" },
  { key: "supplier", header: "Leverantör", kind: "text" },
  { key: "orgNr", header: "Organisationsnummer", kind: "text" },
  { key: "month", header: "Månad", kind: "text" },
  { key: "account", header: "Konto", kind: "text" },
  { key: "amount", header: "Belopp exkl. moms (kr)", kind: "kronor" },
  { key: "lineCount", header: "Antal rader", kind: "number" },
  { key: "importedBy", header: "Importerad av", kind: "text" },
  { key: "importedAt", header: "Importerad", kind: "datetime" },
] as const satisfies readonly { key: string; header: string; kind: ColumnKind }[];

/** An import's sums as stored, and who stored them when. */
export interface InvoiceImport {
  /** The file's fingerprint (fingerprintBytes): the same file is imported once. */
  fingerprint: string;
  fileName: string;
  aggregates: readonly InvoiceAggregate[];
}

/** Each row's key: the file's fingerprint and the row's number within the import. */
export const aggregateRowId = (fingerprint: string, index: number): string =>
  `${fingerprint}.${index + 1}`;

/** The row's cells in the table's column order; every text as text (never a formula). */
export function aggregateCells(
  saved: InvoiceImport,
  index: number,
  meta: { importedBy: string; importedAt: number }
): CellValue[] {
  const sum = saved.aggregates[index] as InvoiceAggregate;
  const values: Record<(typeof AGGREGATE_COLUMNS)[number]["key"], CellValue> = {
    id: toCellText(aggregateRowId(saved.fingerprint, index)),
    file: toCellText(saved.fileName),
    supplier: toCellText(sum.supplier),
    orgNr: toCellText(sum.orgNr ?? ""),
    month: toCellText(sum.month),
    account: toCellText(sum.account),
    amount: sum.amountOre / 100,
    lineCount: sum.lineCount,
    importedBy: toCellText(meta.importedBy),
    importedAt: meta.importedAt,
  };
  return AGGREGATE_COLUMNS.map((column) => values[column.key]);
}

/** A stored row read back: the sums the pane and the summary may use. */
export interface StoredAggregate extends InvoiceAggregate {
  fingerprint: string;
  fileName: string;
}

export function aggregateOfRow(row: readonly CellValue[]): StoredAggregate | null {
  const text = (at: number) => String(row[at] ?? "").trim();
  const id = text(0);
  const dot = id.lastIndexOf(".");
  const amount = row[6];
  if (dot <= 0 || typeof amount !== "number") return null;
  return {
    fingerprint: id.slice(0, dot),
    fileName: text(1),
    supplier: text(2),
    orgNr: text(3) === "" ? null : text(3),
    month: text(4),
    account: text(5),
    amountOre: Math.round(amount * 100),
    lineCount: typeof row[7] === "number" ? row[7] : 0,
  };
}
