/**
 * The summary sheet's plan as data: what it says, which figures are live formulas and which are
 * values, that user text never enters a formula, formats, charts and print setup.
 */
import { rowsToFixFigures } from "../../../src/domain/calculate/rowsToFix";
import { selects, summarize, type Summary } from "../../../src/domain/calculate/aggregate";
import { findDuplicates } from "../../../src/domain/calculate/duplicates";
import type { FollowUp } from "../../../src/domain/calculate/followUp";
import { stampText } from "../../../src/domain/model/dates";
import { REALISATION_SOURCES } from "../../../src/domain/model/realisation";
import {
  BASELINES,
  effectId,
  isoDate,
  kronor,
  type Effect,
} from "../../../src/domain/model/effect";
import type { EffectLists } from "../../../src/domain/model/lists";
import { DEFAULT_SETTINGS, type SummaryFilter } from "../../../src/workbook/port";
import { FORMATS } from "../../../src/workbook/summary/formats";
import { columnRef, equalsCell } from "../../../src/workbook/summary/formulas";
import {
  buildSummaryPlan,
  HEADER_ROWS,
  summarizeFilter,
} from "../../../src/workbook/summary/layout";
import { summaryText } from "../../../src/workbook/summary/messages.sv";
import { planGrid, type PlanCell, type SheetPlan } from "../../../src/workbook/summary/plan";
import { formatCellValue } from "../../../src/preview/view/numberFormat";
import {
  BOU,
  selectionInputs,
  summaryEffects,
  summaryInputs,
  summaryLists,
  TEKNIK,
} from "../../fixtures/summaryEffects";
import { anEffect } from "../../fixtures/effects";

const ALL: SummaryFilter = DEFAULT_SETTINGS.summaryFilter;
const REFRESHED = { date: isoDate("2026-03-01"), serial: 46082.5625 }; // 2026-03-01 13:30

function planFor(
  filter: SummaryFilter = ALL,
  lists: EffectLists = summaryLists(),
  effects: readonly Effect[] = summaryEffects(),
  periodTable = true
) {
  const summary = summarize(effects, {
    asOf: REFRESHED.date,
    filter: summarizeFilter(filter),
    order: {
      type: lists.types,
      department: lists.departments,
      category: lists.categories,
      reason: lists.reasons,
    },
  });
  const duplicates = findDuplicates(effects.filter(selects(summarizeFilter(filter))));
  const plan = buildSummaryPlan({
    summary,
    duplicates,
    followUps: [],
    lists,
    filter,
    refreshedAt: REFRESHED,
    counts: { effects: effects.length, rowsToFix: rowsToFixFigures([], {}) },
    periodTable,
  });
  return { plan, summary, duplicates };
}

/** The varied set and the selection's rows (baselines, reported elsewhere, a pair), 21 effects. */
const withSelection = () => summaryEffects([...summaryInputs(), ...selectionInputs()]);

/** The criterion every figure has by default: the effect is not reported by anyone else. */
const ALONE = 'Effektiviseringar[Rapporteras även av],"="';

/** The realised per budget year under the default filter, `inYear` the span's 1/0 factor. */
const realisedInSpan = (inYear: (column: string) => string) =>
  "=SUMPRODUCT(Realiseringar[Belopp (kr)]," +
  `${inYear("Realiseringar[Månad]")}*` +
  '(Realiseringar[Effekt-ID]<>"")*' +
  '((Realiseringar[Källa]="Manuell")+(Realiseringar[Källa]="Import"))*' +
  '(COUNTIFS(Effektiviseringar[ID],"="&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(Realiseringar[Effekt-ID],' +
  `"~","~~"),"*","~*"),"?","~?"),${ALONE})>0))` +
  "+SUMPRODUCT(Effektiviseringar[Realiserad effekt (kr)]," +
  `${inYear("Effektiviseringar[Realiserad datum]")}*` +
  "(COUNTIF(Realiseringar[Effekt-ID],Effektiviseringar[ID])=0)*" +
  '(Effektiviseringar[Rapporteras även av]=""))';

const at = (plan: SheetPlan, row: number, column: number): PlanCell | undefined =>
  plan.cells.find((cell) => cell.row === row && cell.column === column);

const textAt = (plan: SheetPlan, row: number, column: number): string | undefined => {
  const content = at(plan, row, column)?.content;
  return content?.kind === "text" ? content.text : undefined;
};

/** The row whose column A holds `label`, at or after `from`. */
function rowOf(plan: SheetPlan, label: string, from = 0): number {
  const cell = plan.cells.find(
    (c) => c.column === 0 && c.row >= from && c.content.kind === "text" && c.content.text === label
  );
  if (!cell) throw new Error(`No row labelled ${label}`);
  return cell.row;
}

const formulas = (plan: SheetPlan) =>
  plan.cells.flatMap((cell) =>
    cell.content.kind === "formula" ? [{ cell, ...cell.content }] : []
  );

const keyFigure = (plan: SheetPlan, label: string) => at(plan, rowOf(plan, label), 1);

