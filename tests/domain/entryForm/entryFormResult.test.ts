import type { EntryFormState } from "../../../src/domain/entryForm/entryForm";
import { entryResult } from "../../../src/domain/entryForm/result";
import { PRINTING, issuesOf, run, typed } from "../../fixtures/entryForm";

describe("entryResult: det levande resultatet", () => {
  const resultOf = (state: EntryFormState) => entryResult(state, issuesOf(state));

  it("räknar Utskrift som tjänst: 2 mkr om året, 14 mkr på 7 år", () => {
    const result = resultOf(run(...PRINTING));
    expect(result).toMatchObject({ annualAmount: 2_000_000, forecast: 14_000_000 });
    expect(result.byYear).toHaveLength(7);
    expect(result.byYear[0]).toEqual({ year: 2026, amount: 2_000_000 });
  });

  it("räknar ett vite som ett engångsbelopp på sitt datum", () => {
    const state = run(
      { type: "typeChanged", value: "Engångsbelopp/vite" },
      ...typed({ oneOffAmount: "175 000", startDate: "2026-05-10" })
    );
    expect(resultOf(state)).toMatchObject({
      forecast: 175_000,
      byYear: [{ year: 2026, amount: 175_000 }],
    });
  });

  it("räknar styckpris gånger volym", () => {
    const state = run(
      ...PRINTING,
      { type: "calculationChanged", calculation: "unitPrices" },
      ...typed({ previousUnitPrice: "1,20", newUnitPrice: "0,80", annualVolume: "100 000" })
    );
    expect(resultOf(state)).toMatchObject({ annualAmount: 40_000, forecast: 280_000 });
  });

  it("håller sparade timmar för sig, aldrig i kronor", () => {
    const state = run({ type: "typeChanged", value: "Annat" }, ...typed({ savedHours: "8 000" }));
    expect(resultOf(state)).toMatchObject({ savedHours: 8000, forecast: null });
  });

  it.each([
    ["en avtalstid över 20 år", { contractYears: "40" }],
    ["ett belopp som inte går att läsa", { newAnnualCost: "tre mkr" }],
  ])("räknar inte med %s", (_what, values) => {
    expect(resultOf(run(...PRINTING, ...typed(values))).forecast).toBeNull();
  });
});
