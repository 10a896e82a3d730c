import { forecastTotal, toOre } from "../../../src/domain/calculate/calculate";
import { isoDate, kronor, type EffectInput } from "../../../src/domain/model/effect";
import { forecastDueBy, phaseByYear } from "../../../src/domain/calculate/phasing";
import { anEffect } from "../../fixtures/effects";

const kr = kronor;
const yearly = (annualAmount: number, contractYears: number, startDate: string) =>
  anEffect({
    basis: "Årlig",
    annualAmount: kr(annualAmount),
    contractYears,
    startDate: isoDate(startDate),
    oneOffAmount: null,
    implementationCost: null,
  });
const oneOff = (amount: number, date: string) =>
  anEffect({
    basis: "Engång",
    annualAmount: null,
    contractYears: null,
    startDate: isoDate(date),
    oneOffAmount: kr(amount),
    implementationCost: null,
  });
const phased = (effect: EffectInput) =>
  phaseByYear(effect).map(({ year, amount }) => [year, amount] as const);
const sumOre = (effect: EffectInput) =>
  phaseByYear(effect).reduce((sum, { amount }) => sum + toOre(amount), 0);

describe("phaseByYear", () => {
  it("start 2026-03-01, 7 år: 2026 10/12, 2027–2032 hela, 2033 2/12", () => {
    const effect = yearly(2_400_000, 7, "2026-03-01");
    expect(phased(effect)).toEqual([
      [2026, 2_000_000],
      [2027, 2_400_000],
      [2028, 2_400_000],
      [2029, 2_400_000],
      [2030, 2_400_000],
      [2031, 2_400_000],
      [2032, 2_400_000],
      [2033, 400_000],
    ]);
    expect(sumOre(effect)).toBe(toOre(forecastTotal(effect)));
  });

  it("Utskrift som tjänst: 2 mkr per år i 7 år summerar till 14 mkr, resten sista året", () => {
    const effect = yearly(2_000_000, 7, "2026-03-01");
    const years = phased(effect);
    // 2 000 000 × 10 / 12 = 1 666 666,666… → 1 666 666,67 (cumulative rounding per month).
    expect(years[0]).toEqual([2026, 1_666_666.67]);
    expect(years.at(-1)).toEqual([2033, 333_333.33]);
    expect(sumOre(effect)).toBe(1_400_000_000);
  });

  it("en start den 15:e räknar hela startmånaden", () => {
    expect(phased(yearly(1_200_000, 1, "2026-03-15"))).toEqual([
      [2026, 1_000_000],
      [2027, 200_000],
    ]);
  });

  it.each([
    ["halvår i januari", 0.5, "2026-01-01", [[2026, 600_000]]],
    [
      "halvår från oktober",
      0.5,
      "2026-10-01",
      [
        [2026, 300_000],
        [2027, 300_000],
      ],
    ],
    [
      "start i december",
      1,
      "2026-12-01",
      [
        [2026, 100_000],
        [2027, 1_100_000],
      ],
    ],
    [
      "december, 3 år",
      3,
      "2026-12-31",
      [
        [2026, 100_000],
        [2027, 1_200_000],
        [2028, 1_200_000],
        [2029, 1_100_000],
      ],
    ],
    [
      "helt kalenderår",
      2,
      "2026-01-01",
      [
        [2026, 1_200_000],
        [2027, 1_200_000],
      ],
    ],
    ["en månad", 1 / 12, "2026-06-01", [[2026, 100_000]]],
  ] as const)("%s", (_name, years, start, expected) => {
    const effect = yearly(1_200_000, years, start);
    expect(phased(effect)).toEqual(expected);
    expect(sumOre(effect)).toBe(toOre(forecastTotal(effect)));
  });

  it("avtalstid som inte är hela månader: sista månaden tar resten", () => {
    // 1,04 år = 12,48 månader → 12 månader; the last carries the extra 0,04 year.
    const effect = yearly(1_200_000, 1.04, "2026-02-01");
    expect(phased(effect)).toEqual([
      [2026, 1_100_000],
      [2027, 148_000],
    ]);
  });

  it("engång faller på sitt datum", () => {
    expect(phased(oneOff(175_000, "2025-11-20"))).toEqual([[2025, 175_000]]);
  });

  it("implementeringskostnaden dras startåret", () => {
    const effect = anEffect({
      ...yearly(1_200_000, 2, "2026-07-01"),
      implementationCost: kr(300_000),
    });
    expect(phased(effect)).toEqual([
      [2026, 300_000],
      [2027, 1_200_000],
      [2028, 600_000],
    ]);
  });

  it("utan startdatum: ingen periodisering", () => {
    expect(phaseByYear(anEffect({ ...yearly(1, 1, "2026-01-01"), startDate: null }))).toEqual([]);
  });

  it.each([
    [333_333.33, 7, "2026-03-01"],
    [1_000_000.01, 3.5, "2026-11-15"],
    [-20_000, 2, "2026-05-01"],
    [99.99, 0.75, "2026-12-01"],
    [7, 20, "2026-02-28"],
    [1_234_567.89, 1.3, "2026-01-31"],
  ])("summerar exakt till forecastTotal: %p kr/år × %p år från %p", (amount, years, start) => {
    const effect = anEffect({ ...yearly(amount, years, start), oneOffAmount: kr(10.01) });
    expect(sumOre(effect)).toBe(toOre(forecastTotal(effect)));
  });
});

describe("forecastDueBy", () => {
  const contract = yearly(1_200_000, 2, "2026-03-15");

  it.each([
    ["före start", "2026-02-28", 0],
    ["startmånaden räknas (innan startdagen)", "2026-03-01", 100_000],
    ["startmånaden räknas", "2026-03-31", 100_000],
    ["månadens första dag räknas", "2026-04-01", 200_000],
    ["årsskiftet", "2026-12-31", 1_000_000],
    ["sista månaden", "2028-02-01", 2_400_000],
    ["efter slut", "2030-01-01", 2_400_000],
  ])("%s (%s)", (_name, asOf, due) => {
    expect(forecastDueBy(contract, isoDate(asOf))).toBe(due);
  });

  it("engång förfaller på sitt datum", () => {
    const penalty = oneOff(175_000, "2026-05-20");
    expect(forecastDueBy(penalty, isoDate("2026-05-19"))).toBe(0);
    expect(forecastDueBy(penalty, isoDate("2026-05-20"))).toBe(175_000);
  });

  it("implementeringskostnaden räknas från startdagen", () => {
    const effect = anEffect({ ...contract, implementationCost: kr(50_000) });
    expect(forecastDueBy(effect, isoDate("2026-03-14"))).toBe(100_000);
    expect(forecastDueBy(effect, isoDate("2026-03-15"))).toBe(50_000);
  });

  it("utan startdatum räknas hela prognosen som förfallen (konservativt)", () => {
    const undated = anEffect({ ...contract, startDate: null });
    expect(forecastDueBy(undated, isoDate("2000-01-01"))).toBe(2_400_000);
  });
});
