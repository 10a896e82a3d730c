import { selects, summarize, type Group } from "../../../src/domain/calculate/aggregate";
import { findDuplicates } from "../../../src/domain/calculate/duplicates";
import { forecastTotal, toOre } from "../../../src/domain/calculate/calculate";
import {
  effectId,
  hours,
  isoDate,
  kronor,
  type Effect,
  type EffectStatus,
} from "../../../src/domain/model/effect";
import { forecastDueBy, phaseByYear } from "../../../src/domain/calculate/phasing";
import { aPeriod, anEffect } from "../../fixtures/effects";
import type { YearRow } from "../../../src/domain/calculate/aggregate";

/** The year rows' forecast and realised, for tests about those two. */
const forecastAndRealised = (rows: readonly YearRow[]) =>
  rows.map(({ year, forecast, realised }) => ({ year, forecast, realised }));

const kr = kronor;
const asOf = isoDate("2026-12-31");
const IT = "IT";
const FORDON = "Fordon";
const KS = "Kommunstyrelseförvaltningen";
const UTB = "Utbildningsförvaltningen";

const yearly = (annual: number, years: number, start: string, overrides: Partial<Effect> = {}) =>
  anEffect({
    basis: "Årlig",
    type: "Nytt avtal",
    annualAmount: kr(annual),
    contractYears: years,
    startDate: isoDate(start),
    ...overrides,
  });
const oneOff = (amount: number, date: string, overrides: Partial<Effect> = {}) =>
  anEffect({
    basis: "Engång",
    type: "Engångsbelopp/vite",
    reason: "Vite",
    annualAmount: null,
    contractYears: null,
    previousAnnualCost: null,
    newAnnualCost: null,
    oneOffAmount: kr(amount),
    startDate: isoDate(date),
    ...overrides,
  });
const keys = (groups: readonly Group[]) => groups.map((group) => group.key);
const byKey = (groups: readonly Group[], key: string) => groups.find((g) => g.key === key);

/** The talk's examples, registered as a procurement unit would. */
const talk: Effect[] = [
  yearly(2_000_000, 7, "2026-03-01", { caseName: "Utskrift som tjänst", category: IT }),
  oneOff(175_000, "2026-05-20", {
    caseName: "Flyttjänster",
    category: "Flyttjänster",
    realised: kr(175_000),
    realisedDate: isoDate("2026-06-30"),
    status: "Realiserad",
  }),
  // Standardiserade fordon: the contract's direct and indirect totals as two one-offs.
  oneOff(3_200_000, "2026-02-01", { category: FORDON, type: "Nytt avtal", reason: "FKU" }),
  oneOff(500_000, "2026-02-01", { category: FORDON, type: "Nytt avtal", reason: "FKU" }),
  oneOff(5_500_000, "2026-04-01", { department: UTB, reason: "Rättad faktura" }),
  oneOff(4_200_000, "2026-04-01", {
    department: UTB,
    type: "Cost avoidance",
    reason: "Annat",
    budgetAffecting: false,
  }),
  oneOff(200_000, "2026-04-01", { department: UTB }),
  anEffect({
    caseName: "E-handel",
    type: "Annat",
    reason: "Annat",
    basis: "Engång",
    annualAmount: null,
    contractYears: null,
    startDate: isoDate("2026-09-01"),
    savedHours: hours(8000),
    budgetAffecting: false,
  }),
];

