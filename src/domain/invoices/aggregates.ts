/**
 * What the workbook keeps of an import: sums per supplier, month and account, never the lines
 * (a sole trader's line is personal data). Suppliers are told apart by org.nr where the file has
 * one, else by normalised name; the first spelling seen is the one kept.
 */
import type { InvoiceLine } from "./lines";
import { normaliseSupplierName } from "./suppliers";

export interface InvoiceAggregate {
  supplier: string;
  orgNr: string | null;
  /** "2026-03". */
  month: string;
  account: string;
  amountOre: number;
  lineCount: number;
}

export function aggregateInvoiceLines(lines: readonly InvoiceLine[]): InvoiceAggregate[] {
  const sums = new Map<string, InvoiceAggregate>();
  for (const line of lines) {
    const who = line.orgNr ?? normaliseSupplierName(line.supplier);
    const key = `${who}\u0000${line.month}\u0000${line.account}`;
    const sum = sums.get(key);
    if (sum) {
      sum.amountOre += line.amountOre;
      sum.lineCount++;
    } else {
      const { supplier, orgNr, month, account, amountOre } = line;
      sums.set(key, { supplier, orgNr, month, account, amountOre, lineCount: 1 });
    }
  }
  const aggregates = [...sums.values()];
  const supplierRank = swedishRanks(aggregates.map((sum) => sum.supplier));
  const accountRank = swedishRanks(aggregates.map((sum) => sum.account));
  // Months are "YYYY-MM": their code units sort as the calendar does.
  return aggregates.sort(
    (a, b) =>
      (a.month < b.month ? -1 : a.month > b.month ? 1 : 0) ||
      rank(supplierRank, a.supplier) - rank(supplierRank, b.supplier) ||
      rank(accountRank, a.account) - rank(accountRank, b.account)
  );
}

const swedish = new Intl.Collator("sv");

/**
 * Each distinct text's place in Swedish order, texts the collator finds equal sharing one: the
 * collator runs over the few thousand spellings, not in each of the sort's million comparisons.
 */
function swedishRanks(texts: readonly string[]): Map<string, number> {
  const sorted = [...new Set(texts)].sort(swedish.compare);
  const ranks = new Map<string, number>();
  sorted.forEach((text, i) => {
    const previous = sorted[i - 1];
    const same = previous !== undefined && swedish.compare(previous, text) === 0;
    ranks.set(text, same ? rank(ranks, previous) : i);
  });
  return ranks;
}

const rank = (ranks: ReadonlyMap<string, number>, text: string): number => ranks.get(text) ?? 0;

/**
 * The file's identity: 64 bits of FNV-1a over its bytes (two 32-bit hashes with different
 * seeds), as 16 hex digits. The same file gives the same fingerprint, so a second import of it
 * is recognised; it is no security measure.
 */
export function fingerprintBytes(bytes: Uint8Array): string {
  let low = 0x811c9dc5;
  let high = 0x050c5d1f;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] as number;
    low = Math.imul(low ^ byte, 0x01000193);
    high = Math.imul(high ^ byte, 0x01000193) ^ (low >>> 15);
  }
  const hex = (value: number) => (value >>> 0).toString(16).padStart(8, "0");
  return hex(high) + hex(low);
}
