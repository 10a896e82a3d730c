/**
 * Which column of an export holds what, found from the header names that Swedish finance
 * systems (Raindance, Unit4, Visma, Hogia, Proceedo) and published open data use. Each field
 * scores every header; the best pairs win, one column per field. The user corrects the result.
 */

export const INVOICE_FIELDS = [
  "supplier",
  "orgNr",
  "date",
  "amount",
  "account",
  "reference",
  "quantity",
] as const;
export type InvoiceField = (typeof INVOICE_FIELDS)[number];

/** Column index per field, null when the file has none. */
export type ColumnMapping = Record<InvoiceField, number | null>;

/** Names per field with a weight: an exact header scores twice its weight, containing it once. */
const NAMES: Record<InvoiceField, readonly (readonly [string, number])[]> = {
  supplier: [
    ["leverantör", 3],
    ["leverantörsnamn", 3],
    ["leverantörens namn", 3],
    ["supplier", 2],
    ["supplier name", 3],
    ["motpart", 1],
  ],
  orgNr: [
    ["organisationsnummer", 4],
    ["orgnr", 4],
    ["org nr", 4],
    ["orgnummer", 4],
    ["organization number", 4],
  ],
  date: [
    ["fakturadatum", 3],
    ["bokföringsdatum", 3],
    ["verifikationsdatum", 3],
    ["invoice date", 3],
    ["datum", 1],
    ["period", 1],
  ],
  amount: [
    ["belopp exkl moms", 4],
    ["nettobelopp", 4],
    ["konterat belopp", 3],
    ["net amount", 3],
    ["belopp", 1],
    ["amount", 1],
  ],
  account: [
    ["konto", 3],
    ["kontonummer", 3],
    ["account", 2],
  ],
  reference: [
    ["diarienummer", 3],
    ["avtalsnummer", 3],
    ["avtal", 2],
    ["kontrakt", 2],
    ["contract", 2],
    ["referens", 1],
  ],
  quantity: [
    ["antal", 3],
    ["kvantitet", 3],
    ["quantity", 2],
  ],
};

/** Lower case, punctuation to spaces: "Belopp exkl. moms" → "belopp exkl moms", "Org.nr" → "org nr". */
export function normaliseHeader(header: string): string {
  return header
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** VAT-inclusive amounts and the VAT itself are not what an effect is measured in. */
const NOT_NET = /\binkl\b|^moms\b|\bmomsbelopp\b|\bvat\b/;

export function scoreHeader(field: InvoiceField, header: string): number {
  const text = normaliseHeader(header);
  if (text === "") return 0;
  if (field === "amount" && NOT_NET.test(text)) return 0;
  let best = 0;
  for (const [name, weight] of NAMES[field]) {
    const words = ` ${text} `;
    if (text === name) best = Math.max(best, weight * 2);
    else if (words.includes(` ${name} `) || (name.length > 5 && text.includes(name))) {
      best = Math.max(best, weight);
    }
  }
  return best;
}

export const EMPTY_MAPPING: ColumnMapping = {
  supplier: null,
  orgNr: null,
  date: null,
  amount: null,
  account: null,
  reference: null,
  quantity: null,
};

/** The best column per field, each column used at most once; highest scores choose first. */
export function detectColumns(header: readonly string[]): ColumnMapping {
  const pairs = INVOICE_FIELDS.flatMap((field) =>
    header.map((text, column) => ({ field, column, score: scoreHeader(field, text) }))
  )
    .filter((pair) => pair.score > 0)
    .sort((a, b) => b.score - a.score || a.column - b.column);
  const mapping: ColumnMapping = { ...EMPTY_MAPPING };
  const used = new Set<number>();
  for (const { field, column } of pairs) {
    if (mapping[field] !== null || used.has(column)) continue;
    mapping[field] = column;
    used.add(column);
  }
  return mapping;
}

/** A mapping as remembered in the workbook: header names, so it fits the next month's file. */
export type RememberedMapping = Partial<Record<InvoiceField, string>>;

export function rememberMapping(
  header: readonly string[],
  mapping: ColumnMapping
): RememberedMapping {
  const remembered: RememberedMapping = {};
  for (const field of INVOICE_FIELDS) {
    const column = mapping[field];
    const name = column === null ? undefined : header[column];
    if (name !== undefined) remembered[field] = name;
  }
  return remembered;
}

/** The remembered choice where the file has that header; detection for the rest. */
export function mappingFor(
  header: readonly string[],
  remembered: RememberedMapping
): ColumnMapping {
  const mapping = detectColumns(header);
  for (const field of INVOICE_FIELDS) {
    const name = remembered[field];
    const column = name === undefined ? -1 : header.indexOf(name);
    if (column < 0) continue;
    for (const other of INVOICE_FIELDS) if (mapping[other] === column) mapping[other] = null;
    mapping[field] = column;
  }
  return mapping;
}
