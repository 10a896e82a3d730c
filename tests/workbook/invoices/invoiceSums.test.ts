/**
 * The invoice sums' table, under every quirk real Excel may have: the sums land inside the
 * table (checked in the model, not by what the adapter asked), user text stays text, the
 * sheet is hidden, and the same file saved twice writes nothing the second time.
 */
import { describe, expect, it } from "@jest/globals";
import { QUIRK_MATRIX } from "../../../src/preview/fakeExcel";
import { sheetById } from "../../../src/preview/fakeExcel/model/workbook";
import type { InvoiceAggregate } from "../../../src/domain/invoices/aggregates";
import { INVOICE_TABLE, type InvoiceImport } from "../../../src/workbook/invoices/aggregateRows";
import { adapterOn, tableCells, templateModel } from "../support/adapterOnFake";

const aSum = (overrides: Partial<InvoiceAggregate> = {}): InvoiceAggregate => ({
  supplier: "Skrivarbolaget AB",
  orgNr: "556677-8899",
  month: "2026-03",
  account: "4010",
  amountOre: 27_000_050,
  lineCount: 3,
  ...overrides,
});

const anImport = (aggregates: InvoiceAggregate[]): InvoiceImport => ({
  fingerprint: "0123456789abcdef",
  fileName: "=leverantörsfakturor mars.csv",
  aggregates,
});

const SUMS = [
  aSum(),
  aSum({ supplier: '=HYPERLINK("http://x")', orgNr: null, account: "00123", amountOre: -500 }),
  aSum({ month: "2026-04", amountOre: 100 }),
];

/** The table's filled body rows as the model holds them, { header: value }. */
function storedRows(model: Parameters<typeof tableCells>[0]) {
  const { headers, body } = tableCells(model, INVOICE_TABLE);
  return body
    .filter((row) => row.some((cell) => cell.value !== ""))
    .map((row) => Object.fromEntries(headers.map((h, i) => [h, row[i]])));
}

describe.each(QUIRK_MATRIX)("fakturasummor i arbetsboken ($name)", ({ quirks }) => {
  it("landar i tabellen på ett dolt blad, text som text, och läses tillbaka", async () => {
    const model = await templateModel();
    const { port } = adapterOn(model, "E-TEST", quirks);
    expect(await port.saveInvoiceImport(anImport(SUMS), { by: "Anna" })).toEqual({
      written: 3,
      alreadyImported: false,
    });
    const rows = storedRows(model);
    expect(rows.map((row) => row["Import-ID"]?.value)).toEqual([
      "0123456789abcdef.1",
      "0123456789abcdef.2",
      "0123456789abcdef.3",
    ]);
    const link = rows[1];
    expect(link?.["Leverantör"]).toMatchObject({ value: '=HYPERLINK("http://x")' });
    expect(link?.["Leverantör"]?.formula).toBeUndefined();
    expect(link?.["Konto"]?.value).toBe("00123");
    expect(link?.["Fil"]?.value).toBe("=leverantörsfakturor mars.csv");
    expect(rows[0]?.["Belopp exkl. moms (kr)"]?.value).toBe(270_000.5);
    const { table } = tableCells(model, INVOICE_TABLE);
    expect(sheetById(model, table.sheetId).visibility).toBe("Hidden");

    const read = await port.readInvoiceAggregates();
    expect(read.map(({ fingerprint: _f, fileName: _n, ...sum }) => sum)).toEqual(SUMS);
    expect(read[0]).toMatchObject({
      fingerprint: "0123456789abcdef",
      fileName: "=leverantörsfakturor mars.csv",
    });
  });

  it("samma fil två gånger ändrar ingenting", async () => {
    const model = await templateModel();
    const { port } = adapterOn(model, "E-TEST", quirks);
    await port.saveInvoiceImport(anImport(SUMS), { by: "Anna" });
    const before = storedRows(model).map((row) => row["Import-ID"]?.value);
    expect(await port.saveInvoiceImport(anImport(SUMS), { by: "Bo" })).toEqual({
      written: 0,
      alreadyImported: true,
    });
    expect(storedRows(model).map((row) => row["Import-ID"]?.value)).toEqual(before);
  });
});

describe("stora importer", () => {
  it("skrivs i delar och landar alla, var och en en gång", async () => {
    const model = await templateModel();
    const { fake, port } = adapterOn(model);
    const many = Array.from({ length: 2_500 }, (_, i) => aSum({ account: String(i) }));
    const before = fake.stats.syncs;
    await port.saveInvoiceImport(anImport(many), { by: "Anna" });
    const ids = storedRows(model).map((row) => row["Import-ID"]?.value);
    expect(new Set(ids).size).toBe(2_500);
    // Read and create (2), then per chunk a look below and the write (2 × 2).
    expect(fake.stats.syncs - before).toBe(6);
  });
});

describe("tabellen finns inte", () => {
  it("ger tomt resultat vid läsning", async () => {
    const { port } = adapterOn(await templateModel());
    expect(await port.readInvoiceAggregates()).toEqual([]);
  });
});
