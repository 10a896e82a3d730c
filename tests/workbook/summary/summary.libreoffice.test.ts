/**
 * The summary's formulas computed by a real spreadsheet engine: the template in the simulated
 * Excel, a varied set of effects appended through the adapter, the summary refreshed, the
 * workbook saved to .xlsx and recalculated by LibreOffice headless. Every formula on the sheet
 * must give the domain core's figure (summarize) to the krona, the realised per budget year
 * from periods over two years, single realised amounts without periods and effects of other
 * departments among them (addSummaryPeriods). The effects are all valid: the formulas over the
 * table also count effect rows that need fixing, summarize does not. The period table also has
 * rows typed by hand that the pane does not count (typePeriodRowsByHand): the formulas must not
 * count them either.
 */
import { rowsToFixFigures } from "../../../src/domain/calculate/rowsToFix";
import { findDuplicates } from "../../../src/domain/calculate/duplicates";
import { summarize } from "../../../src/domain/calculate/aggregate";
import { saveWorkbookToXlsx } from "../../../src/preview/fakeExcel/xlsx";
import { BASELINES } from "../../../src/domain/model/effect";
import {
  DEFAULT_SETTINGS,
  type SummaryFilter,
  type WorkbookPort,
} from "../../../src/workbook/port";
import {
  buildSummaryPlan,
  followUpsOf,
  summarizeFilter,
} from "../../../src/workbook/summary/layout";
import type { SheetPlan } from "../../../src/workbook/summary/plan";
import { BOU, summaryLists, TEKNIK } from "../../fixtures/summaryEffects";
import { libreOfficeVersion, sheetsAsCsv } from "../../support/libreoffice";
import {
  addSummaryPeriods,
  allSummaryInputs,
  filledSummaryWorkbook,
  REFRESH_STAMP,
  type SummaryWorkbook,
  typePeriodRowsByHand,
} from "../../support/summaryWorkbook";

// LibreOffice starts cold in a fresh profile for every conversion (a second or two each).
jest.setTimeout(120_000);

const lists = summaryLists();
let workbook: SummaryWorkbook;

beforeAll(async () => {
  await libreOfficeVersion(); // fails first, and clearly, when soffice is missing
  workbook = await filledSummaryWorkbook();
  await addSummaryPeriods(workbook.port);
  await typePeriodRowsByHand(workbook);
  const { periods, invalidRows } = await workbook.port.readRealisations();
  // The trailing space's and the wildcard's rows read as periods of no registered effect.
  expect(periods).toHaveLength(8);
  expect(invalidRows.map((row) => row.issues.map((issue) => issue.field))).toEqual([
    ["source"],
    ["month"],
    ["effectId"],
    ["source"],
  ]);
});

/** The plan the sheet should hold: the domain's summary of what the adapter reads back. */
async function expectedPlan(port: WorkbookPort, filter: SummaryFilter): Promise<SheetPlan> {
  const reading = await port.readEffects();
  expect(reading.invalidRows).toEqual([]);
  expect(reading.effects).toHaveLength(allSummaryInputs().length);
  const { periods, invalidRows } = await port.readRealisations();
  const summary = summarize(reading.effects, {
    asOf: REFRESH_STAMP.date,
    periods,
    rowsToFixEffectIds: invalidRows.map((row) => row.effectIdCell),
    filter: summarizeFilter(filter),
    order: {
      type: lists.types,
      department: lists.departments,
      category: lists.categories,
      reason: lists.reasons,
    },
  });
  return buildSummaryPlan({
    summary,
    duplicates: findDuplicates(reading.effects),
    followUps: followUpsOf(reading.effects, periods, filter, REFRESH_STAMP.date),
    lists,
    filter,
    refreshedAt: REFRESH_STAMP,
    counts: { effects: reading.effects.length, rowsToFix: rowsToFixFigures([], {}) },
  });
}

/** The CSV export has raw values, except that a percent-formatted cell keeps its "%". */
function numberOf(text: string | undefined): number {
  if (text === undefined || text === "") return NaN;
  return text.endsWith("%") ? Number(text.slice(0, -1)) / 100 : Number(text);
}

function matches(text: string | undefined, expected: number | null): boolean {
  if (expected === null) return text === "–";
  const got = numberOf(text);
  // Kronor to the krona; ratios (the realisation rate) to a millionth.
  return Math.abs(expected) < 10 && !Number.isInteger(expected)
    ? Math.abs(got - expected) < 1e-6
    : Math.abs(got - expected) < 0.5;
}

