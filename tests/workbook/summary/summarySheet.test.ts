/**
 * Refreshing the summary on the simulated Excel, through the real adapter: the sheet gets the
 * plan, the charts read the tables, a second refresh gives the same sheet, nothing outside
 * `Sammanställning` changes, and the cost stays within a few syncs and under 5 MB a request.
 */
import { rowsToFixFigures } from "../../../src/domain/calculate/rowsToFix";
import { findDuplicates } from "../../../src/domain/calculate/duplicates";
import { summarize } from "../../../src/domain/calculate/aggregate";
import type { FakeWorkbook, SheetModel } from "../../../src/preview/fakeExcel";
import { WorkbookError } from "../../../src/workbook/errors";
import { DEFAULT_SETTINGS, type SummaryFilter } from "../../../src/workbook/port";
import { CHART_NAMES } from "../../../src/workbook/summary/charts";
import {
  HEADER_ROWS,
  buildSummaryPlan,
  followUpsOf,
  summarizeFilter,
} from "../../../src/workbook/summary/layout";
import { planGrid } from "../../../src/workbook/summary/plan";
import { newSheetPageLayout } from "../../../src/preview/fakeExcel/model/workbook";
import { benchEffects } from "../../../bench/benchEffects";
import { fillTable } from "../../../bench/bigTable";
import { BOU, summaryLists } from "../../fixtures/summaryEffects";
import {
  addLists,
  allSummaryInputs,
  appendInChunks,
  filledSummaryWorkbook,
  openTemplate,
  REFRESH_STAMP,
  type SummaryWorkbook,
} from "../../support/summaryWorkbook";

jest.setTimeout(60_000);

const SUMMARY = "Sammanställning";
const FIVE_MB = 5 * 1024 * 1024;
const ALL: SummaryFilter = DEFAULT_SETTINGS.summaryFilter;

const sheetOf = (model: FakeWorkbook, name: string): SheetModel => {
  const sheet = model.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`No sheet ${name}`);
  return sheet;
};

/** A sheet as comparable data (chart ids are the workbook's counters, so they are left out). */
function sheetContent(sheet: SheetModel) {
  return {
    name: sheet.name,
    visibility: sheet.visibility,
    // What the add-in wrote: a formula's result follows the table, it is Excel's to change.
    cells: [...sheet.cells.entries()]
      .sort(([a], [b]) => a - b)
      .map(([key, cell]) => [key, cell.formula ? { ...cell, value: undefined } : cell]),
    columnWidths: [...sheet.columnWidths.entries()].sort(([a], [b]) => a - b),
    freeze: sheet.freeze,
    pageLayout: sheet.pageLayout,
    validations: sheet.validations,
    charts: sheet.charts.map(({ id: _id, ...chart }) => chart),
  };
}

/** Everything in the workbook except the summary sheet (and the runtime's tracked ranges). */
function outsideSummary(model: FakeWorkbook) {
  return JSON.parse(
    JSON.stringify({
      sheets: model.sheets.filter((s) => s.name !== SUMMARY).map(sheetContent),
      order: model.sheets.map((s) => s.name),
      tables: model.tables,
      names: model.names,
      settings: [...model.settings.entries()],
    })
  ) as unknown;
}

const cellText = (sheet: SheetModel, row: number, column: number) =>
  sheet.cells.get(row * 16_384 + column)?.value;

