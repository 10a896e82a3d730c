import { overviewOf } from "../../../src/domain/calculate/overview";
import { isoDate } from "../../../src/domain/model/effect";
import { aPeriod, eHandel, theRealisedContract } from "../../fixtures/effects";

const contract = theRealisedContract();

describe("overviewOf: Starts figures, each over its own period", () => {
  const overview = overviewOf([contract, eHandel()], [], isoDate("2026-12-02"));

  it("räknar hela avtalstiden som bladet Sammanställning utan filter", () => {
    expect(overview.whole).toEqual({
      count: 2,
      forecast: 14_000_000,
      realised: 11_000_000,
      leakage: 3_000_000,
      savedHours: 8000,
    });
  });

  it("ställer det realiserade mot det som förfallit t.o.m. dagen (11 av 13 mkr)", () => {
    expect(overview.toDate.asOf).toBe("2026-12-02");
    expect(overview.toDate.forecastDue).toBe(13_000_000);
    expect(overview.toDate.realisationRate).toBeCloseTo(11 / 13, 10);
  });

  it("ställer årets realiserade mot årets förfallna prognos; ett ensamt belopp räknas på sitt datum", () => {
    expect(overview.year).toEqual({
      year: 2026,
      forecast: 2_000_000,
      forecastDue: 2_000_000,
      realised: 11_000_000,
      realisationRate: 5.5,
    });
  });

  it("räknar perioderna per månad: bara årets månader hör till året", () => {
    const periods = [
      { ...aPeriod("2025-12", 400_000), effectId: contract.id },
      { ...aPeriod("2026-02", 300_000), effectId: contract.id },
    ];
    const byPeriods = overviewOf([contract], periods, isoDate("2026-03-15"));
    expect(byPeriods.whole.realised).toBe(700_000);
    // Three months of 2026 are due by 15 March: 500 000 kr.
    expect(byPeriods.year).toMatchObject({ forecastDue: 500_000, realised: 300_000 });
    expect(byPeriods.year.realisationRate).toBeCloseTo(0.6, 10);
  });

  it("räknar effekterna att följa upp: förfallna men inte fullt realiserade", () => {
    expect(overview.followUp).toBe(1);
  });

  it("ger inget år när inget faller i det", () => {
    const later = overviewOf([contract], [], isoDate("2030-01-01"));
    expect(later.year).toEqual({
      year: 2030,
      forecast: 0,
      forecastDue: 0,
      realised: 0,
      realisationRate: null,
    });
    expect(later.toDate.realisationRate).toBeCloseTo(11 / 14, 10);
  });

  it("har ingen realiseringsgrad när inget förfallit", () => {
    const early = overviewOf([contract], [], isoDate("2019-01-01"));
    expect(early.toDate.forecastDue).toBe(0);
    expect(early.toDate.realisationRate).toBeNull();
  });
});
