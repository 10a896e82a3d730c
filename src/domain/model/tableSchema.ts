/**
 * The registration table's columns, and what the pane knows of each field: the one
 * definition that the workbook layer, the template generator, the summary, the checksum and
 * the entry form share. Headers and labels are what users see, so they are Swedish;
 * everything is looked up by header name, never by position.
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
  | "month" // an Excel serial date, a month's first day, formatted yyyy-mm
  | "datetime" // an Excel serial date-time
  | "yesNo" // "Ja" / "Nej"
  | "formula"; // computed in the sheet from the row's own cells

/** Every stored field of an effect has a column; `forecast` is the calculated column. */
export type ColumnKey = Exclude<keyof Effect, "editedOutside"> | "forecast";

/** Where the entry form shows a field: its parts, top to bottom ("more" is folded away). */
export const FORM_SECTIONS = ["case", "kind", "amounts", "baseline", "more"] as const;
export type FormSection = (typeof FORM_SECTIONS)[number];

export interface ColumnDef {
  key: ColumnKey;
  /** The column's header in the table, what users see in Excel. */
  header: string;
  kind: ColumnKind;
  /** The field's name in the pane (form, details, messages). */
  label: string;
  /** Longest text a person may enter, in characters (free-text fields only). */
  maxLength?: number;
  /** On the entry form: its part, and its place counted over the whole form. */
  form?: { section: FormSection; order: number };
  /** Listed in an effect's details in the pane (Registreringar). */
  details?: true;
  /** Never required by the form when shown (other rules may still ask for it). */
  optional?: true;
  /**
   * Belongs to the case, not to one effect: kept by "Lägg till ännu en effekt i samma ärende".
   * The baseline too: the effects of one contract are measured against the same previous price.
   */
  perCase?: true;
  /**
   * The checksum version from which the checksum covers the column (checksum.ts), or null if
   * it never does. A new column takes a new version, so rows written before it still verify.
   */
  checksumSince: number | null;
}

/**
 * The field catalogue: every column of the registration table, declared once, in the
 * table's order. The form's fields, length limits, labels and the checksum's columns are
 * derived from it; business rules stay code.
 */
