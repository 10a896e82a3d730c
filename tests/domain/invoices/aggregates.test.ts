import { describe, expect, it } from "@jest/globals";
import { aggregateInvoiceLines, fingerprintBytes } from "../../../src/domain/invoices/aggregates";
import { isoDate } from "../../../src/domain/model/effect";
import { aLine } from "../../fixtures/invoiceLines";

describe("det som sparas i arbetsboken är summor, aldrig rader", () => {
  it("summerar per leverantör, månad och konto", () => {
    const aggregates = aggregateInvoiceLines([
      aLine({ orgNr: "556677-8899", amountOre: 100 }),
      aLine({ supplier: "SKRIVARBOLAGET", orgNr: "556677-8899", amountOre: 200 }),
      aLine({ orgNr: "556677-8899", account: "4020", amountOre: 5 }),
      aLine({ orgNr: "556677-8899", date: isoDate("2026-04-01"), amountOre: 7 }),
      aLine({ supplier: "Skrivarbolaget aktiebolag", amountOre: 1 }),
      aLine({ supplier: "Skrivarbolaget AB", amountOre: 2 }),
    ]);
    expect(aggregates).toEqual([
      {
        supplier: "Skrivarbolaget AB",
        orgNr: "556677-8899",
        month: "2026-03",
        account: "4010",
        amountOre: 300,
        lineCount: 2,
      },
      {
        supplier: "Skrivarbolaget AB",
        orgNr: "556677-8899",
        month: "2026-03",
        account: "4020",
        amountOre: 5,
        lineCount: 1,
      },
      {
        supplier: "Skrivarbolaget aktiebolag",
        orgNr: null,
        month: "2026-03",
        account: "4010",
        amountOre: 3,
        lineCount: 2,
      },
      {
        supplier: "Skrivarbolaget AB",
        orgNr: "556677-8899",
        month: "2026-04",
        account: "4010",
        amountOre: 7,
        lineCount: 1,
      },
    ]);
  });

  it("ordnar summorna efter månad, leverantör i svensk ordning och konto", () => {
    const aggregates = aggregateInvoiceLines([
      aLine({ supplier: "Östra Bygg", date: isoDate("2026-04-02") }),
      aLine({ supplier: "Åkeri Norr" }),
      aLine({ supplier: "Zeta Städ", account: "4020" }),
      aLine({ supplier: "Zeta Städ", account: "4010" }),
      aLine({ supplier: "Ärlig Mat" }),
      aLine({ supplier: "Bussbolaget" }),
    ]);
    expect(aggregates.map((sum) => `${sum.month} ${sum.supplier} ${sum.account}`)).toEqual([
      "2026-03 Bussbolaget 4010",
      "2026-03 Zeta Städ 4010",
      "2026-03 Zeta Städ 4020",
      "2026-03 Åkeri Norr 4010",
      "2026-03 Ärlig Mat 4010",
      "2026-04 Östra Bygg 4010",
    ]);
  });

  it("samma fil ger samma fingeravtryck, en ändrad byte ett annat", () => {
    const bytes = new TextEncoder().encode("Leverantör;Belopp\nA;1\n");
    const changed = bytes.slice();
    changed[changed.length - 2] = "2".charCodeAt(0);
    expect(fingerprintBytes(bytes)).toBe(fingerprintBytes(bytes.slice()));
    expect(fingerprintBytes(bytes)).toMatch(/^[0-9a-f]{16}$/);
    expect(fingerprintBytes(changed)).not.toBe(fingerprintBytes(bytes));
  });
});
