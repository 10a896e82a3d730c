/** The invoice import's Swedish messages: each says what is wrong and what to do. */
import type { InvoiceField } from "./columns";

export const fieldNames: Record<InvoiceField, string> = {
  supplier: "Leverantör",
  orgNr: "Organisationsnummer",
  date: "Fakturadatum",
  amount: "Belopp exkl. moms",
  account: "Konto",
  reference: "Diarie-/avtalsnummer",
  quantity: "Antal",
};

export const fileMessages = {
  empty: "Filen är tom. Välj exporten av leverantörsfakturor från ekonomisystemet.",
  onlyHeader: "Filen har bara en rubrikrad och inga fakturarader.",
  unknownSeparator:
    "Kolumnerna i filen gick inte att skilja åt. Spara exporten med semikolon, komma eller " +
    "tabb mellan kolumnerna.",
  unterminatedQuote: (line: number) =>
    `Rad ${line}: ett citattecken avslutas aldrig, så resten av filen går inte att läsa. ` +
    "Rätta raden i exporten och välj filen igen.",
  missingColumn: (field: InvoiceField) =>
    `Kolumnen ${fieldNames[field]} saknas. Välj vilken kolumn i filen som är ${fieldNames[field].toLowerCase()}.`,
  missingSupplier:
    "Kolumnen för leverantör saknas. Välj en kolumn med leverantörens namn eller organisationsnummer.",
  noSheet: "Excelfilen har inget blad med fakturarader.",
  unreadable: "Filen gick inte att läsa som CSV eller Excel (.xlsx).",
};

export const lineMessages = {
  columnCount: (found: number, expected: number) =>
    `har ${found} kolumner men rubrikraden har ${expected}. Kontrollera avgränsare och citattecken.`,
  amount: (typed: string) => `beloppet ”${typed}” är inte ett belopp.`,
  missingAmount: "beloppet saknas.",
  date: (typed: string) => `datumet ”${typed}” finns inte eller kan inte läsas.`,
  missingDate: "datumet saknas.",
  orgNr: (typed: string) =>
    `organisationsnumret ”${typed}” har fel antal siffror (10, eller 12 med sekel).`,
  missingSupplier: "leverantör och organisationsnummer saknas.",
  quantity: (typed: string) => `antalet ”${typed}” är inte ett tal.`,
};

/** "Rad 7: beloppet ”abc” är inte ett belopp." */
export const lineProblem = (line: number, reason: string): string => `Rad ${line}: ${reason}`;