describe("bladets huvud", () => {
  const { plan } = planFor();

  it("säger överst att tillägget äger bladet och skriver om det", () => {
    expect(textAt(plan, 0, 0)).toBe(
      "Bladet skapas av tillägget Effektiviseringar och skrivs om vid varje uppdatering – " +
        "ändra i tabellen Effektiviseringar, inte här."
    );
    expect(plan.sheetName).toBe("Sammanställning");
  });

  it("visar titel, uppdateringstid, period och filter", () => {
    expect(textAt(plan, HEADER_ROWS.title, 0)).toBe(summaryText.title);
    expect(at(plan, HEADER_ROWS.refreshed, 1)).toMatchObject({
      content: { kind: "number", value: REFRESHED.serial },
      numberFormat: FORMATS.dateTime,
    });
    expect(textAt(plan, HEADER_ROWS.period, 1)).toBe("Alla budgetår");
    expect(textAt(plan, HEADER_ROWS.department, 1)).toBe("Alla förvaltningar");
    expect(textAt(plan, HEADER_ROWS.basis, 1)).toBe(
      "12 registrerade effekter i tabellen Effektiviseringar på bladet Registrering. " +
        "Alla baslinjer räknas. Effekter som även rapporteras av annan ingår inte."
    );
    expect(textAt(plan, HEADER_ROWS.method, 1)).toContain("2026-03-01 13:30");
  });

  it("visar samma minut som Uppdaterad och i beräknade-texten, med sekunder i klockan", () => {
    const serial = 46082 + (15 * 3600 + 42 * 60 + 40) / 86_400; // 2026-03-01 15:42:40
    const summary = summarize([], { asOf: REFRESHED.date });
    const seconds = buildSummaryPlan({
      summary,
      duplicates: [],
      followUps: [],
      lists: summaryLists(),
      filter: ALL,
      refreshedAt: { date: REFRESHED.date, serial },
      counts: { effects: 0, rowsToFix: rowsToFixFigures([], {}) },
    });
    const cell = at(seconds, HEADER_ROWS.refreshed, 1);
    const value = cell?.content.kind === "number" ? cell.content.value : NaN;
    // A whole minute: Excel shows the same minute whether its hh:mm truncates or rounds.
    expect(Math.abs(value * 1440 - Math.round(value * 1440))).toBeLessThan(1e-6);
    expect(formatCellValue(value, FORMATS.dateTime)).toBe("2026-03-01 15:42");
    expect(stampText(serial)).toBe("2026-03-01 15:42");
    expect(textAt(seconds, HEADER_ROWS.method, 1)).toContain("beräknade 2026-03-01 15:42;");
  });

  it("säger hur många rader som behöver rättas", () => {
    const summary = summarize([], { asOf: REFRESHED.date });
    const input = {
      summary,
      duplicates: [],
      followUps: [],
      lists: summaryLists(),
      filter: ALL,
      refreshedAt: REFRESHED,
    };
    const none = buildSummaryPlan({
      ...input,
      counts: { effects: 0, rowsToFix: rowsToFixFigures([], {}) },
    });
    const rowsToFix = {
      count: 3,
      inSheet: 2,
      withId: 1,
      forecast: kronor(2_000_000),
      realised: kronor(0),
    };
    const three = buildSummaryPlan({ ...input, counts: { effects: 0, rowsToFix } });
    expect(textAt(none, HEADER_ROWS.toFix, 1)).toMatch(/^Inga/);
    expect(textAt(three, HEADER_ROWS.toFix, 1)).toMatch(/^3 rader i tabellen behöver rättas/);
    expect(textAt(three, HEADER_ROWS.toFix, 1)).toContain(
      "Formlerna räknar med 2 av dem: 2\u00a0000\u00a0000\u00a0kr kalkylerad och 0\u00a0kr realiserad effekt, 1 i Antal."
    );
  });

  it("visar valt budgetår som datum som formlerna använder, och förvaltningen i en egen cell", () => {
    const { plan: filtered } = planFor({ ...ALL, year: 2026, department: BOU });
    expect(at(filtered, HEADER_ROWS.period, 1)?.content).toEqual({ kind: "number", value: 46023 });
    expect(at(filtered, HEADER_ROWS.period, 2)?.content).toEqual({ kind: "number", value: 46387 });
    expect(textAt(filtered, HEADER_ROWS.period, 3)).toBe("Budgetår 2026");
    expect(textAt(filtered, HEADER_ROWS.department, 1)).toBe(BOU);
  });
});

