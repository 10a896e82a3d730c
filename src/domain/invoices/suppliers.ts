/**
 * Who a supplier is, comparable across systems: the finance system writes "STÄDBOLAGET I
 * NORR AKTIEBOLAG", the registration "Städbolaget i Norr AB (556677-8899)".
 */
import { normaliseOrgNr } from "./values";

/** Company forms that one system writes and another leaves out. */
const COMPANY_FORMS = new Set([
  "ab",
  "aktiebolag",
  "aktiebolaget",
  "publ",
  "hb",
  "handelsbolag",
  "kb",
  "kommanditbolag",
  "ek",
  "för",
  "ekonomisk",
  "förening",
  "oy",
  "as",
  "gmbh",
  "ltd",
  "inc",
]);

/** Lower case, punctuation and company forms dropped, single spaces: "städbolaget i norr". */
export function normaliseSupplierName(name: string): string {
  return name
    .normalize("NFC")
    .toLowerCase()
    .replace(/&/g, " och ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .split(" ")
    .filter((word) => word !== "" && !COMPANY_FORMS.has(word))
    .join(" ");
}

const ORG_NR_IN_TEXT = /\b(?:16|19|20)?\d{6}[- ]?\d{4}\b/;

export interface SupplierKey {
  /** "556677-8899", or null when the text has none. */
  orgNr: string | null;
  /** The normalised name without the number ("" when only a number was written). */
  name: string;
}

/** The effect's Leverantör as keys: an org.nr written in it, and the name around it. */
export function supplierKeyOf(text: string): SupplierKey {
  const found = ORG_NR_IN_TEXT.exec(text);
  const orgNr = found ? (normaliseOrgNr(found[0]) ?? null) : null;
  const name = found ? text.replace(found[0], " ") : text;
  return { orgNr, name: normaliseSupplierName(name) };
}

/** Diarie- and contract numbers compare without case, spaces or the dash style. */
export const normaliseReference = (reference: string): string =>
  reference.toLowerCase().replace(/[\s\u2010-\u2015-]+/g, "");