// One line per field, so the catalogue reads as a table.
// prettier-ignore
export const TABLE_COLUMNS = [
  { key: "id", header: "ID", kind: "text", label: "ID", details: true, checksumSince: 1 },
  { key: "caseName", header: "Ärende", kind: "text", label: "Ärende", maxLength: 200, form: { section: "case", order: 1 }, perCase: true, checksumSince: 1 },
  { key: "registered", header: "Registrerad", kind: "date", label: "Registrerad", checksumSince: 1 },
  { key: "category", header: "Kategori", kind: "choice", label: "Kategori", form: { section: "case", order: 3 }, perCase: true, details: true, checksumSince: 1 },
  { key: "department", header: "Förvaltning", kind: "choice", label: "Förvaltning", form: { section: "case", order: 2 }, perCase: true, details: true, checksumSince: 1 },
  { key: "type", header: "Typ av effektivisering", kind: "choice", label: "Typ av effektivisering", form: { section: "kind", order: 4 }, details: true, checksumSince: 1 },
  { key: "reason", header: "Anledning till effektivisering", kind: "choice", label: "Anledning till effektivisering", form: { section: "kind", order: 5 }, details: true, checksumSince: 1 },
  { key: "status", header: "Status", kind: "choice", label: "Status", form: { section: "kind", order: 6 }, perCase: true, details: true, checksumSince: 1 },
  { key: "basis", header: "Beräkningsgrund", kind: "choice", label: "Beräkningsgrund", form: { section: "kind", order: 7 }, details: true, checksumSince: 1 },
  { key: "previousAnnualCost", header: "Tidigare årlig kostnad (kr)", kind: "kronor", label: "Tidigare årlig kostnad", form: { section: "amounts", order: 8 }, checksumSince: 1 },
  { key: "newAnnualCost", header: "Ny årlig kostnad (kr)", kind: "kronor", label: "Ny årlig kostnad", form: { section: "amounts", order: 9 }, checksumSince: 1 },
  { key: "previousUnitPrice", header: "Tidigare styckpris (kr)", kind: "kronor", label: "Tidigare styckpris", form: { section: "amounts", order: 10 }, checksumSince: 1 },
  { key: "newUnitPrice", header: "Nytt styckpris (kr)", kind: "kronor", label: "Nytt styckpris", form: { section: "amounts", order: 11 }, checksumSince: 1 },
  { key: "annualVolume", header: "Årlig volym", kind: "number", label: "Årlig volym", form: { section: "amounts", order: 12 }, checksumSince: 1 },
  { key: "annualAmount", header: "Årligt belopp (kr)", kind: "kronor", label: "Årligt belopp", form: { section: "amounts", order: 13 }, details: true, checksumSince: 1 },
  { key: "contractYears", header: "Avtalstid (år)", kind: "number", label: "Avtalstid (år)", form: { section: "amounts", order: 15 }, details: true, checksumSince: 1 },
  { key: "startDate", header: "Startdatum", kind: "date", label: "Startdatum", form: { section: "amounts", order: 16 }, details: true, checksumSince: 1 },
  { key: "oneOffAmount", header: "Engångsbelopp (kr)", kind: "kronor", label: "Belopp", form: { section: "amounts", order: 14 }, details: true, checksumSince: 1 },
  { key: "implementationCost", header: "Implementeringskostnad (kr)", kind: "kronor", label: "Implementeringskostnad", form: { section: "more", order: 25 }, optional: true, details: true, checksumSince: 1 },
  { key: "forecast", header: "Kalkylerad effekt (kr)", kind: "formula", label: "Kalkylerad effekt", details: true, checksumSince: null },
  { key: "realised", header: "Realiserad effekt (kr)", kind: "kronor", label: "Realiserad effekt", form: { section: "amounts", order: 17 }, details: true, checksumSince: 1 },
  { key: "realisedDate", header: "Realiserad datum", kind: "date", label: "Realiserat datum", form: { section: "amounts", order: 18 }, details: true, checksumSince: 1 },
  { key: "budgetAffecting", header: "Budgetpåverkande", kind: "yesNo", label: "Budgetpåverkande", form: { section: "more", order: 26 }, optional: true, details: true, checksumSince: 1 },
  { key: "savedHours", header: "Sparade timmar", kind: "number", label: "Sparade timmar", form: { section: "amounts", order: 18.5 }, optional: true, details: true, checksumSince: 1 },
  { key: "supplier", header: "Leverantör", kind: "text", label: "Leverantör", maxLength: 200, form: { section: "more", order: 27 }, optional: true, perCase: true, details: true, checksumSince: 1 },
  { key: "caseNumber", header: "Diarienummer", kind: "text", label: "Diarienummer", maxLength: 200, form: { section: "more", order: 28 }, optional: true, perCase: true, details: true, checksumSince: 1 },
  { key: "comment", header: "Kommentar", kind: "text", label: "Kommentar", maxLength: 2000, form: { section: "more", order: 29 }, optional: true, details: true, checksumSince: 1 },
  { key: "baseline", header: "Baslinje", kind: "choice", label: "Baslinje", form: { section: "baseline", order: 19 }, perCase: true, details: true, checksumSince: 1 },
  { key: "baselineNote", header: "Baslinje, beskrivning", kind: "text", label: "Beskriv baslinjen", maxLength: 200, form: { section: "baseline", order: 20 }, perCase: true, details: true, checksumSince: 1 },
  { key: "indexName", header: "Index", kind: "text", label: "Index", maxLength: 200, form: { section: "baseline", order: 21 }, details: true, checksumSince: 1 },
  { key: "avoidedIncreasePercent", header: "Undviken höjning (%)", kind: "percent", label: "Undviken höjning (%)", form: { section: "baseline", order: 22 }, optional: true, details: true, checksumSince: 1 },
  { key: "avoidedIncrease", header: "Undviken höjning (kr/år)", kind: "kronor", label: "Undviken höjning (kr/år)", form: { section: "baseline", order: 23 }, optional: true, details: true, checksumSince: 1 },
  { key: "alsoReportedBy", header: "Rapporteras även av", kind: "text", label: "Rapporteras även av", maxLength: 200, form: { section: "more", order: 30 }, optional: true, details: true, checksumSince: 1 },
  { key: "alsoReportedRef", header: "Referens, annan rapportering", kind: "text", label: "Referens hos den andra", maxLength: 200, form: { section: "more", order: 31 }, details: true, checksumSince: 1 },
  { key: "verifiedStage", header: "Verifierat", kind: "choice", label: "Verifierat", checksumSince: 1 },
  { key: "verifiedBy", header: "Verifierad av", kind: "text", label: "Verifierad av", checksumSince: 1 },
  { key: "verifiedDate", header: "Verifierad datum", kind: "date", label: "Verifierad datum", checksumSince: 1 },
  { key: "evidence", header: "Underlag", kind: "text", label: "Underlag", checksumSince: 1 },
  { key: "registeredBy", header: "Registrerad av", kind: "text", label: "Registrerad av", checksumSince: 1 },
  { key: "lastModified", header: "Senast ändrad", kind: "datetime", label: "Senast ändrad", checksumSince: 1 },
  { key: "lastModifiedBy", header: "Senast ändrad av", kind: "text", label: "Senast ändrad av", checksumSince: 1 },
  { key: "checksum", header: "Kontrollsumma", kind: "text", label: "Kontrollsumma", checksumSince: null },
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