describe("nyckeltal", () => {
  const { plan, summary } = planFor();

  it.each([
    ["Kalkylerad effekt", `=SUMIFS(Effektiviseringar[Kalkylerad effekt (kr)],${ALONE})`],
    ["Realiserad effekt", `=SUMIFS(Effektiviseringar[Realiserad effekt (kr)],${ALONE})`],
    [
      "Effektläckage",
      '=SUMIFS(Effektiviseringar[Kalkylerad effekt (kr)],Effektiviseringar[Realiserad effekt (kr)],"<>",' +
        `${ALONE})-SUMIFS(Effektiviseringar[Realiserad effekt (kr)],${ALONE})`,
    ],
    [
      "Budgetpåverkande, kalkylerad",
      '=SUMIFS(Effektiviseringar[Kalkylerad effekt (kr)],Effektiviseringar[Budgetpåverkande],"Ja",' +
        `${ALONE})`,
    ],
    [
      "Ej budgetpåverkande, realiserad",
      '=SUMIFS(Effektiviseringar[Realiserad effekt (kr)],Effektiviseringar[Budgetpåverkande],"Nej",' +
        `${ALONE})`,
    ],
    ["Antal registrerade effekter", `=COUNTIFS(Effektiviseringar[ID],"<>",${ALONE})`],
    ["Sparade timmar", `=SUMIFS(Effektiviseringar[Sparade timmar],${ALONE})`],
  ])("%s är en formel över tabellen", (label, formula) => {
    expect(keyFigure(plan, label)?.content).toMatchObject({ kind: "formula", formula });
  });

  it("bär domänens värden som förväntat resultat av formlerna", () => {
    const { totals } = summary;
    const expected = (label: string) => {
      const content = keyFigure(plan, label)?.content;
      return content?.kind === "formula" ? content.expected : undefined;
    };
    expect(expected("Kalkylerad effekt")).toBe(totals.forecast);
    expect(expected("Realiserad effekt")).toBe(totals.realised);
    expect(expected("Effektläckage")).toBe(totals.leakage);
    expect(expected("Realiseringsgrad")).toBe(totals.realisationRate);
    expect(expected("Antal registrerade effekter")).toBe(12);
    expect(expected("Sparade timmar")).toBe(8_120.5);
  });

  it("räknar realiseringsgraden mot den förfallna prognosen, ett beräknat värde", () => {
    const dueRow = rowOf(plan, "Kalkylerad effekt som förfallit t.o.m. 2026-03-01");
    expect(at(plan, dueRow, 1)).toMatchObject({
      content: { kind: "number", value: summary.totals.forecastDue },
      style: { fill: "#FFF2CC" },
    });
    const realisedRow = rowOf(plan, "Realiserad effekt");
    const rate = keyFigure(plan, "Realiseringsgrad");
    expect(rate).toMatchObject({
      content: {
        formula: `=IF($B$${dueRow + 1}>0,$B$${realisedRow + 1}/$B$${dueRow + 1},"–")`,
      },
      numberFormat: "0%",
    });
  });

  it("visar timmar i timmar och antal som tal, aldrig i kronor", () => {
    expect(keyFigure(plan, "Sparade timmar")?.numberFormat).toBe('#,##0 "tim"');
    expect(keyFigure(plan, "Antal registrerade effekter")?.numberFormat).toBe("#,##0");
  });

  it("står på samma celler oavsett listor och filter, med de nya nyckeltalen sist", () => {
    // A budget sheet may point at these: the rows they had before issue 7, then the new ones.
    const labels = [
      "Kalkylerad effekt",
      "Realiserad effekt",
      "Effektläckage",
      "Kalkylerad effekt som förfallit t.o.m. 2026-03-01",
      "Realiseringsgrad",
      "Budgetpåverkande, kalkylerad",
      "Budgetpåverkande, realiserad",
      "Ej budgetpåverkande, kalkylerad",
      "Ej budgetpåverkande, realiserad",
      "Antal registrerade effekter",
      "Sparade timmar",
      "Kalkylerad effekt, verifierad",
      "Realiserad effekt, verifierad",
      "Verifierade effekter",
      "Rapporteras även av annan",
      "Ändrade utanför tillägget",
      "Budgetpåverkande varken Ja eller Nej, kalkylerad",
      "Budgetpåverkande varken Ja eller Nej, realiserad",
    ];
    const last = HEADER_ROWS.keyFigures + labels.length;
    expect(labels.map((_, i) => textAt(plan, HEADER_ROWS.keyFigures + 1 + i, 0))).toEqual(labels);
    expect(textAt(plan, last + 1, 0)).toBeUndefined();

    const keyCells = (p: SheetPlan) =>
      p.cells
        .filter((c) => c.row >= HEADER_ROWS.keyFigures && c.row <= last)
        .map((c) => [c.row, c.column]);
    const { plan: short } = planFor(ALL, { ...summaryLists(), categories: ["IT"] });
    const { plan: filtered } = planFor(
      {
        year: 2026,
        department: BOU,
        excludedBaselines: ["Egen kalkyl eller budget", ""],
        includeReportedElsewhere: true,
      },
      summaryLists(),
      withSelection()
    );
    expect(keyCells(short)).toEqual(keyCells(plan));
    expect(keyCells(filtered)).toEqual(keyCells(plan));
  });
});

describe("verifierat, rapporterat av annan och ändrat utanför tillägget", () => {
  /** Some verified, one of them changed by hand since (which undoes it). */
  const effects = withSelection().map((effect, i): Effect => {
    if (i === 0) return { ...effect, verifiedStage: "Kalkyl", verifiedBy: "Bo" };
    if (i === 1 || i === 3) return { ...effect, verifiedStage: "Realisering", verifiedBy: "Bo" };
    if (i === 10) {
      return { ...effect, verifiedStage: "Realisering", verifiedBy: "Bo", editedOutside: true };
    }
    return effect;
  });
  const { plan, summary } = planFor(ALL, summaryLists(), effects);
  const { totals } = summary;
  const noteOf = (label: string) => textAt(plan, rowOf(plan, label), 2);

  it("visar verifierade belopp som tilläggets beräknade värden, aldrig formler", () => {
    expect(totals.verified.forecast).toBeGreaterThan(0);
    expect(totals.verified.realised).toBeGreaterThan(0);
    const format = keyFigure(plan, "Kalkylerad effekt")?.numberFormat;
    expect(keyFigure(plan, "Kalkylerad effekt, verifierad")).toMatchObject({
      content: { kind: "number", value: totals.verified.forecast },
      numberFormat: format,
      style: { fill: "#FFF2CC" },
    });
    expect(keyFigure(plan, "Realiserad effekt, verifierad")).toMatchObject({
      content: { kind: "number", value: totals.verified.realised },
      numberFormat: format,
      style: { fill: "#FFF2CC" },
    });
    expect(noteOf("Kalkylerad effekt, verifierad")).toMatch(/^Beräknat värde: bara tillägget/);
    expect(noteOf("Kalkylerad effekt, verifierad")).toContain("kolumnen Verifierat");
    expect(noteOf("Realiserad effekt, verifierad")).toContain("kolumnen Verifierat");
  });

  it("visar antalet verifierade som ”n av m”, där m är effekterna i summorna", () => {
    expect(totals.verified.count).toBe(3);
    expect(keyFigure(plan, "Verifierade effekter")).toMatchObject({
      content: { kind: "number", value: 3 },
      numberFormat: `#,##0 "av ${totals.count}"`,
      style: { fill: "#FFF2CC" },
    });
    expect(noteOf("Verifierade effekter")).toContain("listas i tillägget");
  });

  it("visar det som även rapporteras av annan för sig, utanför summorna", () => {
    expect(totals.reportedElsewhere.count).toBe(3);
    expect(keyFigure(plan, "Rapporteras även av annan")?.content).toEqual({
      kind: "formula",
      formula:
        "=SUMIFS(Effektiviseringar[Kalkylerad effekt (kr)]," +
        'Effektiviseringar[Rapporteras även av],"<>")',
      expected: totals.reportedElsewhere.forecast,
    });
    expect(noteOf("Rapporteras även av annan")).toMatch(/^3 effekter, ej med i summorna\. /);
  });

  it("räknar rader ändrade för hand, som inte räknas som verifierade", () => {
    expect(keyFigure(plan, "Ändrade utanför tillägget")).toMatchObject({
      content: { kind: "number", value: totals.editedOutside },
      numberFormat: "#,##0",
      style: { fill: "#FFF2CC" },
    });
    expect(totals.editedOutside).toBe(1);
    expect(noteOf("Ändrade utanför tillägget")).toContain("räknas inte som verifierade");
  });
});

