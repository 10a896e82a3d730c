import { describe, expect, it } from "@jest/globals";
import { matchInvoiceLines } from "../../../src/domain/invoices/match";
import type { InvoiceLine } from "../../../src/domain/invoices/lines";
import { aLine } from "../../fixtures/invoiceLines";
import { normaliseSupplierName, supplierKeyOf } from "../../../src/domain/invoices/suppliers";
import { effectId, isoDate, type Effect } from "../../../src/domain/model/effect";
import { aOneOff, anEffect } from "../../fixtures/effects";

const matchedId = (line: InvoiceLine, effects: Effect[]) =>
  [...matchInvoiceLines([line], effects).keys()][0] ?? null;

describe("leverantörsnamn jämförs utan bolagsform, skiftläge och skiljetecken", () => {
  it.each([
    ["Skrivarbolaget AB", "skrivarbolaget"],
    ["SKRIVARBOLAGET AKTIEBOLAG", "skrivarbolaget"],
    ["Skrivarbolaget i Norr AB (publ)", "skrivarbolaget i norr"],
    ["  Städ  &  Fönster, AB ", "städ och fönster"],
    ["Åkeri-Nord HB", "åkeri nord"],
  ] as const)("%s", (name, normalised) => {
    expect(normaliseSupplierName(name)).toBe(normalised);
  });

  it("läser orgnr ur effektens leverantörsfält", () => {
    expect(supplierKeyOf("Skrivarbolaget AB (556677-8899)")).toEqual({
      orgNr: "556677-8899",
      name: "skrivarbolaget",
    });
    expect(supplierKeyOf("5566778899")).toEqual({ orgNr: "556677-8899", name: "" });
  });
});

describe("matchning av fakturarader mot effekter", () => {
  const contract = anEffect({ id: effectId("E-1"), caseNumber: "" });
  const withOrgNr = anEffect({ id: effectId("E-2"), supplier: "Skrivarbolaget AB 556677-8899" });

  it.each([
    [
      "samma namn, annan stavning",
      aLine({ supplier: "SKRIVARBOLAGET AKTIEBOLAG" }),
      [contract],
      "E-1",
    ],
    ["annat namn", aLine({ supplier: "Tryckeriet AB" }), [contract], null],
    ["orgnr utan namn", aLine({ supplier: "", orgNr: "556677-8899" }), [withOrgNr], "E-2"],
    ["orgnr som skiljer sig trots samma namn", aLine({ orgNr: "111111-2222" }), [withOrgNr], null],
    ["orgnr på raden, effekten har bara namn", aLine({ orgNr: "556677-8899" }), [contract], "E-1"],
    ["före avtalets start", aLine({ date: isoDate("2025-12-31") }), [contract], null],
    ["efter avtalstidens slut", aLine({ date: isoDate("2033-01-01") }), [contract], null],
    ["sista månaden av avtalstiden", aLine({ date: isoDate("2032-12-31") }), [contract], "E-1"],
    [
      "diarienummer går före leverantör",
      aLine({ supplier: "Annat namn", reference: "ks 2025-123" }),
      [contract, anEffect({ id: effectId("E-3"), supplier: "X", caseNumber: "KS 2025-123" })],
      "E-3",
    ],
    [
      "kostnadsundvikande syns inte i fakturor",
      aLine(),
      [anEffect({ id: effectId("E-4"), type: "Cost avoidance" })],
      null,
    ],
  ] as const)("%s", (_name, line, effects, expected) => {
    expect(matchedId(line, [...effects])).toBe(expected);
  });

  it("en kreditnota går till engångseffekten (vite), inte till avtalet", () => {
    const penalty = aOneOff(175_000, {
      id: effectId("E-9"),
      type: "Engångsbelopp/vite",
      startDate: isoDate("2026-02-10"),
    });
    const effects = [contract, penalty];
    expect(matchedId(aLine({ amountOre: -17_500_000 }), effects)).toBe("E-9");
    expect(matchedId(aLine({ amountOre: 100 }), effects)).toBe("E-1");
    // A year after the one-off, the credit is the contract's again.
    expect(matchedId(aLine({ amountOre: -100, date: isoDate("2027-02-01") }), effects)).toBe("E-1");
  });
});
