/**
 * Rows typed by hand that the add-in can read but the summary's formulas would count otherwise
 * are rows to fix, so that no figure depends on which of the two read it; and what such rows
 * add to the sheet's formulas, as both the sheet and the pane state it.
 */
import { describe, expect, it } from "@jest/globals";
import { rowsToFixFigures, sheetForecastOre } from "../../../src/domain/calculate/rowsToFix";
import type { CellValue } from "../../../src/domain/model/cells";
import { isoDateToExcelSerial } from "../../../src/domain/model/dates";
import type { EffectDraft } from "../../../src/domain/model/draft";
import { isoDate, type Effect } from "../../../src/domain/model/effect";
import { effectRowCells } from "../../../src/domain/model/rows";
import { TABLE_COLUMNS } from "../../../src/domain/model/tableSchema";
import { readRow } from "../../../src/domain/validate/readRow";
import { anEffect, checksummed, excelReadsBack, someLists } from "../../fixtures/effects";

const headers: readonly string[] = TABLE_COLUMNS.map((column) => column.header);
const rowOf = (effect: Effect): CellValue[] => effectRowCells(effect, headers).map(excelReadsBack);

function withCell(row: readonly CellValue[], header: string, value: CellValue): CellValue[] {
  const index = headers.indexOf(header);
  if (index < 0) throw new Error(`No column ${header}`);
  return row.map((cell, i) => (i === index ? value : cell));
}

const written = rowOf(checksummed(anEffect()));
const issuesOf = (row: readonly CellValue[]) => {
  const reading = readRow(row, headers, someLists(), new Set());
  return "invalid" in reading ? reading.invalid.issues : [];
};

describe("en rad som tillägget kan läsa men formlerna räknar annorlunda", () => {
  it("läser raden som tillägget skrev den utan anmärkning", () => {
    expect(issuesOf(written)).toEqual([]);
  });

  it.each([
    ["Ja med gemener", "Budgetpåverkande", "ja"],
    ["NEJ med versaler", "Budgetpåverkande", "NEJ"],
    ["typ med annan skiftläge", "Typ av effektivisering", "nytt avtal"],
  ] as const)("godtar %s: SUMIFS skiljer inte på stora och små bokstäver", (_n, header, value) => {
    expect(issuesOf(withCell(written, header, value))).toEqual([]);
  });

  it.each([
    ["yes i Budgetpåverkande", "Budgetpåverkande", "yes", "budgetAffecting", "notYesOrNo"],
    ["1 i Budgetpåverkande", "Budgetpåverkande", 1, "budgetAffecting", "notYesOrNo"],
    ["sant i Budgetpåverkande", "Budgetpåverkande", "sant", "budgetAffecting", "notYesOrNo"],
    ["tom Budgetpåverkande", "Budgetpåverkande", "", "budgetAffecting", "notYesOrNo"],
    ["belopp som text", "Årligt belopp (kr)", "2 000 000 kr", "annualAmount", "textInNumberCell"],
    ["avtalstid som text", "Avtalstid (år)", "7 år", "contractYears", "textInNumberCell"],
    ["startdatum som text", "Startdatum", "2026-01-01", "startDate", "textInNumberCell"],
    ["typ med extra mellanslag", "Typ av effektivisering", "Nytt  avtal ", "type", "notAsListed"],
    [
      "förvaltning med mellanslag",
      "Förvaltning",
      " Utbildningsförvaltningen",
      "department",
      "notAsListed",
    ],
    ["baslinje med mellanslag", "Baslinje", "Tidigare avtalspris ", "baseline", "notAsListed"],
    [
      "bara mellanslag i Rapporteras även av",
      "Rapporteras även av",
      "  ",
      "alsoReportedBy",
      "blankButNotEmpty",
    ],
    [
      "tomt Årligt belopp som tillägget räknar fram ur kostnaderna",
      "Årligt belopp (kr)",
      "",
      "row",
      "forecastDiffers",
    ],
  ] as const)("gör raden att rätta vid %s", (_name, header, value, field, code) => {
    const issues = issuesOf(withCell(written, header, value));
    expect(issues).toContainEqual(expect.objectContaining({ field, code }));
    const issue = issues.find((i) => i.code === code);
    expect(issue?.message).toMatch(/sammanställning|Kalkylerad effekt/);
  });

  it("säger vad formeln räknar och vad tillägget räknar när de skiljer", () => {
    const issues = issuesOf(withCell(written, "Årligt belopp (kr)", ""));
    const message = issues.find((i) => i.code === "forecastDiffers")?.message;
    expect(message).toContain(
      "räknar 0\u00a0kr för raden men tillägget 14\u00a0000\u00a0000\u00a0kr"
    );
  });
});

describe("vad raderna att rätta lägger till i bladets formler", () => {
  const handTyped = (draft: EffectDraft) => ({ draft });
  const rows = [
    handTyped({ id: "E-1", type: "Nytt avtall", annualAmount: 1_000_000, contractYears: 2 }),
    handTyped({
      department: "BoU",
      oneOffAmount: 50_000,
      implementationCost: 10_000,
      realised: 30_000,
    }),
    handTyped({ id: "E-3", annualAmount: "1 000 000", contractYears: 3, realised: "5 000" }),
    handTyped({
      id: "E-4",
      oneOffAmount: 70_000,
      alsoReportedBy: "Regionen",
      baseline: "Egen kalkyl eller budget",
    }),
    handTyped({
      id: "E-5",
      oneOffAmount: 1,
      realised: 9,
      realisedDate: isoDateToExcelSerial(isoDate("2025-06-30")),
    }),
  ];

  it("räknar Kalkylerad effekt som tabellens formel: N() gör text till 0", () => {
    expect(rows.map((row) => sheetForecastOre(row.draft) / 100)).toEqual([
      2_000_000, 40_000, 0, 70_000, 1,
    ]);
    expect(sheetForecastOre({ annualAmount: true, contractYears: 3 })).toBe(300);
  });

  it.each([
    [
      "utan filter (det som rapporteras av annan ingår inte)",
      {},
      { inSheet: 4, withId: 3, forecast: 2_040_001, realised: 30_009 },
    ],
    [
      "med det som rapporteras av annan",
      { includeReportedElsewhere: true },
      { inSheet: 5, withId: 4, forecast: 2_110_001, realised: 30_009 },
    ],
    [
      "en förvaltning, skiftläget spelar ingen roll",
      { department: "bou" },
      { inSheet: 1, withId: 0, forecast: 40_000, realised: 30_000 },
    ],
    [
      "utan egen kalkyl",
      { excludedBaselines: ["Egen kalkyl eller budget"], includeReportedElsewhere: true },
      { inSheet: 4, withId: 3, forecast: 2_040_001, realised: 30_009 },
    ],
    [
      "utan rader utan baslinje",
      { excludedBaselines: [""], includeReportedElsewhere: true },
      { inSheet: 1, withId: 1, forecast: 70_000, realised: 0 },
    ],
    [
      "budgetår 2025: bara realiserat med datum inom året",
      { year: 2025 },
      { inSheet: 1, withId: 0, forecast: 0, realised: 9 },
    ],
  ] as const)("%s", (_name, filter, expected) => {
    expect(rowsToFixFigures(rows, filter)).toEqual({ count: 5, ...expected });
  });
});