describe("tabellerna", () => {
  const { plan, summary } = planFor();

  it.each([
    ["Typ av effektivisering", ["Engångsbelopp/vite", "Nytt avtal", "Cost avoidance", "Annat"]],
    ["Förvaltning", ["Kommunstyrelseförvaltningen", "Utbildningsförvaltningen", BOU, TEKNIK]],
    ["Kategori", ["IT", "Fordon", "Resor", "IT*", ">100", "=Formel"]],
  ])(
    "%s: rader i listans ordning, Ej i listan och en summarad lika med nyckeltalet",
    (heading, keys) => {
      const top = rowOf(plan, heading, HEADER_ROWS.keyFigures);
      expect([1, 2, 3, 4].map((c) => textAt(plan, top, c))).toEqual([
        "Kalkylerad",
        "Realiserad",
        "Läckage",
        "Antal",
      ]);
      expect(keys.map((_, i) => textAt(plan, top + 1 + i, 0))).toEqual(keys);
      const rest = top + 1 + keys.length;
      expect(textAt(plan, rest, 0)).toBe("Ej i listan / att rätta");
      // The key figure minus the listed groups, to the öre: Kalkylerad effekt is B11, Antal B20.
      const listed = (column: string) => `${column}${top + 2}:${column}${rest}`;
      expect([1, 2, 3, 4].map((c) => formulaAt(plan, rest, c))).toEqual([
        `=ROUND($B$11-SUM(${listed("B")}),2)`,
        `=ROUND($B$12-SUM(${listed("C")}),2)`,
        `=ROUND($B$13-SUM(${listed("D")}),2)`,
        `=ROUND($B$20-SUM(${listed("E")}),2)`,
      ]);
      expect(textAt(plan, HEADER_ROWS.keyFigures + 10, 0)).toBe("Antal registrerade effekter");
      // Valid effects always have a listed value: nothing is left for the group.
      expect([1, 2, 3, 4].map((c) => expectedAt(plan, rest, c))).toEqual([0, 0, 0, 0]);
      const total = rest + 1;
      expect(textAt(plan, total, 0)).toBe("Summa");
      expect(at(plan, total, 1)?.content).toMatchObject({
        formula: `=SUM(B${top + 2}:B${total})`,
        expected: summary.totals.forecast,
      });
      expect(at(plan, total, 4)?.content).toMatchObject({
        formula: `=SUM(E${top + 2}:E${total})`,
        expected: summary.totals.count,
      });
    }
  );

  it("tar med värden som inte finns i listan efter listans värden", () => {
    const lists = { ...summaryLists(), categories: ["Resor", "IT"] };
    const { plan: partial } = planFor(ALL, lists);
    const top = rowOf(partial, "Kategori", HEADER_ROWS.keyFigures);
    const keys = [1, 2, 3, 4, 5, 6].map((i) => textAt(partial, top + i, 0));
    expect(keys).toEqual(["Resor", "IT", "=Formel", ">100", "Fordon", "IT*"]);
  });

  it("jämför med en cell som håller listvärdet, aldrig med värdet i formeln", () => {
    const top = rowOf(plan, "Kategori", HEADER_ROWS.keyFigures);
    const row = top + 5; // ">100"
    expect(textAt(plan, row, 0)).toBe(">100");
    expect(at(plan, row, 1)?.content).toMatchObject({
      formula:
        "=SUMIFS(Effektiviseringar[Kalkylerad effekt (kr)],Effektiviseringar[Kategori]," +
        `"="&$A$${row + 1},${ALONE})`,
    });
    // The only texts a formula spells out are the add-in's own constants.
    const constants = [
      ...["=", "<>", ">=", "<=", "Ja", "Nej", "–", "~", "~~", "*", "~*", "?", "~?"],
      ...BASELINES.map((baseline) => `<>${baseline}`),
      // The realised per budget year's row factors: blank, and a baseline compared with <>.
      "",
      ...BASELINES,
      // The period table's sources, compared with = (only rows the pane reads as periods).
      ...REALISATION_SOURCES,
    ];
    const { plan: filtered } = planFor({
      year: 2026,
      department: TEKNIK,
      excludedBaselines: [...BASELINES, ""],
      includeReportedElsewhere: false,
    });
    for (const { formula } of [...formulas(plan), ...formulas(filtered)]) {
      const literals = (formula.match(/"(?:[^"]|"")*"/g) ?? []).map((l) => l.slice(1, -1));
      expect(literals.filter((literal) => !constants.includes(literal))).toEqual([]);
    }
  });

  it("skyddar * ? ~ i listvärden från att tolkas som jokertecken", () => {
    const row = rowOf(plan, "IT*", HEADER_ROWS.keyFigures);
    const content = at(plan, row, 1)?.content;
    expect(content).toMatchObject({ kind: "formula" });
    expect(content?.kind === "formula" && content.formula).toContain(
      `SUBSTITUTE(SUBSTITUTE(SUBSTITUTE($A$${row + 1},"~","~~"),"*","~*"),"?","~?")`
    );
  });

  it("visar kalkylerad och förfallen per budgetår som beräknade värden, realiserad ur perioderna", () => {
    const top = rowOf(plan, "Budgetår", HEADER_ROWS.keyFigures);
    expect([1, 2, 3, 4, 5].map((c) => textAt(plan, top, c))).toEqual([
      "Kalkylerad (beräknad)",
      "Förfallen prognos (beräknad)",
      "Realiserad",
      "Läckage",
      "Realiseringsgrad",
    ]);
    const first = summary.byYear[0];
    expect(first?.year).toBe(2024);
    const row = top + 2; // 1-based
    expect(at(plan, top + 1, 0)?.content).toEqual({ kind: "number", value: 2024 });
    expect(at(plan, top + 1, 1)).toMatchObject({
      content: { kind: "number", value: first?.forecast },
      style: { fill: "#FFF2CC" },
    });
    expect(at(plan, top + 1, 2)).toMatchObject({
      content: { kind: "number", value: first?.forecastDue },
      style: { fill: "#FFF2CC" },
    });
    const inYear = (column: string) =>
      `(${column}>=DATE($A${row},1,1))*(${column}<=DATE($A${row},12,31))`;
    expect(at(plan, top + 1, 3)?.content).toEqual({
      kind: "formula",
      formula: realisedInSpan(inYear),
      expected: first?.realised,
    });
    expect(at(plan, top + 1, 4)?.content).toEqual({
      kind: "formula",
      formula: `=C${row}-D${row}`,
      expected: first?.leakage,
    });
    expect(at(plan, top + 1, 5)?.content).toEqual({
      kind: "formula",
      formula: `=IF(C${row}>0,D${row}/C${row},"–")`,
      expected: first?.realisationRate,
    });
    const note = rowOf(
      plan,
      "Kalkylerad och förfallen prognos per budgetår är värden som tillägget beräknade 2026-03-01 13:30."
    );
    const rest = top + summary.byYear.length + 1;
    expect(textAt(plan, rest, 0)).toBe("Utan budgetår / att rätta");
    expect(formulaAt(plan, rest, 1)).toBe(`=ROUND($B$11-SUM(B${row}:B${rest}),2)`);
    expect(formulaAt(plan, rest, 2)).toBe(`=ROUND($B$14-SUM(C${row}:C${rest}),2)`);
    expect(formulaAt(plan, rest, 3)).toBe(`=ROUND($B$12-SUM(D${row}:D${rest}),2)`);
    expect(textAt(plan, rest + 1, 0)).toBe("Summa");
    expect(at(plan, rest + 1, 1)?.content).toMatchObject({ expected: summary.totals.forecast });
    expect(at(plan, rest + 1, 4)?.content).toMatchObject({
      formula: `=C${rest + 2}-D${rest + 2}`,
      expected: summary.totals.forecastDue - summary.totals.realised,
    });
    expect(note).toBe(rest + 2);
  });

  it("skriver bara radernas del av realiserad när arbetsboken saknar periodtabellen", () => {
    const { plan: older } = planFor(ALL, summaryLists(), summaryEffects(), false);
    const top = rowOf(older, "Budgetår", HEADER_ROWS.keyFigures);
    const formula = formulaAt(older, top + 1, 3) ?? "";
    expect(formula).toMatch(/^=SUMPRODUCT\(Effektiviseringar\[Realiserad effekt \(kr\)\],/);
    expect(formula).not.toContain("Realiseringar");
  });

  it("har per budgetår och typ med åren som text, för diagrammets kategorier", () => {
    const top = rowOf(plan, "Budgetår", rowOf(plan, "Budgetår", HEADER_ROWS.keyFigures) + 1);
    expect([1, 2, 3, 4, 5].map((c) => textAt(plan, top, c))).toEqual([
      "Engångsbelopp/vite",
      "Nytt avtal",
      "Cost avoidance",
      "Annat",
      "Summa",
    ]);
    expect(at(plan, top + 1, 0)?.content).toEqual({ kind: "text", text: "2024" });
    expect(at(plan, top + 1, 5)?.content).toMatchObject({
      formula: `=SUM(B${top + 2}:E${top + 2})`,
      expected: summary.byYear[0]?.forecast,
    });
  });
});

describe("filter", () => {
  it("lägger förvaltningen som villkor mot sin cell i varje formel över tabellen", () => {
    const { plan } = planFor({ ...ALL, year: null, department: TEKNIK });
    const criterion = `Effektiviseringar[Förvaltning],"="&$B$${HEADER_ROWS.department + 1}`;
    const overTable = formulas(plan).filter((f) => f.formula.includes("Effektiviseringar["));
    expect(overTable.length).toBeGreaterThan(30);
    for (const { formula } of overTable) expect(formula).toContain(criterion);
  });

  it("med ett budgetår: kalkylerad och antal är värden för året, realiserad årets perioder", () => {
    const { plan, summary } = planFor({ ...ALL, year: 2026, department: null });
    expect(keyFigure(plan, "Kalkylerad effekt")).toMatchObject({
      content: { kind: "number", value: summary.totals.forecast },
      style: { fill: "#FFF2CC" },
    });
    expect(keyFigure(plan, "Antal registrerade effekter")?.content).toEqual({
      kind: "number",
      value: summary.totals.count,
    });
    const period = HEADER_ROWS.period + 1;
    // Realiserad is the year's periods (and rows without periods by their date), as per år.
    const inYear = (column: string) => `(${column}>=$B$${period})*(${column}<=$C$${period})`;
    expect(keyFigure(plan, "Realiserad effekt")?.content).toMatchObject({
      formula: realisedInSpan(inYear),
      expected: summary.totals.realised,
    });
    expect(keyFigure(plan, "Effektläckage")?.content).toMatchObject({
      formula:
        '=SUMIFS(Effektiviseringar[Kalkylerad effekt (kr)],Effektiviseringar[Realiserad effekt (kr)],"<>",' +
        `Effektiviseringar[Realiserad datum],">="&$B$${period},` +
        `Effektiviseringar[Realiserad datum],"<="&$C$${period},${ALONE})` +
        "-SUMIFS(Effektiviseringar[Realiserad effekt (kr)]," +
        `Effektiviseringar[Realiserad datum],">="&$B$${period},` +
        `Effektiviseringar[Realiserad datum],"<="&$C$${period},${ALONE})`,
      expected: summary.totals.leakage,
    });
    expect(keyFigure(plan, "Sparade timmar")?.content).toMatchObject({
      formula:
        "=SUMIFS(Effektiviseringar[Sparade timmar]," +
        `Effektiviseringar[Startdatum],">="&$B$${period},` +
        `Effektiviseringar[Startdatum],"<="&$C$${period},${ALONE})`,
    });
  });
});

describe("baslinjer och effekter som även rapporteras av annan", () => {
  const overTable = (plan: SheetPlan) =>
    formulas(plan).filter((f) => f.formula.includes("Effektiviseringar["));

  it("lämnar bortvalda baslinjer utanför varje formel över tabellen, och säger det", () => {
    const filter = { ...ALL, excludedBaselines: ["Egen kalkyl eller budget", ""] };
    const { plan } = planFor(filter, summaryLists(), withSelection());
    expect(overTable(plan).length).toBeGreaterThan(30);
    for (const { formula } of overTable(plan)) {
      expect(formula).toContain('Effektiviseringar[Baslinje],"<>Egen kalkyl eller budget"');
      expect(formula).toContain('Effektiviseringar[Baslinje],"<>"');
    }
    expect(textAt(plan, HEADER_ROWS.basis, 1)).toBe(
      "21 registrerade effekter i tabellen Effektiviseringar på bladet Registrering. " +
        "Baslinjer som inte räknas: Egen kalkyl eller budget, Ej angiven. " +
        "Effekter som även rapporteras av annan ingår inte."
    );
  });

  it("tar med effekter som även rapporteras av annan när filtret säger det", () => {
    const filter = { ...ALL, includeReportedElsewhere: true };
    const { plan, summary } = planFor(filter, summaryLists(), withSelection());
    for (const { formula } of overTable(plan)) expect(formula).not.toContain(ALONE);
    expect(keyFigure(plan, "Kalkylerad effekt")?.content).toMatchObject({
      formula: "=SUM(Effektiviseringar[Kalkylerad effekt (kr)])",
      expected: summary.totals.forecast,
    });
    expect(keyFigure(plan, "Rapporteras även av annan")?.content).toMatchObject({
      formula:
        "=SUMIFS(Effektiviseringar[Kalkylerad effekt (kr)]," +
        'Effektiviseringar[Rapporteras även av],"<>")',
    });
    expect(textAt(plan, rowOf(plan, "Rapporteras även av annan"), 2)).toMatch(
      /^3 effekter, med i summorna\. /
    );
    expect(textAt(plan, HEADER_ROWS.basis, 1)).toMatch(
      /Alla baslinjer räknas\. Effekter som även rapporteras av annan ingår\.$/
    );
  });

  it("visar med ett budgetår det som rapporteras av annan som årets beräknade värde", () => {
    const { plan, summary } = planFor({ ...ALL, year: 2026 }, summaryLists(), withSelection());
    expect(keyFigure(plan, "Rapporteras även av annan")).toMatchObject({
      content: { kind: "number", value: summary.totals.reportedElsewhere.forecast },
      style: { fill: "#FFF2CC" },
    });
  });
});

describe("möjliga dubbelregistreringar", () => {
  it("listar ärende, typ, kalkylerad effekt och ID:n under tabellerna och diagrammen", () => {
    const { plan, duplicates } = planFor(ALL, summaryLists(), withSelection());
    const top = rowOf(plan, "Möjliga dubbelregistreringar", HEADER_ROWS.keyFigures);
    const above = plan.cells.filter((c) => c.row < top).map((c) => c.row);
    const chartRows = plan.charts.map((c) => Number(c.position.endCell.replace(/\D+/g, "")) - 1);
    expect(top).toBeGreaterThan(Math.max(...above, ...chartRows));

    expect([0, 1, 2, 3].map((c) => textAt(plan, top + 2, c))).toEqual([
      "Ärende",
      "Typ",
      "Kalkylerad effekt",
      "ID",
    ]);
    const pair = duplicates.find((group) => group.caseName === "Städtjänster");
    expect(pair?.ids).toHaveLength(2);
    const row = rowOf(plan, "Städtjänster", top);
    expect(textAt(plan, row, 1)).toBe("Nytt avtal");
    expect(at(plan, row, 2)).toMatchObject({
      content: { kind: "number", value: 360_000 },
      style: { fill: "#FFF2CC" },
    });
    expect(textAt(plan, row, 3)).toBe(pair?.ids.join(", "));
  });

  it("säger på en rad när inga hittades", () => {
    const { plan } = planFor();
    const top = rowOf(plan, "Möjliga dubbelregistreringar", HEADER_ROWS.keyFigures);
    expect(textAt(plan, top + 1, 0)).toBe(summaryText.duplicates.none);
    // Then, after a blank row, Att följa upp: here nothing.
    expect(textAt(plan, top + 3, 0)).toBe(summaryText.followUp.heading);
    expect(textAt(plan, top + 4, 0)).toBe(summaryText.followUp.none);
    expect(Math.max(...plan.cells.map((c) => c.row))).toBe(top + 5);
  });

  it("visar högst 25 grupper och en rad om resten", () => {
    const { summary } = planFor();
    const duplicates = Array.from({ length: 31 }, (_, i) => ({
      caseName: `Ärende ${i + 1}`,
      type: "Nytt avtal",
      forecast: kronor(1_000 * (i + 1)),
      ids: [effectId(`E-A${i}`), effectId(`E-B${i}`)],
    }));
    const plan = buildSummaryPlan({
      summary,
      duplicates,
      followUps: [],
      lists: summaryLists(),
      filter: ALL,
      refreshedAt: REFRESHED,
      counts: { effects: 12, rowsToFix: rowsToFixFigures([], {}) },
    });
    const top = rowOf(plan, "Möjliga dubbelregistreringar", HEADER_ROWS.keyFigures);
    expect(textAt(plan, top + 3, 0)).toBe("Ärende 1");
    expect(textAt(plan, top + 27, 0)).toBe("Ärende 25");
    expect(textAt(plan, top + 28, 0)).toBe("och 6 till");
    expect(textAt(plan, top + 30, 0)).toBe(summaryText.followUp.heading);
  });
});

describe("att följa upp", () => {
  /** `count` effects due and not realised, the largest leakage first, as dueForFollowUp. */
  const followUps = (count: number): FollowUp[] =>
    Array.from({ length: count }, (_, i) => ({
      effect: anEffect({
        id: effectId(`E-2026-${String(i + 1).padStart(4, "0")}`),
        caseName: i === 0 ? "=SUMMA(A1)" : `Ärende ${i + 1}`,
        department: i === 0 ? "+46 Förvaltning" : BOU,
      }),
      forecastDue: kronor(100_000 * (count - i)),
      realised: kronor(10_000),
      leakage: kronor(100_000 * (count - i) - 10_000),
    }));
  const planWith = (listed: readonly FollowUp[]) =>
    buildSummaryPlan({
      summary: planFor().summary,
      duplicates: [],
      followUps: listed,
      lists: summaryLists(),
      filter: ALL,
      refreshedAt: REFRESHED,
      counts: { effects: 12, rowsToFix: rowsToFixFigures([], {}) },
    });
  const topOf = (plan: SheetPlan) =>
    rowOf(plan, summaryText.followUp.heading, HEADER_ROWS.keyFigures);

  it("visar effekterna med förfallen prognos, realiserat och läckage, som beräknade värden", () => {
    const listed = followUps(3);
    const plan = planWith(listed);
    const top = topOf(plan);
    expect([0, 1, 2, 3, 4, 5].map((c) => textAt(plan, top + 1, c))).toEqual([
      "ID",
      "Ärende",
      "Förvaltning",
      "Förfallen prognos",
      "Realiserad",
      "Läckage",
    ]);
    expect(textAt(plan, top + 3, 0)).toBe("E-2026-0002");
    expect(textAt(plan, top + 3, 1)).toBe("Ärende 2");
    expect(textAt(plan, top + 3, 2)).toBe(BOU);
    expect([3, 4, 5].map((c) => at(plan, top + 3, c))).toMatchObject([
      { content: { kind: "number", value: 200_000 }, style: { fill: "#FFF2CC" } },
      { content: { kind: "number", value: 10_000 }, style: { fill: "#FFF2CC" } },
      { content: { kind: "number", value: 190_000 }, style: { fill: "#FFF2CC" } },
    ]);
    // A snapshot, and the sheet says so under the list.
    expect(textAt(plan, top + 5, 0)).toBe(summaryText.followUp.note("2026-03-01 13:30"));
    expect(Math.max(...plan.cells.map((c) => c.row))).toBe(top + 5);
  });

  it("skriver användarens text som text, aldrig som formel", () => {
    const plan = planWith(followUps(2));
    const top = topOf(plan);
    expect(at(plan, top + 2, 1)?.content).toEqual({ kind: "text", text: "=SUMMA(A1)" });
    expect(at(plan, top + 2, 2)?.content).toEqual({ kind: "text", text: "+46 Förvaltning" });
    const grid = planGrid(plan);
    expect(grid.formulas[top + 2]?.slice(1, 3)).toEqual(["'=SUMMA(A1)", "'+46 Förvaltning"]);
    expect(formulas(plan).some((f) => f.formula.includes("SUMMA"))).toBe(false);
  });

  it("visar högst 10 effekter och en rad om resten", () => {
    const plan = planWith(followUps(13));
    const top = topOf(plan);
    expect(textAt(plan, top + 2, 1)).toBe("=SUMMA(A1)");
    expect(textAt(plan, top + 11, 1)).toBe("Ärende 10");
    expect(textAt(plan, top + 12, 0)).toBe("och 3 till");
    expect(Math.max(...plan.cells.map((c) => c.row))).toBe(top + 13);
  });

  it("säger på en rad när inget är förfallet och orealiserat", () => {
    const plan = planWith([]);
    const top = topOf(plan);
    expect(textAt(plan, top + 1, 0)).toBe("Inget att följa upp.");
    expect(Math.max(...plan.cells.map((c) => c.row))).toBe(top + 2);
  });

  it("står under diagrammen, så att inget diagram täcker den", () => {
    const plan = planWith(followUps(13));
    const top = topOf(plan);
    const rowNumber = (cell: string) => Number(cell.replace(/\D+/g, "")) - 1;
    expect(plan.charts.length).toBeGreaterThan(0);
    for (const chart of plan.charts) expect(rowNumber(chart.position.endCell)).toBeLessThan(top);
  });
});

describe("format", () => {
  it("visar mkr i ett block där något belopp når en miljon, annars kr", () => {
    const { plan } = planFor();
    expect(keyFigure(plan, "Kalkylerad effekt")?.numberFormat).toBe('#,##0.0,, "mkr"');
    const { plan: small } = planFor({ ...ALL, year: 2027, department: TEKNIK });
    expect(keyFigure(small, "Kalkylerad effekt")?.numberFormat).toBe('#,##0 "kr"');
  });

  it("använder ett format per kolumn och block", () => {
    const { plan } = planFor();
    const top = rowOf(plan, "Kategori", HEADER_ROWS.keyFigures);
    const formats = [1, 2, 3, 4, 5, 6, 7].map((i) => at(plan, top + i, 1)?.numberFormat);
    expect(new Set(formats)).toEqual(new Set(['#,##0.0,, "mkr"']));
  });

  it("ger kolumn A plats för etiketterna och sätter bredder över ett fast spann", () => {
    const { plan } = planFor();
    const { plan: again } = planFor(ALL, { ...summaryLists(), categories: [] });
    expect(plan.columnWidths.length).toBe(again.columnWidths.length);
    expect(plan.columnWidths[0]).toBeGreaterThanOrEqual(200);
    expect(plan.columnWidths[1]).toBeGreaterThanOrEqual(88);
  });

  it("skriver ut liggande, en sida bred", () => {
    expect(planFor().plan.print).toEqual({
      orientation: "Landscape",
      fitToPagesWide: 1,
      fitToPagesTall: 0,
    });
  });
});

describe("diagram", () => {
  const { plan } = planFor();
  const byName = (name: string) => plan.charts.find((chart) => chart.name === name);

  it("har stapeldiagram per typ, liggande staplar per förvaltning och staplat per budgetår", () => {
    expect(plan.charts.map((c) => [c.type, c.title])).toEqual([
      ["ColumnClustered", "Kalkylerad och realiserad effekt per typ"],
      ["BarClustered", "Kalkylerad och realiserad effekt per förvaltning"],
      ["ColumnStacked", "Kalkylerad effekt per budgetår och typ"],
    ]);
  });

  it("läser tabellerna: kalkylerad och realiserad som serier, gruppen som kategori", () => {
    const top = rowOf(plan, "Typ av effektivisering", HEADER_ROWS.keyFigures);
    expect(byName("Per typ")).toMatchObject({
      source: `A${top + 1}:C${top + 5}`,
      seriesBy: "Columns",
      seriesNames: ["Kalkylerad", "Realiserad"],
      seriesValues: [`B${top + 2}:B${top + 5}`, `C${top + 2}:C${top + 5}`],
      categories: `A${top + 2}:A${top + 5}`,
      valueAxisFormat: '#,##0.0,, "mkr"',
    });
    expect(byName("Per budgetår och typ")?.seriesNames).toEqual([
      "Engångsbelopp/vite",
      "Nytt avtal",
      "Cost avoidance",
      "Annat",
    ]);
  });

  it("står till höger om tabellerna och täcker varken celler eller text", () => {
    const column = (address: string) => address.replace(/\d+/g, "").charCodeAt(0) - 65;
    const rowNumber = (address: string) => Number(address.replace(/\D+/g, "")) - 1;
    const points = plan.columnWidths;
    for (const chart of plan.charts) {
      const left = column(chart.position.startCell);
      const [top, bottom] = [chart.position.startCell, chart.position.endCell].map(rowNumber);
      for (const cell of plan.cells.filter((c) => c.row >= (top ?? 0) && c.row <= (bottom ?? 0))) {
        expect(cell.column).toBeLessThan(left);
        if (cell.spills && cell.content.kind === "text") {
          // About 5.25 points a character in Calibri 11.
          const start = points.slice(0, cell.column).reduce((a, b) => a + b, 0);
          const end = start + cell.content.text.length * 5.25;
          expect(end).toBeLessThan(points.slice(0, left).reduce((a, b) => a + b, 0));
        }
      }
    }
  });

  it("hoppar över ett diagram utan data", () => {
    const summary = summarize([], { asOf: REFRESHED.date });
    const lists = { ...summaryLists(), departments: [] };
    const empty = buildSummaryPlan({
      summary,
      duplicates: [],
      followUps: [],
      lists,
      filter: ALL,
      refreshedAt: REFRESHED,
      counts: { effects: 0, rowsToFix: rowsToFixFigures([], {}) },
    });
    expect(empty.charts.map((c) => c.name)).toEqual(["Per typ"]);
  });
});

describe("planGrid", () => {
  it("skriver text med citattecken först, tal och formler som de är, stilar i rader", () => {
    const plan: SheetPlan = {
      sheetName: "Sammanställning",
      size: { rows: 1, columns: 4 },
      cells: [
        { row: 0, column: 0, content: { kind: "text", text: "=1+1" }, style: { bold: true } },
        { row: 0, column: 1, content: { kind: "number", value: 5 }, style: { bold: true } },
        {
          row: 0,
          column: 2,
          content: { kind: "formula", formula: "=B1*2", expected: 10 },
          numberFormat: '#,##0 "kr"',
        },
      ],
      columnWidths: [],
      charts: [],
      print: { orientation: "Landscape", fitToPagesWide: 1, fitToPagesTall: 0 },
    };
    expect(planGrid(plan)).toEqual({
      formulas: [["'=1+1", 5, "=B1*2", ""]],
      numberFormats: [["General", "General", '#,##0 "kr"', "General"]],
      styles: [{ row: 0, column: 0, columns: 2, style: { bold: true } }],
    });
  });
});

describe("formelbyggstenar", () => {
  it.each([
    ["Kalkylerad effekt (kr)", "Effektiviseringar[Kalkylerad effekt (kr)]"],
    ["Pris [kr] #1 'a'", "Effektiviseringar[Pris '[kr'] '#1 ''a'']"],
  ])("refererar kolumnen %j", (header, ref) => {
    expect(columnRef(() => header, "forecast")).toBe(ref);
  });

  it.each([
    ["IT", '"="&$A$5'],
    ["", '"="'],
    ["IT*", '"="&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE($A$5,"~","~~"),"*","~*"),"?","~?")'],
    ["a~b", '"="&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE($A$5,"~","~~"),"*","~*"),"?","~?")'],
  ])("jämför %j via cellen", (text, criterion) => {
    expect(equalsCell("$A$5", text)).toBe(criterion);
  });

  it("skriver uppdateringstiden som datum och klockslag", () => {
    expect(stampText(46082.5625)).toBe("2026-03-01 13:30");
    expect(stampText(46082.99999)).toBe("2026-03-01 23:59");
  });
});

describe("samma indata", () => {
  it("ger samma plan", () => {
    expect(planFor().plan).toEqual(planFor().plan);
  });

  it("fungerar utan effekter", () => {
    const summary: Summary = summarize([], { asOf: REFRESHED.date });
    const plan = buildSummaryPlan({
      summary,
      duplicates: [],
      followUps: [],
      lists: summaryLists(),
      filter: ALL,
      refreshedAt: REFRESHED,
      counts: { effects: 0, rowsToFix: rowsToFixFigures([], {}) },
    });
    expect(textAt(plan, rowOf(plan, "Budgetår", HEADER_ROWS.keyFigures) + 1, 0)).toBe(
      summaryText.noYears
    );
  });
});

function formulaAt(plan: SheetPlan, row: number, column: number): string | undefined {
  const content = at(plan, row, column)?.content;
  return content?.kind === "formula" ? content.formula : undefined;
}

function expectedAt(plan: SheetPlan, row: number, column: number): number | null | undefined {
  const content = at(plan, row, column)?.content;
  return content?.kind === "formula" ? content.expected : undefined;
}