describe("summarize: presentationens exempel", () => {
  const { totals, groups } = summarize(talk, { asOf });

  it("kalkylerat totalt: 14 + 0,175 + 3,7 + 9,9 mkr", () => {
    expect(totals.forecast).toBe(14_000_000 + 175_000 + 3_700_000 + 9_900_000);
    expect(totals.count).toBe(8);
  });

  it("E-handel: 8 000 timmar hålls isär från kronor", () => {
    expect(totals.savedHours).toBe(8000);
    const withoutHours = summarize(talk.slice(0, -1), { asOf }).totals;
    expect(totals.forecast).toBe(withoutHours.forecast);
    expect(totals.realised).toBe(withoutHours.realised);
    expect(byKey(groups.type, "Annat")).toMatchObject({ forecast: 0, savedHours: 8000 });
  });

  it("budgetpåverkande skiljs från cost avoidance och timmar", () => {
    expect(totals.notBudgetAffecting).toEqual({ forecast: 4_200_000, realised: 0 });
    expect(totals.budgetAffecting.forecast).toBe(totals.forecast - 4_200_000);
    expect(totals.budgetAffecting.realised).toBe(175_000);
  });

  it("läckage bara för realiserade effekter", () => {
    expect(totals.leakage).toBe(0);
    const shortfall = [...talk, yearly(100_000, 1, "2026-01-01", { realised: kr(80_000.5) })];
    expect(summarize(shortfall, { asOf }).totals.leakage).toBe(19_999.5);
  });

  it("realiseringsgrad: realiserat / förfallet per asOf", () => {
    // Due by 2026-12-31: printing Mar–Dec (10 × 166 666,67 rounded cumulatively) + every one-off.
    const due = 15_441_666.67; // 1 666 666,67 + 175 000 + 3 700 000 + 9 900 000
    expect(totals.forecastDue).toBe(due);
    expect(totals.realisationRate).toBeCloseTo(175_000 / due, 12);
  });

  it("grupperar per typ, förvaltning, kategori, anledning och status", () => {
    expect(byKey(groups.type, "Engångsbelopp/vite")).toMatchObject({
      forecast: 175_000 + 5_500_000 + 200_000,
      realised: 175_000,
      count: 3,
    });
    expect(byKey(groups.department, UTB)).toMatchObject({ forecast: 9_900_000, count: 3 });
    expect(byKey(groups.category, FORDON)).toMatchObject({ forecast: 3_700_000, count: 2 });
    expect(byKey(groups.reason, "Rättad faktura")).toMatchObject({ forecast: 5_500_000 });
    expect(groups.status.map((g) => [g.key, g.count])).toEqual([
      ["Kalkylerad", 7],
      ["Realiserad", 1],
    ]);
  });

  it("varje grupps summor går ihop med totalen", () => {
    for (const dimension of ["type", "department", "category", "reason", "status"] as const) {
      const sum = groups[dimension].reduce((acc, g) => acc + toOre(g.forecast), 0);
      expect(sum).toBe(toOre(totals.forecast));
    }
  });
});

describe("summarize: ordning", () => {
  const effects = [
    oneOff(1, "2026-01-01", { category: "Övrigt" }),
    oneOff(1, "2026-01-01", { category: "Zon" }),
    oneOff(1, "2026-01-01", { category: "Ämnen" }),
    oneOff(1, "2026-01-01", { category: "IT" }),
    oneOff(1, "2026-01-01", { category: "" }),
    oneOff(1, "2026-01-01", { category: "Fordon" }),
  ];

  it("arbetsbokens listordning först, listade utan effekter med, sedan resten på svenska", () => {
    const order = { category: ["Fordon", "Städ", "IT"] };
    const { groups } = summarize(effects, { asOf, order });
    expect(keys(groups.category)).toEqual(["Fordon", "Städ", "IT", "Zon", "Ämnen", "Övrigt", ""]);
    expect(byKey(groups.category, "Städ")).toMatchObject({ forecast: 0, count: 0 });
  });

  it("utan listordning sorteras allt på svenska, status i modellens ordning", () => {
    const { groups } = summarize(effects, { asOf });
    expect(keys(groups.category)).toEqual(["Fordon", "IT", "Zon", "Ämnen", "Övrigt", ""]);
    expect(keys(groups.status)).toEqual(["Kalkylerad", "Realiserad"]);
  });
});

