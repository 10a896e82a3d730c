import { describe, expect, it } from "@jest/globals";
import { detectColumns, mappingFor, rememberMapping } from "../../../src/domain/invoices/columns";

describe("kolumner hittas på rubriker som svenska exporter använder", () => {
  it.each([
    [
      "Raindance-lik",
      ["Verifikationsdatum", "Leverantörsnamn", "Org.nr", "Konto", "Konterat belopp", "Avtal"],
      { date: 0, supplier: 1, orgNr: 2, account: 3, amount: 4, reference: 5 },
    ],
    [
      "öppna data",
      [
        "Bokföringsdatum",
        "Leverantör",
        "Organisationsnummer",
        "Belopp inkl. moms",
        "Belopp exkl. moms",
      ],
      { date: 0, supplier: 1, orgNr: 2, amount: 4, account: null },
    ],
    [
      "engelska rubriker",
      ["Invoice date", "Supplier name", "Net amount", "Account", "Contract", "Quantity"],
      { date: 0, supplier: 1, amount: 2, account: 3, reference: 4, quantity: 5 },
    ],
    [
      "nettobelopp och diarienummer",
      ["Fakturadatum", "Leverantör", "Orgnr", "Nettobelopp", "Moms", "Diarienummer"],
      { amount: 3, reference: 5 },
    ],
  ] as const)("%s", (_name, header, expected) => {
    expect(detectColumns(header)).toMatchObject(expected);
  });

  it("det användaren valt minns med rubriknamnet och gäller nästa fil", () => {
    const header = ["Datum", "Leverantör", "Belopp", "Referens", "Projekt"];
    const chosen = { ...detectColumns(header), reference: 4 };
    const remembered = rememberMapping(header, chosen);
    expect(remembered.reference).toBe("Projekt");
    const next = ["Projekt", "Leverantör", "Datum", "Belopp", "Referens"];
    expect(mappingFor(next, remembered)).toMatchObject({ reference: 0, date: 2, amount: 3 });
  });
});
