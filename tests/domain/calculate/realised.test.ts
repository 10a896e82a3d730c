import { describe, expect, it } from "@jest/globals";
import {
  carriedOver,
  realisedAfter,
  realisedByYear,
  rowAfterPeriods,
  withPeriods,
} from "../../../src/domain/calculate/realised";
import { dueForFollowUp } from "../../../src/domain/calculate/followUp";
import { effectId, isoDate, kronor, type Effect } from "../../../src/domain/model/effect";
import type { RealisationPeriod } from "../../../src/domain/model/realisation";
import { aPeriod, anEffect, theRealisedContract } from "../../fixtures/effects";

const period = (
  id: string,
  month: string,
  amount: number,
  effect = "E-2026-0001"
): RealisationPeriod => ({ ...aPeriod(month, amount, id), effectId: effectId(effect) });

/** 2 mkr/år i 7 år från 2025-01-01: 166 666,67 kr i månaden. */
const contract = (overrides: Partial<Effect> = {}) =>
  anEffect({ startDate: isoDate("2025-01-01"), ...overrides });

describe("raden som speglar periodernas summa", () => {
  it("räknar in ett tidigare enda belopp och daterar raden i slutet av den senaste månaden", () => {
    const legacy = contract({ realised: kronor(100_000), realisedDate: isoDate("2025-03-15") });
    const row = rowAfterPeriods(legacy, [], [{ month: "2026-02", amount: kronor(20_000) }]);
    expect(row.status).toBe("Realiserad");
    expect(row.realised).toBe(120_000);
    expect(row.realisedDate).toBe("2026-02-28");
  });

  it("summerar befintliga perioder och flyttar aldrig datumet bakåt", () => {
    const later = contract({ realised: kronor(1), realisedDate: isoDate("2026-12-31") });
    const known = [period("R1", "2026-01", 10_000), period("R2", "2026-03", 5_000)];
    const row = rowAfterPeriods(later, known, [{ month: "2026-02", amount: kronor(2_500) }]);
    expect(row.realised).toBe(17_500);
    expect(row.realisedDate).toBe("2026-12-31");
  });
});

describe("realisering per period", () => {
  it("summerar en effekts perioder exakt i öre och daterar den i sin senaste månad", () => {
    const periods = [period("R1", "2025-06", 0.1), period("R2", "2026-02", 0.2)];
    const [effect] = withPeriods([contract({ realised: kronor(999) })], periods);
    expect(effect?.realised).toBe(0.3);
    expect(effect?.realisedDate).toBe("2026-02-01");
  });

  it("hittar en periods effekt som Excels formel gör: stora och små bokstäver lika, mellanslag inte", () => {
    const periods = [
      period("R1", "2026-01", 10, "e-2026-0001"),
      period("R2", "2026-02", 5, "E-2026-0001 "),
    ];
    const [effect] = withPeriods([contract()], periods);
    expect(effect?.realised).toBe(10);
    expect(realisedByYear([contract()], periods, isoDate("2026-02-28")).at(-1)?.realised).toBe(10);
  });

  it("räknar inte längre det enda beloppet per år när en rad att rätta på bladet nämner effekten, som formeln", () => {
    const legacy = theRealisedContract();
    const year = Number(legacy.realisedDate?.slice(0, 4));
    const realisedIn = (rowsToFix: string[]) =>
      realisedByYear([legacy], [], isoDate("2030-12-31"), rowsToFix).find((r) => r.year === year)
        ?.realised;
    expect(realisedIn([])).toBe(legacy.realised);
    expect(realisedIn([legacy.id.toLowerCase()])).toBe(0);
    // A trailing space names no effect, for COUNTIF as for the pane.
    expect(realisedIn([`${legacy.id} `])).toBe(legacy.realised);
    // Realisera still carries the amount over as a period of its own: nothing is lost.
    expect(carriedOver(legacy, [])).toHaveLength(1);
  });

  it("låter en effekt utan perioder behålla sitt enda realiserade belopp", () => {
    const legacy = theRealisedContract();
    expect(withPeriods([legacy], [period("R1", "2026-01", 5, "E-annan")])).toEqual([legacy]);
  });

  it("ställer årets realiserade mot det som förfallit samma år", () => {
    const periods = [
      period("R1", "2025-06", 100_000),
      period("R2", "2025-12", 50_000),
      period("R3", "2026-02", 30_000),
    ];
    const years = realisedByYear([contract()], periods, isoDate("2026-03-15"));
    expect(years).toEqual([
      {
        year: 2025,
        forecastDue: 2_000_000,
        realised: 150_000,
        leakage: 1_850_000,
        realisationRate: 0.075,
      },
      // Three months of 2026 are due by 15 March (the month of asOf counts in full).
      {
        year: 2026,
        forecastDue: 500_000,
        realised: 30_000,
        leakage: 470_000,
        realisationRate: 0.06,
      },
    ]);
  });

  it("räknar ett tidigare realiserat belopp utan perioder i sitt datums år", () => {
    const years = realisedByYear([theRealisedContract()], [], isoDate("2026-12-02"));
    const y2026 = years.find((y) => y.year === 2026);
    expect(y2026?.realised).toBe(11_000_000);
    expect(y2026?.forecastDue).toBe(2_000_000);
    expect(years.filter((y) => y.year !== 2026).every((y) => y.realised === 0)).toBe(true);
  });

  it("för över det tidigare beloppet som en egen period med den första nya perioden", () => {
    const legacy = theRealisedContract();
    expect(carriedOver(legacy, [])).toEqual([
      {
        effectId: legacy.id,
        month: "2026-11",
        amount: 11_000_000,
        source: "Manuell",
        evidence: "Realiserad effekt registrerad före perioderna",
      },
    ]);
    expect(carriedOver(legacy, [period("R1", "2026-12", 1, legacy.id)])).toEqual([]);
    expect(carriedOver(contract(), [])).toEqual([]);
    expect(realisedAfter(legacy, [], [{ amount: kronor(500_000) }])).toBe(11_500_000);
  });
});

describe("att följa upp", () => {
  const asOf = isoDate("2026-03-15");

  it("listar förfallna effekter som inte realiserats fullt, störst läckage först", () => {
    const older = contract({ id: effectId("E-gammal"), startDate: isoDate("2024-01-01") });
    const newer = contract({ id: effectId("E-ny"), startDate: isoDate("2026-01-01") });
    const sameGap = contract({ id: effectId("E-lika"), startDate: isoDate("2026-01-01") });
    const notDue = contract({ id: effectId("E-sen"), startDate: isoDate("2027-01-01") });
    const periods = [period("R1", "2026-02", 100_000, "E-ny")];
    const list = dueForFollowUp([newer, notDue, sameGap, older], periods, asOf);
    expect(list.map((item) => item.effect.id)).toEqual(["E-gammal", "E-lika", "E-ny"]);
    expect(list[2]).toMatchObject({ forecastDue: 500_000, realised: 100_000, leakage: 400_000 });
  });

  it("lämnar en effekt som realiserats fullt för det som förfallit", () => {
    const done = contract({ startDate: isoDate("2026-01-01") });
    expect(dueForFollowUp([done], [period("R1", "2026-03", 500_000)], asOf)).toEqual([]);
  });
});
