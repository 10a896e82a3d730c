/**
 * The summary's remembered filter as it comes back from a shared file: saved by an older
 * version (no baselines, no reported-elsewhere choice) or holding junk. Only the domain's own
 * baselines may reach the sheet's formulas; anything but `true` keeps effects reported
 * elsewhere out.
 */
import { describe, expect, it } from "@jest/globals";
import { DEFAULT_SETTINGS, type SummaryFilter } from "../../../src/workbook/port";
import { cleanFilter } from "../../../src/workbook/settings";
import { adapterOn, templateModel } from "../support/adapterOnFake";

const SETTINGS_KEY = "Effektiviseringar.settings";
const NONE: SummaryFilter = DEFAULT_SETTINGS.summaryFilter;

describe("cleanFilter", () => {
  it.each<[string, unknown, SummaryFilter]>([
    ["ingenting", undefined, NONE],
    ["inget objekt", "2026", NONE],
    [
      "ett filter från en äldre version",
      { year: 2026, department: "Utbildningsförvaltningen" },
      { ...NONE, year: 2026, department: "Utbildningsförvaltningen" },
    ],
    [
      "okända baslinjer och dubbletter, i fel ordning",
      { excludedBaselines: ["", "Gissning", "Annan", "=1+1", "Annan", "Egen kalkyl eller budget"] },
      { ...NONE, excludedBaselines: ["Egen kalkyl eller budget", "Annan", ""] },
    ],
    ["baslinjer som inte är en lista", { excludedBaselines: "Egen kalkyl eller budget" }, NONE],
    ["baslinjer i fel skiftläge", { excludedBaselines: ["annan", " Annan"] }, NONE],
    ["sant som text", { includeReportedElsewhere: "true" }, NONE],
    ["sant som tal", { includeReportedElsewhere: 1 }, NONE],
    ["sant", { includeReportedElsewhere: true }, { ...NONE, includeReportedElsewhere: true }],
    ["år som inte är heltal och en tom förvaltning", { year: 2026.5, department: "  " }, NONE],
  ])("%s", (_name, saved, expected) => {
    expect(cleanFilter(saved)).toEqual(expected);
  });
});

describe("det sparade filtret i arbetsboken", () => {
  async function withSaved(value: unknown) {
    const model = await templateModel();
    model.settings.set(SETTINGS_KEY, value);
    return adapterOn(model).port;
  }

  it("läser ett filter som en äldre version sparade, med standardvärden för det nya", async () => {
    const port = await withSaved({ summaryFilter: { year: 2025, department: null } });
    expect((await port.readSettings()).summaryFilter).toEqual({ ...NONE, year: 2025 });
  });

  it("läser skräp från en delad fil som inget filter alls", async () => {
    const port = await withSaved({
      summaryFilter: {
        year: "2026",
        department: 7,
        excludedBaselines: [null, 3, "Marknadsjämförelse", "Okänd"],
        includeReportedElsewhere: "ja",
      },
    });
    expect((await port.readSettings()).summaryFilter).toEqual({
      ...NONE,
      excludedBaselines: ["Marknadsjämförelse"],
    });
  });

  it("sparar bara ett rensat filter", async () => {
    const port = await withSaved(null);
    const junk = { ...NONE, excludedBaselines: ["Okänd", "Annan"] };
    await port.saveSettings({ summaryFilter: junk });
    expect((await port.readSettings()).summaryFilter).toEqual({
      ...NONE,
      excludedBaselines: ["Annan"],
    });
  });
});