describe("summarize: filter", () => {
  const printing = yearly(2_400_000, 7, "2026-03-01", {
    realised: kr(2_000_000),
    realisedDate: isoDate("2027-01-31"),
    savedHours: hours(100),
  });
  const penalty = oneOff(175_000, "2027-05-01", { department: UTB });
  const late = oneOff(50_000, "2025-12-01", {
    realisedDate: isoDate("2027-02-01"),
    realised: kr(40_000),
  });
  const effects = [printing, penalty, late];

  it("förvaltning behåller bara den förvaltningens effekter", () => {
    const { totals, groups } = summarize(effects, { asOf, filter: { department: UTB } });
    expect(totals).toMatchObject({ forecast: 175_000, count: 1 });
    expect(keys(groups.department)).toEqual([UTB]);
  });

  it("år: det årets periodiserade prognos och det årets realiserade", () => {
    const { totals, byYear } = summarize(effects, { asOf, filter: { year: 2027 } });
    expect(totals.forecast).toBe(2_400_000 + 175_000);
    expect(totals.realised).toBe(2_000_000 + 40_000);
    // Leakage is recognised when realised: whole effects realised in 2027.
    expect(totals.leakage).toBe(16_800_000 - 2_000_000 + 10_000);
    expect(totals.count).toBe(3);
    expect(totals.savedHours).toBe(0);
    expect(forecastAndRealised(byYear)).toEqual([
      { year: 2027, forecast: 2_575_000, realised: 2_040_000 },
    ]);
  });

  it("år: sista årets två månader, och förfallet inom året per asOf", () => {
    const year2033 = summarize(effects, { asOf: isoDate("2033-01-15"), filter: { year: 2033 } });
    expect(year2033.totals).toMatchObject({ forecast: 400_000, forecastDue: 200_000, count: 1 });
    expect(year2033.totals.realisationRate).toBe(0);
    const before = summarize(effects, { asOf: isoDate("2030-06-01"), filter: { year: 2033 } });
    expect(before.totals.forecastDue).toBe(0);
    expect(before.totals.realisationRate).toBeNull();
  });

  it("år utanför alla effekter ger tomma summor", () => {
    const { totals, byYear, groups } = summarize(effects, { asOf, filter: { year: 2040 } });
    expect(totals).toMatchObject({ forecast: 0, realised: 0, count: 0, realisationRate: null });
    expect(byYear).toEqual([]);
    expect(groups.type).toEqual([]);
  });

  it("år och förvaltning tillsammans", () => {
    const { totals } = summarize(effects, { asOf, filter: { year: 2026, department: UTB } });
    expect(totals.count).toBe(0);
  });
});

describe("summarize: per år", () => {
  it("periodiserad prognos och realiserat per budgetår, utan hål i åren", () => {
    const effects = [
      yearly(1_200_000, 1, "2026-07-01"),
      oneOff(175_000, "2030-03-01", { realised: kr(150_000), realisedDate: isoDate("2030-04-01") }),
      oneOff(10_000, "2026-01-01", {
        realised: kr(10_000),
        realisedDate: isoDate("2026-01-15"),
        type: "Cost avoidance",
      }),
    ];
    const { byYear, byYearAndType } = summarize(effects, { asOf });
    expect(forecastAndRealised(byYear)).toEqual([
      { year: 2026, forecast: 610_000, realised: 10_000 },
      { year: 2027, forecast: 600_000, realised: 0 },
      { year: 2028, forecast: 0, realised: 0 },
      { year: 2029, forecast: 0, realised: 0 },
      { year: 2030, forecast: 175_000, realised: 150_000 },
    ]);
    expect(byYearAndType.types).toEqual(["Cost avoidance", "Engångsbelopp/vite", "Nytt avtal"]);
    expect(byYearAndType.rows.map((row) => [row.year, ...row.amounts])).toEqual([
      [2026, 10_000, 0, 600_000],
      [2027, 0, 0, 600_000],
      [2028, 0, 0, 0],
      [2029, 0, 0, 0],
      [2030, 0, 175_000, 0],
    ]);
  });

  it("ett realiserat belopp utan Realiserad datum räknas i summan men i inget år, som bladets formel", () => {
    // Bara en handredigerad rad kan sakna datumet (formuläret kräver det); bladets formel per
    // budgetår daterar beloppet efter Realiserad datum och inget annat.
    const undated = oneOff(10_000, "2026-01-01", { realised: kr(10_000) });
    const { totals, byYear } = summarize([undated], { asOf });
    expect(totals.realised).toBe(10_000);
    expect(forecastAndRealised(byYear)).toEqual([{ year: 2026, forecast: 10_000, realised: 0 }]);
    const filtered = summarize([undated], { asOf, filter: { year: 2026 } });
    expect(filtered.totals.realised).toBe(0);
  });

  it("tomt underlag", () => {
    const summary = summarize([], { asOf });
    expect(summary.totals).toMatchObject({ forecast: 0, count: 0, realisationRate: null });
    expect(summary.byYear).toEqual([]);
    expect(summary.byYearAndType).toEqual({ types: [], rows: [] });
  });
});

