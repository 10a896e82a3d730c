/**
 * Invoice exports in the shapes Swedish finance systems write them (DESIGN "Finance-system
 * exports"), made up but deterministic: one row per booking, amounts excl. VAT with credit
 * notes negative, org.nr with and without the dash. For tests, the bench and by hand
 * (`node scripts/make-invoice-fixtures.mjs [folder] [lines]`).
 */

export type ExportShape = "raindance" | "unit4" | "visma";

export interface ExportOptions {
  shape: ExportShape;
  lines: number;
  /** How many different suppliers the lines spread over. @default 500 */
  suppliers?: number;
  /** @default 1 */
  seed?: number;
}

const WORDS = ["Städ", "Åkeri", "Bygg", "Skrivar", "Måltids", "Fönster", "Mark", "Läromedel"];
const FORMS = ["AB", "Aktiebolag", "HB", ""];

/** Supplier n's name as the registration writes it (the export may spell it otherwise). */
export const supplierName = (n: number): string =>
  `${WORDS[n % WORDS.length]}bolaget ${Math.floor(n / WORDS.length) + 1} AB`;

/** Supplier n's org.nr, "556nnn-nnnn". */
export const supplierOrgNr = (n: number): string => {
  const digits = String(5_560_000_000 + n * 7_919).padStart(10, "0");
  return `${digits.slice(0, 6)}-${digits.slice(6)}`;
};

function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

/** "1 234,50", "-1 234,50" with a space between thousands. */
export const commaAmount = (ore: number): string => {
  const sign = ore < 0 ? "-" : "";
  const [whole = "0", part = "00"] = (Math.abs(ore) / 100).toFixed(2).split(".");
  return `${sign}${whole.replace(/\B(?=(\d{3})+$)/g, " ")},${part}`;
};

export const SHAPES: Record<
  ExportShape,
  { header: string[]; separator: string; encoding: "windows-1252" | "utf-8-bom" | "utf-8" }
> = {
  raindance: {
    header: [
      "Verifikationsdatum",
      "Leverantörsnamn",
      "Organisationsnummer",
      "Konto",
      "Konterat belopp exkl. moms",
      "Avtal",
    ],
    separator: ";",
    encoding: "windows-1252",
  },
  unit4: {
    header: ["Bokföringsdatum", "Leverantör", "Orgnr", "Konto", "Nettobelopp", "Diarienummer"],
    separator: ";",
    encoding: "utf-8-bom",
  },
  visma: {
    header: ["Invoice date", "Supplier name", "Org.nr", "Account", "Net amount", "Contract"],
    separator: ",",
    encoding: "utf-8",
  },
};

function row(shape: ExportShape, n: number, date: string, ore: number, account: string): string[] {
  const name = supplierName(n)
    .replace(/ AB$/, ` ${FORMS[n % FORMS.length]}`)
    .trim();
  const orgNr = supplierOrgNr(n);
  switch (shape) {
    case "raindance":
      return [date, name.toUpperCase(), orgNr, account, commaAmount(ore), ""];
    case "unit4":
      return [date.replace(/-/g, ""), name, orgNr.replace("-", ""), account, commaAmount(ore), ""];
    case "visma":
      return [`${date} 00:00:00`, `"${name}, Sverige"`, orgNr, account, (ore / 100).toFixed(2), ""];
  }
}

/** The export's text, 2026 spread over its months, about one line in twenty a credit note. */
export function invoiceExportText(options: ExportOptions): string {
  const { shape, lines, suppliers = 500, seed = 1 } = options;
  const next = random(seed);
  const { header, separator } = SHAPES[shape];
  const out = [header.join(separator)];
  for (let i = 0; i < lines; i++) {
    const supplier = Math.floor(next() * suppliers);
    const month = 1 + Math.floor(next() * 12);
    const day = 1 + Math.floor(next() * 28);
    const date = `2026-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    const credit = next() < 0.05;
    const ore = Math.round(next() * 5_000_000) * (credit ? -1 : 1);
    // A supplier books to its own account, now and then to a second one.
    const account = String(4010 + ((supplier + (next() < 0.1 ? 1 : 0)) % 20) * 10);
    out.push(row(shape, supplier, date, ore, account).join(separator));
  }
  return `${out.join("\r\n")}\r\n`;
}

/** The text as the shape's system saves it: Windows-1252, UTF-8 with BOM, or UTF-8. */
export function invoiceExportBytes(options: ExportOptions): Uint8Array {
  const text = invoiceExportText(options);
  const { encoding } = SHAPES[options.shape];
  if (encoding === "windows-1252") {
    // Every character used is Latin-1, where Windows-1252 has the same byte.
    return Uint8Array.from(text, (char) => char.charCodeAt(0));
  }
  const utf8 = new TextEncoder().encode(text);
  if (encoding === "utf-8") return utf8;
  const withBom = new Uint8Array(utf8.length + 3);
  withBom.set([0xef, 0xbb, 0xbf]);
  withBom.set(utf8, 3);
  return withBom;
}