const ALL: SummaryFilter = DEFAULT_SETTINGS.summaryFilter;

/**
 * Each case with the number of effects its figures count, worked out by hand from the
 * fixtures (21 effects: 3 also reported elsewhere, 2 without a baseline, one of them reported
 * elsewhere too, one estimate), so that a criterion that matched nothing would show.
 */
describe.each<[string, SummaryFilter, number]>([
  ["med standardfiltret", ALL, 18],
  ["budgetår 2026 och en förvaltning", { ...ALL, year: 2026, department: BOU }, 2],
  ["budgetår 2025", { ...ALL, year: 2025 }, 6],
  ["en förvaltning med citattecken och &", { ...ALL, department: TEKNIK }, 6],
  [
    "utan egen kalkyl och utan rader utan baslinje",
    { ...ALL, excludedBaselines: ["Egen kalkyl eller budget", ""] },
    16,
  ],
  [
    "utan rader utan baslinje, med det som rapporteras av annan",
    { ...ALL, excludedBaselines: [""], includeReportedElsewhere: true },
    19,
  ],
  ["med det som rapporteras av annan", { ...ALL, includeReportedElsewhere: true }, 21],
  [
    "med marknadsjämförelse och rader utan baslinje, budgetår 2026",
    {
      ...ALL,
      year: 2026,
      excludedBaselines: BASELINES.filter((baseline) => baseline !== "Marknadsjämförelse"),
      includeReportedElsewhere: true,
    },
    4,
  ],
])("Sammanställningen %s, räknad av LibreOffice", (_name, filter, counted) => {
  let plan: SheetPlan;
  let sheet: string[][];

  beforeAll(async () => {
    await workbook.port.refreshSummary(filter);
    plan = await expectedPlan(workbook.port, filter);
    const csv = await sheetsAsCsv(await saveWorkbookToXlsx(workbook.model));
    sheet = csv.get("Sammanställning") ?? [];
  });

  /** The plan's area of the sheet as the simulated Excel reads it back. */
  const summaryCells = (property: "formulas" | "values") =>
    workbook.fake.Excel.run(async (context) => {
      const range = context.workbook.worksheets
        .getItem("Sammanställning")
        .getRangeByIndexes(0, 0, plan.size.rows, plan.size.columns)
        .load(property);
      await context.sync();
      return range[property];
    });

  it("har de formler som planen säger", async () => {
    const written = await summaryCells("formulas");
    const formulas = plan.cells.flatMap((cell) =>
      cell.content.kind === "formula" ? [[cell.row, cell.column, cell.content.formula]] : []
    );
    expect(formulas.length).toBeGreaterThan(60);
    expect(formulas.map(([row, column]) => written[row as number]?.[column as number])).toEqual(
      formulas.map(([, , formula]) => formula)
    );
  });

  it("ger domänens värde i varje formel, på kronan", () => {
    const wrong = plan.cells.flatMap((cell) => {
      if (cell.content.kind !== "formula") return [];
      const got = sheet[cell.row]?.[cell.column];
      if (matches(got, cell.content.expected)) return [];
      return [`${cell.content.formula}: ${got} ≠ ${cell.content.expected}`];
    });
    expect(wrong).toEqual([]);
  });

  it("räknar i den simulerade Excel som LibreOffice, på kronan", async () => {
    const values = await summaryCells("values");
    const differing = plan.cells.flatMap((cell) => {
      if (cell.content.kind !== "formula") return [];
      const ours = values[cell.row]?.[cell.column];
      const theirs = sheet[cell.row]?.[cell.column] ?? "";
      const same = typeof ours === "number" ? matches(theirs, ours) : ours === theirs;
      return same ? [] : [`${cell.content.formula}: ${String(ours)} ≠ ${theirs}`];
    });
    expect(differing).toEqual([]);
  });

  it("räknar de effekter som filtret säger, rader utan baslinje med", () => {
    const row = plan.cells.find(
      (cell) =>
        cell.column === 0 &&
        cell.content.kind === "text" &&
        cell.content.text === "Antal registrerade effekter"
    )?.row;
    const cell = plan.cells.find((c) => c.row === row && c.column === 1);
    // With a year the count is the add-in's value; without, LibreOffice's COUNTIFS.
    const value =
      cell?.content.kind === "formula"
        ? numberOf(sheet[cell.row]?.[cell.column])
        : cell?.content.kind === "number" && cell.content.value;
    expect(value).toBe(counted);
  });
});
