/**
 * The registration table's columns: the one definition that the workbook layer, the
 * template generator and the summary share. Headers are what users see in Excel, so they
 * are Swedish; everything is looked up by header name, never by position.
 */
import type { Effect } from "./effect";

/** How a column's cells are written and read. */
export type ColumnKind =
  | "text" // user text, always written so it stays text
  | "choice" // a list value (Kategori, Förvaltning, ...), written as text
  | "kronor" // a number formatted as kronor
  | "number" // a plain number (years, volume, hours)
  | "percent" // a fraction shown as a percentage
  | "date" // an Excel serial date formatted yyyy-mm-dd
  | "datetime" // an Excel serial date-time
  | "yesNo" // "Ja" / "Nej"
  | "formula"; // computed in the sheet from the row's own cells

/** Every stored field of an effect has a column; `forecast` is the calculated column. */
export type ColumnKey = Exclude<keyof Effect, "editedOutside"> | "forecast";

export interface ColumnDef {
  key: ColumnKey;
  header: string;
  kind: ColumnKind;
}

export const TABLE_COLUMNS = [
  { key: "id", header: "ID", kind: "text" },
  { key: "caseName", header: "Ärende", kind: "text" },
  { key: "registered", header: "Registrerad", kind: "date" },
  { key: "category", header: "Kategori", kind: "choice" },
  { key: "department", header: "Förvaltning", kind: "choice" },
  { key: "type", header: "Typ av effektivisering", kind: "choice" },
  { key: "reason", header: "Anledning till effektivisering", kind: "choice" },
  { key: "status", header: "Status", kind: "choice" },
  { key: "basis", header: "Beräkningsgrund", kind: "choice" },
  { key: "previousAnnualCost", header: "Tidigare årlig kostnad (kr)", kind: "kronor" },
  { key: "newAnnualCost", header: "Ny årlig kostnad (kr)", kind: "kronor" },
  { key: "previousUnitPrice", header: "Tidigare styckpris (kr)", kind: "kronor" },
  { key: "newUnitPrice", header: "Nytt styckpris (kr)", kind: "kronor" },
  { key: "annualVolume", header: "Årlig volym", kind: "number" },
  { key: "annualAmount", header: "Årligt belopp (kr)", kind: "kronor" },
  { key: "contractYears", header: "Avtalstid (år)", kind: "number" },
  { key: "startDate", header: "Startdatum", kind: "date" },
  { key: "oneOffAmount", header: "Engångsbelopp (kr)", kind: "kronor" },
  { key: "implementationCost", header: "Implementeringskostnad (kr)", kind: "kronor" },
  { key: "forecast", header: "Kalkylerad effekt (kr)", kind: "formula" },
  { key: "realised", header: "Realiserad effekt (kr)", kind: "kronor" },
  { key: "realisedDate", header: "Realiserad datum", kind: "date" },
  { key: "budgetAffecting", header: "Budgetpåverkande", kind: "yesNo" },
  { key: "savedHours", header: "Sparade timmar", kind: "number" },
  { key: "supplier", header: "Leverantör", kind: "text" },
  { key: "caseNumber", header: "Diarienummer", kind: "text" },
  { key: "comment", header: "Kommentar", kind: "text" },
  { key: "baseline", header: "Baslinje", kind: "choice" },
  { key: "baselineNote", header: "Baslinje, beskrivning", kind: "text" },
  { key: "indexName", header: "Index", kind: "text" },
  { key: "avoidedIncreasePercent", header: "Undviken höjning (%)", kind: "percent" },
  { key: "avoidedIncrease", header: "Undviken höjning (kr/år)", kind: "kronor" },
  { key: "alsoReportedBy", header: "Rapporteras även av", kind: "text" },
  { key: "alsoReportedRef", header: "Referens, annan rapportering", kind: "text" },
  { key: "verifiedStage", header: "Verifierat", kind: "choice" },
  { key: "verifiedBy", header: "Verifierad av", kind: "text" },
  { key: "verifiedDate", header: "Verifierad datum", kind: "date" },
  { key: "evidence", header: "Underlag", kind: "text" },
  { key: "registeredBy", header: "Registrerad av", kind: "text" },
  { key: "lastModified", header: "Senast ändrad", kind: "datetime" },
  { key: "lastModifiedBy", header: "Senast ändrad av", kind: "text" },
  { key: "checksum", header: "Kontrollsumma", kind: "text" },
] as const satisfies readonly ColumnDef[];

export type TableHeader = (typeof TABLE_COLUMNS)[number]["header"];

const byKey = new Map<ColumnKey, ColumnDef>(TABLE_COLUMNS.map((c) => [c.key, c]));

export function columnFor(key: ColumnKey): ColumnDef {
  const column = byKey.get(key);
  if (!column) throw new Error(`No column for ${key}`);
  return column;
}

export const headerOf = (key: ColumnKey): string => columnFor(key).header;

/** What every write of a row renews: when, by whom, and the checksum over the rest. */
export const STAMP_KEYS = ["lastModified", "lastModifiedBy", "checksum"] as const;
/** A second person's verification of the row. */
export const VERIFICATION_KEYS = [
  "verifiedStage",
  "verifiedBy",
  "verifiedDate",
  "evidence",
] as const;
/** What the add-in records about a row, as opposed to what a person states about the effect. */
export const RECORD_KEYS: readonly ColumnKey[] = [
  "id",
  "registered",
  "registeredBy",
  ...STAMP_KEYS,
  ...VERIFICATION_KEYS,
];

/** Cell text of the yes/no columns. */
export const YES = "Ja";
export const NO = "Nej";