describe("summarize: realiserat per budgetår ur perioderna", () => {
  // 100 000 kr i månaden juli 2025 – juni 2026, realiserat i december och januari.
  const contract = yearly(1_200_000, 1, "2025-07-01", {
    department: KS,
    realised: kr(350_000),
    realisedDate: isoDate("2026-01-31"),
  });
  const periods = [
    aPeriod("2025-12", 250_000),
    aPeriod("2026-01", 100_000),
    { ...aPeriod("2026-02", 999), effectId: effectId("E-2026-0003") },
  ];
  // Utan perioder: det enda beloppet räknas i sitt datums månad.
  const legacy = oneOff(50_000, "2026-03-01", {
    id: effectId("E-2026-0002"),
    department: KS,
    realised: kr(40_000),
    realisedDate: isoDate("2026-04-01"),
  });
  const otherDepartment = oneOff(5_000, "2026-02-01", {
    id: effectId("E-2026-0003"),
    department: UTB,
    realised: kr(999),
  });
  const effects = [contract, legacy, otherDepartment];
  const options = { asOf, periods, filter: { department: KS } };
  const y2025 = {
    year: 2025,
    forecast: 600_000,
    forecastDue: 600_000,
    realised: 250_000,
    leakage: 350_000,
    realisationRate: 250_000 / 600_000,
  };
  const y2026 = {
    year: 2026,
    forecast: 650_000,
    forecastDue: 650_000,
    realised: 140_000,
    leakage: 510_000,
    realisationRate: 140_000 / 650_000,
  };

  it("delar en effekts realisering på periodernas år, inte på radens datum", () => {
    expect(summarize(effects, options).byYear).toEqual([y2025, y2026]);
  });

  it("med ett år: bara det årets rad, med samma värden", () => {
    const { byYear } = summarize(effects, { ...options, filter: { department: KS, year: 2025 } });
    expect(byYear).toEqual([y2025]);
  });

  it("utan förfallen prognos är realiseringsgraden tom", () => {
    const early = summarize(effects, { ...options, asOf: isoDate("2025-06-30") });
    expect(early.byYear.map((row) => [row.year, row.forecastDue, row.realisationRate])).toEqual([
      [2025, 0, null],
      [2026, 0, null],
    ]);
  });

  // Ett år efter avtalet: bara en period (ingen prognos, inget radens datum) håller det med.
  const withLater = [...periods, aPeriod("2027-02", 30_000)];
  const unfiltered = summarize(effects, {
    ...options,
    asOf: isoDate("2027-06-30"),
    periods: withLater,
  });
  it.each([2025, 2026, 2027])(
    "nyckeltalen filtrerade på %i är årets rad i tabellen per budgetår",
    (year) => {
      const { totals } = summarize(effects, {
        ...options,
        asOf: isoDate("2027-06-30"),
        periods: withLater,
        filter: { department: KS, year },
      });
      const row = unfiltered.byYear.find((candidate) => candidate.year === year);
      expect(row).toBeDefined();
      expect({
        forecast: totals.forecast,
        forecastDue: totals.forecastDue,
        realised: totals.realised,
        realisationRate: totals.realisationRate,
      }).toEqual({
        forecast: row?.forecast,
        forecastDue: row?.forecastDue,
        realised: row?.realised,
        realisationRate: row?.realisationRate,
      });
    }
  );

  it("med ett år: realiserat per grupp är periodernas i året", () => {
    const { groups } = summarize(effects, { ...options, filter: { department: KS, year: 2026 } });
    expect(groups.type.map(({ key, realised }) => [key, realised])).toEqual([
      ["Engångsbelopp/vite", 40_000],
      ["Nytt avtal", 100_000],
    ]);
  });
});

