import { groupByCase } from "../../../src/domain/calculate/cases";
import { effectId, hours, isoDate, kronor, type Effect } from "../../../src/domain/model/effect";
import { aOneOff, anEffect } from "../../fixtures/effects";

/** One-off effects of the talk's "Turbundna resor": 5,5 + 4,2 + 0,2 = 9,9 mkr. */
const oneOff = (id: string, caseName: string, amount: number, extra: Partial<Effect> = {}) =>
  aOneOff(amount, { id: effectId(id), caseName, startDate: isoDate("2026-02-01"), ...extra });

describe("groupByCase", () => {
  const invoices = oneOff("E-1", "Turbundna resor", 5_500_000, { type: "Engångsbelopp/vite" });
  const printing = anEffect({ id: effectId("E-2") });
  const avoided = oneOff("E-3", " turbundna  resor", 4_200_000, { type: "Cost avoidance" });
  const penalty = oneOff("E-4", "Turbundna resor", 200_000, {
    realised: kronor(200_000),
    savedHours: hours(12),
  });

  it("samlar ett ärendes effekter i den ordning de kom, med ärendets summa", () => {
    const groups = groupByCase([invoices, printing, avoided, penalty]);
    expect(groups.map((group) => group.effects.map((effect) => effect.id))).toEqual([
      ["E-1", "E-3", "E-4"],
      ["E-2"],
    ]);
    expect(groups[0]).toMatchObject({
      caseName: "Turbundna resor",
      forecast: 9_900_000,
      realised: 200_000,
      savedHours: 12,
    });
    expect(groups[1]).toMatchObject({ caseName: "Utskrift som tjänst", forecast: 14_000_000 });
  });

  it("räknar summan i hela ören", () => {
    const a = oneOff("E-5", "Öre", 0.1);
    const b = oneOff("E-6", "Öre", 0.2);
    expect(groupByCase([a, b])[0]?.forecast).toBe(0.3);
  });

  it("håller effekter utan ärende isär", () => {
    const groups = groupByCase([oneOff("E-7", "", 1), oneOff("E-8", " ", 2)]);
    expect(groups).toHaveLength(2);
  });
});
