/**
 * A small supplier-invoice export in Raindance's shape (DESIGN "Finance-system exports"):
 * semicolon-separated, Windows-1252, decimal comma with a space between thousands, credit
 * notes negative, org.nr without the dash, the supplier's name in capitals. Its lines belong to
 * the preview's samples (registered in `year`): the printing contract Utskrift som tjänst (by
 * its contract number), Turbundna resor's corrected invoices (a credit note, by supplier name),
 * and a supplier no effect has. The story's expectations are computed from these lines.
 */
import { commaAmount, SHAPES } from "../../../scripts/invoiceFixtures";

/** Verifikationsdatum; Leverantörsnamn; Organisationsnummer; Konto; Konterat belopp; Avtal. */
export const EXPORT_HEADER = SHAPES.raindance.header;

export interface ExportLine {
  date: string;
  supplier: string;
  orgNr: string;
  account: string;
  /** Kronor, credit notes negative. */
  amount: number;
  contract: string;
}

const month = (year: number, index: number) =>
  `${year + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;

/**
 * The export from January `year` through `months` months: the printer supplier every month
 * (more some months than others, a service line now and then, a credit note in September), the
 * travel company's invoices and one credit note in June, and an unrelated cleaning company.
 */
export function exportLines(year: number, months: number): ExportLine[] {
  const printer = { supplier: "SKRIVARBOLAGET AB", orgNr: "5566778899" };
  const travel = { supplier: "RESEBOLAGET AB", orgNr: "5560123456" };
  const cleaning = { supplier: "STÄDBOLAGET I NORR AB", orgNr: "5569876543" };
  const contract = `KS ${year - 1}/123`;
  const lines: ExportLine[] = [];
  for (let i = 0; i < months; i++) {
    const m = month(year, i);
    const print = { ...printer, account: "6110", contract };
    lines.push({ ...print, date: `${m}-14`, amount: 250_000 + (i % 3) * 20_000 });
    if (i % 4 === 1) lines.push({ ...print, account: "6120", date: `${m}-20`, amount: 8_500 });
    const travelAccount = { ...travel, account: "7010", contract: "" };
    lines.push({ ...travelAccount, date: `${m}-05`, amount: 1_380_000 });
    if (i % 2 === 0) {
      lines.push({ ...cleaning, account: "6310", contract: "", date: `${m}-25`, amount: 42_300 });
    }
  }
  lines.push({ ...printer, account: "6110", contract, date: `${year}-09-22`, amount: -12_000 });
  lines.push({
    ...travel,
    account: "7010",
    contract: "",
    date: `${year}-06-12`,
    amount: -1_250_000,
  });
  return lines;
}

/** One line a person cannot read either: its date is missing. Line `lines.length + 2`. */
export const UNDATED_LINE = ";STÄDBOLAGET I NORR AB;5569876543;6310;4 500,00;";

/** The file's bytes: header, lines, then the undated line; CRLF, Windows-1252. */
export function exportBytes(lines: readonly ExportLine[]): Buffer {
  const rows = lines.map((line) =>
    [
      line.date,
      line.supplier,
      line.orgNr,
      line.account,
      commaAmount(Math.round(line.amount * 100)),
      line.contract,
    ].join(";")
  );
  const text = [EXPORT_HEADER.join(";"), ...rows, UNDATED_LINE, ""].join("\r\n");
  // Every character used is Latin-1, where Windows-1252 has the same byte.
  return Buffer.from(text, "latin1");
}