describe("summarize: 100 000 effekter", () => {
  const types = ["Nytt avtal", "Engångsbelopp/vite", "Cost avoidance", "Annat"];
  const departments = [KS, UTB, "Socialförvaltningen", "Tekniska förvaltningen"];
  const statuses: EffectStatus[] = ["Kalkylerad", "Realiserad"];
  // Deterministic, awkward amounts (öre, halves, negatives) and dates over 2020–2031.
  const effects: Effect[] = Array.from({ length: 100_000 }, (_, i) => {
    const annual = i % 3 === 0;
    const date = `${2020 + (i % 12)}-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")}`;
    return anEffect({
      id: effectId(`E-${i}`),
      type: types[i % 4] ?? "Annat",
      department: departments[(i >> 2) % 4] ?? KS,
      category: `Kategori ${i % 7}`,
      status: statuses[i % 2] ?? "Kalkylerad",
      basis: annual ? "Årlig" : "Engång",
      annualAmount: annual ? kr(((i * 7919) % 1_000_000) + 0.01 * (i % 100)) : null,
      contractYears: annual ? 0.5 + (i % 8) * 0.75 : null,
      oneOffAmount: annual ? null : kr(((i * 104_729) % 500_000) / 100 - 100),
      implementationCost: i % 5 === 0 ? kr(1234.56) : null,
      startDate: i % 97 === 0 ? null : isoDate(date),
      realised: i % 2 === 1 ? kr(((i * 31) % 100_000) + 0.5) : null,
      realisedDate: i % 4 === 1 ? isoDate(date) : null,
      budgetAffecting: i % 3 !== 2,
      savedHours: i % 10 === 0 ? hours(1.25) : null,
    });
  });
  const asOf2028 = isoDate("2028-06-30");
  const summary = summarize(effects, { asOf: asOf2028 });

  it("totaler lika med effekt-för-effekt-summor, exakt på öret", () => {
    const sum = (f: (e: Effect) => number) => effects.reduce((acc, e) => acc + toOre(f(e)), 0);
    const realised = effects.filter((e) => e.realised !== null);
    expect(toOre(summary.totals.forecast)).toBe(sum(forecastTotal));
    expect(toOre(summary.totals.realised)).toBe(sum((e) => e.realised ?? 0));
    expect(toOre(summary.totals.forecastDue)).toBe(sum((e) => forecastDueBy(e, asOf2028)));
    expect(toOre(summary.totals.leakage)).toBe(
      realised.reduce((acc, e) => acc + toOre(forecastTotal(e)) - toOre(e.realised ?? 0), 0)
    );
    expect(summary.totals.count).toBe(100_000);
    expect(summary.totals.savedHours).toBe(10_000 * 1.25);
  });

  it("åren summerar till de daterade effekternas prognos", () => {
    const dated = effects.filter((e) => e.startDate !== null);
    const phased = dated.flatMap(phaseByYear).reduce((acc, y) => acc + toOre(y.amount), 0);
    expect(summary.byYear.reduce((acc, y) => acc + toOre(y.forecast), 0)).toBe(phased);
    for (const row of summary.byYearAndType.rows) {
      const total = summary.byYear.find((y) => y.year === row.year)?.forecast ?? 0;
      expect(row.amounts.reduce((acc, a) => acc + toOre(a), 0)).toBe(toOre(total));
    }
  });

  it("dubbletterna delar ärende, typ och belopp, och ingen effekt står i två grupper", () => {
    const byId = new Map(effects.map((e) => [e.id, e]));
    const seen = new Set<string>();
    const duplicates = findDuplicates(effects);
    expect(duplicates.length).toBeGreaterThan(0);
    for (const group of duplicates) {
      expect(group.ids.length).toBeGreaterThanOrEqual(2);
      for (const id of group.ids) {
        expect(seen.has(id)).toBe(false);
        seen.add(id);
        const effect = byId.get(id);
        expect(effect?.type).toBe(group.type);
        expect(effect && forecastTotal(effect)).toBe(group.forecast);
      }
    }
  });

  it("ett års filter går ihop med årets rad i byYear", () => {
    const year = summarize(effects, { asOf: asOf2028, filter: { year: 2027 } });
    const row = summary.byYear.find((y) => y.year === 2027);
    expect(year.totals.forecast).toBe(row?.forecast);
    expect(year.totals.realised).toBe(row?.realised);
  });
});

