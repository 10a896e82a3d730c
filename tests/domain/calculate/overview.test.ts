import { overviewOf } from "../../../src/domain/calculate/overview";
import { isoDate } from "../../../src/domain/model/effect";
import { eHandel, theRealisedContract } from "../../fixtures/effects";

const contract = theRealisedContract();

describe("overviewOf: Starts figures, each over its own period", () => {
  const overview = overviewOf([contract, eHandel()], isoDate("2026-12-02"));

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

  it("visar årets del av prognosen, aldrig mot hela det realiserade", () => {
    expect(overview.year).toEqual({ year: 2026, forecast: 2_000_000 });
  });

  it("ger inget år när inget faller i det", () => {
    const later = overviewOf([contract], isoDate("2030-01-01"));
    expect(later.year).toEqual({ year: 2030, forecast: 0 });
    expect(later.toDate.realisationRate).toBeCloseTo(11 / 14, 10);
  });

  it("har ingen realiseringsgrad när inget förfallit", () => {
    const early = overviewOf([contract], isoDate("2019-01-01"));
    expect(early.toDate.forecastDue).toBe(0);
    expect(early.toDate.realisationRate).toBeNull();
  });
});