describe("uppdatera sammanställningen i den simulerade Excel", () => {
  let workbook: SummaryWorkbook;

  beforeAll(async () => {
    workbook = await filledSummaryWorkbook();
  });

  it("skriver planen: värden, formler, format och stilar", async () => {
    const result = await workbook.port.refreshSummary(ALL);
    expect(result).toEqual({
      filter: ALL,
      // The default filter leaves out the three effects also reported by others.
      effects: allSummaryInputs().length - 3,
      rowsToFix: rowsToFixFigures([], {}),
      refreshedAt: "2026-03-01 13:30",
    });

    const reading = await workbook.port.readEffects();
    const lists = summaryLists();
    const { periods } = await workbook.port.readRealisations();
    const summary = summarize(reading.effects, {
      asOf: REFRESH_STAMP.date,
      periods,
      filter: summarizeFilter(ALL),
      order: {
        type: lists.types,
        department: lists.departments,
        category: lists.categories,
        reason: lists.reasons,
      },
    });
    const plan = buildSummaryPlan({
      summary,
      duplicates: findDuplicates(reading.effects),
      followUps: followUpsOf(reading.effects, periods, ALL, REFRESH_STAMP.date),
      lists,
      filter: ALL,
      refreshedAt: REFRESH_STAMP,
      counts: { effects: reading.effects.length, rowsToFix: rowsToFixFigures([], {}) },
    });
    const grid = planGrid(plan);
    const written = await workbook.fake.Excel.run(async (context) => {
      const range = context.workbook.worksheets
        .getItem(SUMMARY)
        .getRangeByIndexes(0, 0, plan.size.rows, plan.size.columns)
        .load("formulas, numberFormat");
      await context.sync();
      return { formulas: range.formulas, numberFormat: range.numberFormat };
    });
    // Text goes in with its quote prefix and reads back without it.
    const unquoted = grid.formulas.map((row) =>
      row.map((cell) => (typeof cell === "string" ? cell.replace(/^'/, "") : cell))
    );
    expect(written.formulas).toEqual(unquoted);
    expect(written.numberFormat).toEqual(grid.numberFormats);

    const sheet = sheetOf(workbook.model, SUMMARY);
    expect(cellText(sheet, 0, 0)).toMatch(/^Bladet skapas av tillägget Effektiviseringar/);
    const header = sheet.cells.get(HEADER_ROWS.keyFigures * 16_384);
    expect(header).toMatchObject({ bold: true, fill: "#DDEBF7", quotePrefix: true });
    expect(sheet.pageLayout).toEqual({
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    });
    expect(sheet.columnWidths.get(0)).toBe(plan.columnWidths[0]);
    expect(workbook.model.activeSheetId).toBe(sheet.id);
  });

  it("skapar diagrammen över tabellerna: typ, serier och källor", async () => {
    await workbook.port.refreshSummary(ALL);
    const charts = sheetOf(workbook.model, SUMMARY).charts;
    expect(charts.map((c) => [c.name, c.type, c.title])).toEqual([
      [CHART_NAMES.byType, "ColumnClustered", "Kalkylerad och realiserad effekt per typ"],
      [
        CHART_NAMES.byDepartment,
        "BarClustered",
        "Kalkylerad och realiserad effekt per förvaltning",
      ],
      [CHART_NAMES.byYear, "ColumnStacked", "Kalkylerad effekt per budgetår och typ"],
    ]);
    const [byType, byDepartment, byYear] = charts;
    const sheet = sheetOf(workbook.model, SUMMARY);
    const typeHeader = [...sheet.cells.entries()].find(
      ([key, cell]) => key % 16_384 === 0 && cell.value === "Typ av effektivisering"
    );
    const top = Math.floor((typeHeader?.[0] ?? 0) / 16_384) + 1;
    expect(byType?.series).toEqual([
      {
        name: "Kalkylerad",
        nameSource: `'${SUMMARY}'!B${top}`,
        valuesSource: `'${SUMMARY}'!B${top + 1}:B${top + 4}`,
        categoriesSource: `'${SUMMARY}'!A${top + 1}:A${top + 4}`,
      },
      {
        name: "Realiserad",
        nameSource: `'${SUMMARY}'!C${top}`,
        valuesSource: `'${SUMMARY}'!C${top + 1}:C${top + 4}`,
        categoriesSource: `'${SUMMARY}'!A${top + 1}:A${top + 4}`,
      },
    ]);
    expect(byType?.valueAxis.numberFormat).toBe('#,##0.0,, "mkr"');
    expect(byType?.legendPosition).toBe("Bottom");
    expect(byDepartment?.series.map((s) => s.name)).toEqual(["Kalkylerad", "Realiserad"]);
    expect(byDepartment?.series[0]?.categoriesSource).toMatch(/!A\d+:A\d+$/);
    expect(byYear?.series.map((s) => s.name)).toEqual(summaryLists().types);
    // 2024–2032 (Utskrift som tjänst runs 7 years from 2026), as text for the category axis.
    expect(byYear?.series[0]?.valuesSource).toMatch(/!B(\d+):B(\d+)$/);
    const [, first, last] = /!B(\d+):B(\d+)$/.exec(byYear?.series[0]?.valuesSource ?? "") ?? [];
    expect(cellText(sheet, Number(first) - 1, 0)).toBe("2024");
    expect(Number(last) - Number(first) + 1).toBe(9);
    expect(byType?.position).toEqual({ startCell: `H${top}`, endCell: `O${top + 17}` });
  });

  it("ger samma blad när den uppdateras två gånger, och behåller bladet", async () => {
    await workbook.port.refreshSummary(ALL);
    const sheet = sheetOf(workbook.model, SUMMARY);
    const first = JSON.stringify(sheetContent(sheet));
    await workbook.port.refreshSummary(ALL);
    const again = sheetOf(workbook.model, SUMMARY);
    expect(again.id).toBe(sheet.id); // cleared, not deleted: references to it stay valid
    expect(JSON.stringify(sheetContent(again))).toBe(first);
  });

  it("rör inget utanför Sammanställning", async () => {
    await workbook.port.refreshSummary(ALL);
    const before = outsideSummary(workbook.model);
    await workbook.port.refreshSummary();
    await workbook.port.refreshSummary(ALL);
    expect(outsideSummary(workbook.model)).toEqual(before);
  });

  it("tar bort det som fanns på bladet förut, även egna diagram", async () => {
    await workbook.fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(SUMMARY);
      sheet.getRange("Z200").values = [["en anteckning"]];
      sheet.getRange("Z201").format.fill.color = "#FF0000";
      sheet.charts.add("Pie", sheet.getRange("A1:B3"), "Auto");
      await context.sync();
    });
    await workbook.port.refreshSummary(ALL);
    const sheet = sheetOf(workbook.model, SUMMARY);
    expect(sheet.cells.has(199 * 16_384 + 25)).toBe(false);
    expect(sheet.cells.has(200 * 16_384 + 25)).toBe(false);
    expect(sheet.charts.map((c) => c.type)).toEqual([
      "ColumnClustered",
      "BarClustered",
      "ColumnStacked",
    ]);
  });

  it("kommer ihåg filtret i arbetsboken och använder det utan filter (menyfliksknappen)", async () => {
    const filter = {
      year: 2026,
      department: BOU,
      excludedBaselines: ["Egen kalkyl eller budget", ""],
      includeReportedElsewhere: true,
    };
    await workbook.port.refreshSummary(filter);
    expect((await workbook.port.readSettings()).summaryFilter).toEqual(filter);
    const result = await workbook.port.refreshSummary();
    expect(result.filter).toEqual(filter);
    const sheet = sheetOf(workbook.model, SUMMARY);
    expect(cellText(sheet, HEADER_ROWS.department, 1)).toBe(BOU);
    expect(cellText(sheet, HEADER_ROWS.period, 3)).toBe("Budgetår 2026");
    expect(cellText(sheet, HEADER_ROWS.basis, 1)).toMatch(
      /Baslinjer som inte räknas: Egen kalkyl eller budget, Ej angiven\. Effekter som även rapporteras av annan ingår\.$/
    );
    await workbook.port.refreshSummary(ALL);
    expect((await workbook.port.readSettings()).summaryFilter).toEqual(ALL);
  });

  it("använder ett rensat filter när det sparade kommer från en annan version eller är skräp", async () => {
    workbook.model.settings.set("Effektiviseringar.settings", {
      summaryFilter: {
        year: 2026,
        excludedBaselines: ["Gissning", ""],
        includeReportedElsewhere: 1,
      },
    });
    const result = await workbook.port.refreshSummary();
    expect(result.filter).toEqual({ ...ALL, year: 2026, excludedBaselines: [""] });
    const sheet = sheetOf(workbook.model, SUMMARY);
    expect(cellText(sheet, HEADER_ROWS.basis, 1)).toMatch(
      /Baslinjer som inte räknas: Ej angiven\. Effekter som även rapporteras av annan ingår inte\.$/
    );
    await workbook.port.refreshSummary(ALL);
  });

  it("listar möjliga dubbelregistreringar med radernas ID:n", async () => {
    await workbook.port.refreshSummary(ALL);
    const ids = (await workbook.port.readEffects()).effects
      .filter((effect) => effect.caseName === "Städtjänster")
      .map((effect) => effect.id);
    expect(ids).toHaveLength(2);
    const sheet = sheetOf(workbook.model, SUMMARY);
    const rowOf = (text: string) => {
      const found = [...sheet.cells.entries()].find(
        ([key, cell]) => key % 16_384 === 0 && cell.value === text
      );
      return Math.floor((found?.[0] ?? NaN) / 16_384);
    };
    const row = rowOf("Städtjänster");
    expect(row).toBeGreaterThan(rowOf("Möjliga dubbelregistreringar"));
    expect(cellText(sheet, row, 1)).toBe("Nytt avtal");
    expect(cellText(sheet, row, 2)).toBe(360_000);
    expect(cellText(sheet, row, 3)).toBe(ids.join(", "));
  });

  it("kostar två synkar, läsningen och skrivningen med utskriftsinställningen, och en skärmuppdateringspaus för ett litet underlag", async () => {
    workbook.fake.stats.reset();
    await workbook.port.refreshSummary(ALL);
    expect(workbook.fake.stats.syncs).toBe(2);
    expect(workbook.fake.stats.screenUpdatingSuspensions).toBe(1);
    expect(sheetOf(workbook.model, SUMMARY).pageLayout.orientation).toBe("Landscape");
  });

  // Some Excel versions refuse print values the reference does not document (quirks.ts).
  it("skriver hela bladet utan utskriftsinställningen när Excel vägrar den, på två synkar till", async () => {
    await workbook.port.refreshSummary(ALL);
    // Everything but the print setup, where Excel keeps its own.
    const withoutPrint = (sheet: SheetModel) =>
      JSON.stringify({ ...sheetContent(sheet), pageLayout: undefined });
    const written = withoutPrint(sheetOf(workbook.model, SUMMARY));
    const again = await openTemplate();
    Object.assign(again.fake.quirks, { pageSetup: "rejectUndocumented" });
    await addLists(again.port, summaryLists());
    await appendInChunks(again.port, allSummaryInputs());
    again.fake.stats.reset();
    await again.port.refreshSummary(ALL);
    expect(again.fake.stats.syncs).toBe(4);
    const sheet = sheetOf(again.model, SUMMARY);
    expect(withoutPrint(sheet)).toBe(written);
    expect(sheet.pageLayout.zoom).toEqual(newSheetPageLayout().zoom);
  });

  it("lämnar bladet som det var när läsningen misslyckas", async () => {
    await workbook.port.refreshSummary(ALL);
    const before = JSON.stringify(sheetContent(sheetOf(workbook.model, SUMMARY)));
    workbook.fake.faults.failSync(1, { code: "GeneralException" });
    await expect(workbook.port.refreshSummary({ ...ALL, year: 2026 })).rejects.toThrow(
      WorkbookError
    );
    expect(JSON.stringify(sheetContent(sheetOf(workbook.model, SUMMARY)))).toBe(before);
  });
});

describe("ett underlag med rader som behöver rättas", () => {
  it("säger på bladet hur många rader som behöver rättas", async () => {
    const workbook = await filledSummaryWorkbook();
    await workbook.fake.Excel.run(async (context) => {
      const table = context.workbook.tables.getItem("Effektiviseringar");
      const below = table.getRange().getLastRow().getOffsetRange(1, 0);
      // A row typed by hand without an amount or dates: it cannot be read as an effect.
      below.getCell(0, 1).values = [["Handskriven rad"]];
      await context.sync();
    });
    const result = await workbook.port.refreshSummary(ALL);
    expect(result.rowsToFix.count).toBe(1);
    const sheet = sheetOf(workbook.model, SUMMARY);
    expect(cellText(sheet, HEADER_ROWS.toFix, 1)).toMatch(/^1 rad i tabellen behöver rättas/);
  });

  it("skapar bladet när det saknas, och vägrar när tabellen saknar kolumner", async () => {
    const workbook = await filledSummaryWorkbook();
    expect(workbook.model.sheets.some((s) => s.name === SUMMARY)).toBe(false);
    await workbook.port.refreshSummary(ALL);
    expect(workbook.model.sheets.map((s) => s.name)).toContain(SUMMARY);

    const before = JSON.stringify(sheetContent(sheetOf(workbook.model, SUMMARY)));
    await workbook.fake.Excel.run(async (context) => {
      const table = context.workbook.tables.getItem("Effektiviseringar");
      table.getHeaderRowRange().getCell(0, 19).values = [["Prognos"]];
      await context.sync();
    });
    await expect(workbook.port.refreshSummary(ALL)).rejects.toMatchObject({
      kind: "missingColumns",
    });
    expect(JSON.stringify(sheetContent(sheetOf(workbook.model, SUMMARY)))).toBe(before);
  });
});

describe("kostnad vid 16 000 effekter", () => {
  // ~300 bytes a row: 12 000 rows with the table's geometry, the rest in a second chunk.
  it("tre synkar, två läsningar och skrivningen, och varje förfrågan och svar under 5 MB", async () => {
    const workbook = await openTemplate();
    await addLists(workbook.port, summaryLists());
    fillTable(workbook.model, benchEffects(16_000));
    workbook.fake.stats.reset();
    const result = await workbook.port.refreshSummary(ALL);
    expect(result.effects).toBe(16_000);
    const { syncs, maxRequestBytes, maxResponseBytes } = workbook.fake.stats;
    expect(syncs).toBe(3);
    expect(maxRequestBytes).toBeLessThan(FIVE_MB);
    expect(maxResponseBytes).toBeLessThan(FIVE_MB);
  });
});