describe("summarize: baslinje och annan rapportering", () => {
  const contract = oneOff(100_000, "2026-03-01", { baseline: "Tidigare avtalspris" });
  const estimate = oneOff(20_000, "2026-03-01", { baseline: "Egen kalkyl eller budget" });
  const old = oneOff(3_000, "2026-03-01", { baseline: null });
  const central = oneOff(400_000, "2026-03-01", {
    alsoReportedBy: "Adda",
    alsoReportedRef: "A-2026-17",
    realised: kr(350_000),
    realisedDate: isoDate("2026-06-30"),
    status: "Realiserad",
  });
  const effects = [contract, estimate, old, central];
  const forecastWith = (filter: Parameters<typeof summarize>[1]["filter"]) =>
    summarize(effects, { asOf, filter }).totals.forecast;

  it.each([
    [[], 123_000],
    [["Egen kalkyl eller budget"], 103_000],
    [[""], 120_000],
    [["Egen kalkyl eller budget", ""], 100_000],
    [["Tidigare avtalspris", "Egen kalkyl eller budget", ""], 0],
  ])("utan baslinjerna %j: %d kr", (excludedBaselines, forecast) => {
    expect(forecastWith({ excludedBaselines })).toBe(forecast);
  });

  it("effekter som även rapporteras av någon annan hålls utanför alla summor", () => {
    const { totals, groups, byYear } = summarize(effects, { asOf });
    expect(totals).toMatchObject({ forecast: 123_000, realised: 0, count: 3 });
    expect(groups.status.map((g) => [g.key, g.count])).toEqual([
      ["Kalkylerad", 3],
      ["Realiserad", 0],
    ]);
    expect(forecastAndRealised(byYear)).toEqual([{ year: 2026, forecast: 123_000, realised: 0 }]);
    expect(totals.reportedElsewhere).toEqual({ count: 1, forecast: 400_000, realised: 350_000 });
  });

  it("men räknas med när sammanställningen ber om det", () => {
    const { totals } = summarize(effects, { asOf, filter: { includeReportedElsewhere: true } });
    expect(totals).toMatchObject({ forecast: 523_000, realised: 350_000, count: 4 });
    expect(totals.reportedElsewhere).toEqual({ count: 1, forecast: 400_000, realised: 350_000 });
  });

  it("räknar bara en ifylld rapportör, och de andra filtren gäller även dem", () => {
    const blank = oneOff(1, "2026-03-01", { alsoReportedBy: "  " });
    expect(summarize([blank], { asOf }).totals).toMatchObject({
      count: 1,
      reportedElsewhere: { count: 0, forecast: 0, realised: 0 },
    });
    const elsewhere = (filter: Parameters<typeof summarize>[1]["filter"]) =>
      summarize(effects, { asOf, filter }).totals.reportedElsewhere.count;
    expect(elsewhere({ department: UTB })).toBe(0);
    expect(elsewhere({ excludedBaselines: ["Tidigare avtalspris"] })).toBe(0);
    expect(elsewhere({ year: 2027 })).toBe(0);
    expect(elsewhere({ year: 2026 })).toBe(1);
  });
});

