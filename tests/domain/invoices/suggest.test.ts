import { describe, expect, it } from "@jest/globals";
import { suggestRealisations } from "../../../src/domain/invoices/suggest";
import { importEvidence, realisationsToAccept } from "../../../src/domain/invoices/accept";
import { effectId, isoDate, kronor } from "../../../src/domain/model/effect";
import { aPenalty, anEffect } from "../../fixtures/effects";
import { aLine } from "../../fixtures/invoiceLines";

// The talk's "Utskrift som tjänst": 5 mkr a year before, 3 mkr now; 2 mkr a year forecast.
const printing = anEffect({ id: effectId("E-1") });

describe("förslag för Nytt avtal", () => {
  it("tidigare kostnad för månaden minus fakturerat, mot månadens prognos", () => {
    const { months } = suggestRealisations(printing, [
      aLine({ amountOre: 20_000_000 }),
      aLine({ amountOre: 8_000_000 }),
      aLine({ amountOre: -1_000_000 }),
    ]);
    expect(months).toEqual([
      expect.objectContaining({
        month: "2026-03",
        invoicedOre: 27_000_000,
        // 5 000 000 / 12 = 416 666,67 kr; forecast 2 000 000 / 12 = 166 666,67 kr.
        previousCostOre: 41_666_667,
        suggestedOre: 41_666_667 - 27_000_000,
        forecastOre: 16_666_667,
        priceEffectOre: null,
        volumeEffectOre: null,
      }),
    ]);
    expect(months[0]?.lines).toHaveLength(3);
  });

  it("skiljer pris- och volymeffekt när styckpriser och antal är kända", () => {
    // 100 kr → 80 kr per unit, 1 200 units a year: forecast (100 − 80) × 100 = 2 000 kr a month.
    const unitPrices = anEffect({
      previousAnnualCost: null,
      newAnnualCost: null,
      previousUnitPrice: kronor(100),
      newUnitPrice: kronor(80),
      annualVolume: 1200,
      annualAmount: kronor(24_000),
    });
    // 150 units bought at 85 kr: 50 more than planned, 5 kr dearer than the contract.
    const [march] = suggestRealisations(unitPrices, [
      aLine({ quantity: 100, amountOre: 850_000 }),
      aLine({ quantity: 50, amountOre: 425_000 }),
    ]).months;
    expect(march).toMatchObject({
      previousCostOre: 1_500_000,
      suggestedOre: 1_500_000 - 1_275_000,
      forecastOre: 200_000,
      priceEffectOre: -75_000,
      volumeEffectOre: 100_000,
    });
    const sum =
      (march?.forecastOre ?? 0) + (march?.priceEffectOre ?? 0) + (march?.volumeEffectOre ?? 0);
    expect(sum).toBe(march?.suggestedOre);
  });

  it("utan antal på varje rad används årskostnaden", () => {
    const effect = anEffect({
      previousUnitPrice: kronor(100),
      newUnitPrice: kronor(80),
      annualVolume: 1,
    });
    const [march] = suggestRealisations(effect, [aLine({ quantity: 5 }), aLine()]).months;
    expect(march?.previousCostOre).toBe(41_666_667);
    expect(march?.priceEffectOre).toBeNull();
  });

  it("utan tidigare kostnad finns inget förslag, bara det fakturerade", () => {
    const effect = anEffect({ previousAnnualCost: null, newAnnualCost: null });
    expect(suggestRealisations(effect, [aLine()]).months[0]).toMatchObject({
      invoicedOre: 25_000_000,
      suggestedOre: null,
    });
  });

  it("delar upp raderna per månad i tidsordning", () => {
    const { months } = suggestRealisations(printing, [
      aLine({ date: isoDate("2026-04-02") }),
      aLine({ date: isoDate("2026-03-30") }),
      aLine({ date: isoDate("2026-04-20") }),
    ]);
    expect(months.map((month) => [month.month, month.lines.length])).toEqual([
      ["2026-03", 1],
      ["2026-04", 2],
    ]);
  });
});

describe("förslag för engångsbelopp och vite", () => {
  it("krediterade belopp (negativa rader) är den realiserade effekten", () => {
    const penalty = aPenalty({ id: effectId("E-9") });
    const [may] = suggestRealisations(penalty, [
      aLine({ date: isoDate("2026-05-20"), amountOre: -17_500_000 }),
      aLine({ date: isoDate("2026-05-20"), amountOre: 300_000 }),
    ]).months;
    expect(may).toMatchObject({
      suggestedOre: 17_500_000,
      invoicedOre: -17_200_000,
      forecastOre: 17_500_000,
    });
  });
});

describe("godkänna förslag", () => {
  const followUp = suggestRealisations(printing, [
    aLine({ date: isoDate("2026-03-05"), amountOre: 30_000_000 }),
    aLine({ date: isoDate("2026-04-05"), amountOre: 25_000_000 }),
  ]);
  const evidence = importEvidence("fakturor.csv", "0123456789abcdef");

  it("blir en realiseringsperiod per månad med källan Import och filen som underlag", () => {
    expect(realisationsToAccept(followUp, evidence, [])).toEqual([
      { effectId: "E-1", month: "2026-03", amount: 116_666.67, source: "Import", evidence },
      { effectId: "E-1", month: "2026-04", amount: 166_666.67, source: "Import", evidence },
    ]);
    expect(evidence).toBe("fakturor.csv (fil 0123456789ab)");
  });

  it("att godkänna samma fil igen skriver ingenting", () => {
    const written = realisationsToAccept(followUp, evidence, []);
    expect(realisationsToAccept(followUp, evidence, written)).toEqual([]);
  });

  it("en månad som redan har en period för effekten, manuell eller importerad, lämnas", () => {
    const known = [
      { effectId: effectId("E-1"), month: "2026-04" },
      { effectId: effectId("E-2"), month: "2026-03" },
    ];
    expect(realisationsToAccept(followUp, evidence, known).map((period) => period.month)).toEqual([
      "2026-03",
    ]);
  });

  it("en period som en person skrivit med små bokstäver i Effekt-ID räknas som effektens", () => {
    const known = [{ effectId: effectId("e-1"), month: "2026-04" }];
    expect(realisationsToAccept(followUp, evidence, known).map((period) => period.month)).toEqual([
      "2026-03",
    ]);
  });
});