describe("summarize: verifierade belopp", () => {
  const checked = {
    verifiedBy: "Bo Berg",
    verifiedDate: isoDate("2026-02-02"),
    evidence: "Faktura 4711",
  } as const;
  const done = {
    status: "Realiserad",
    realised: kr(90_000),
    realisedDate: isoDate("2026-09-30"),
  } as const;
  const effects = [
    oneOff(1_000, "2026-03-01"),
    oneOff(20_000, "2026-03-01", { ...checked, verifiedStage: "Kalkyl" }),
    oneOff(100_000, "2026-03-01", { ...done, ...checked, verifiedStage: "Kalkyl" }),
    oneOff(300_000, "2026-03-01", { ...done, ...checked, verifiedStage: "Realisering" }),
    // Verified, then changed by hand: nothing of it counts as verified.
    oneOff(4_000_000, "2026-03-01", { ...done, ...checked, verifiedStage: "Realisering" }),
  ];
  effects[4] = { ...(effects[4] as Effect), editedOutside: true };

  it("visar det verifierade bredvid allt, och räknar raderna ändrade utanför tillägget", () => {
    const { totals } = summarize(effects, { asOf });
    expect(totals).toMatchObject({ forecast: 4_421_000, realised: 270_000, count: 5 });
    expect(totals.verified).toEqual({ forecast: 420_000, realised: 90_000, count: 3 });
    expect(totals.editedOutside).toBe(1);
  });

  it("inom samma filter och år som resten", () => {
    const yearly2 = yearly(120_000, 2, "2026-01-01", { ...checked, verifiedStage: "Kalkyl" });
    const { totals } = summarize([...effects, yearly2], { asOf, filter: { year: 2027 } });
    expect(totals.verified).toEqual({ forecast: 120_000, realised: 0, count: 1 });
    expect(totals.editedOutside).toBe(0);
    const byUtb = summarize(effects, { asOf, filter: { department: UTB } }).totals;
    expect(byUtb.verified).toEqual({ forecast: 0, realised: 0, count: 0 });
  });

  it("en verifierad effekt som rapporteras även av någon annan räknas inte som verifierad", () => {
    const elsewhere = oneOff(5_000, "2026-03-01", {
      ...checked,
      verifiedStage: "Kalkyl",
      alsoReportedBy: "Adda",
    });
    expect(summarize([elsewhere], { asOf }).totals.verified.count).toBe(0);
    const included = summarize([elsewhere], { asOf, filter: { includeReportedElsewhere: true } });
    expect(included.totals.verified).toEqual({ forecast: 5_000, realised: 0, count: 1 });
  });
});

describe("dubbletter bland effekterna som filtret väljer", () => {
  const twice = [
    oneOff(175_000, "2026-05-20", { id: effectId("E-1"), caseName: "Flyttjänster" }),
    oneOff(175_000, "2027-05-20", {
      id: effectId("E-2"),
      caseName: "flyttjänster",
      department: UTB,
    }),
  ];

  it("flaggar samma ärende, typ och belopp oavsett år", () => {
    const duplicates = findDuplicates(twice.filter(selects({ year: 2026 })));
    expect(duplicates).toEqual([
      {
        caseName: "Flyttjänster",
        type: "Engångsbelopp/vite",
        forecast: 175_000,
        ids: ["E-1", "E-2"],
      },
    ]);
  });

  it("bland effekterna i förvaltningen och baslinjerna som visas", () => {
    expect(findDuplicates(twice.filter(selects({ department: UTB })))).toEqual([]);
    const baselines = { excludedBaselines: ["Tidigare avtalspris"] };
    expect(findDuplicates(twice.filter(selects(baselines)))).toEqual([]);
  });

  it("också bland effekter som rapporteras av någon annan", () => {
    const reported = twice.map((e) => ({ ...e, alsoReportedBy: "Adda" }));
    expect(findDuplicates(reported.filter(selects()))).toHaveLength(1);
  });
});
