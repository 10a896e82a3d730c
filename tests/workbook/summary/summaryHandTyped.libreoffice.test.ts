/**
 * Issue 16: a summary that never contradicts itself or the pane, with rows typed by hand.
 * Effects registered through the adapter, then rows typed straight into the table of every
 * kind the issue names (unknown type, unknown Förvaltning, blank Kategori, "yes" and 1 as
 * Budgetpåverkande, no ID, an amount as text) and one the add-in reads as valid ("ja",
 * "nytt avtal" in lower case). The summary is refreshed, the file recalculated by LibreOffice,
 * and the sheet read as LibreOffice computed it: every table's Summa must be its key figure,
 * and the sheet must differ from the pane's figures exactly by what both report.
 */
import { summarize } from "../../../src/domain/calculate/aggregate";
import { rowsToFixFigures, type RowsToFixFigures } from "../../../src/domain/calculate/rowsToFix";
import type { CellValue } from "../../../src/domain/model/cells";
import { isoDateToExcelSerial } from "../../../src/domain/model/dates";
import { isoDate } from "../../../src/domain/model/effect";
import { formatKronor } from "../../../src/domain/model/format";
import { forecastFormula } from "../../../src/domain/model/rows";
import { headerOf, type ColumnKey } from "../../../src/domain/model/tableSchema";
import { saveWorkbookToXlsx } from "../../../src/preview/fakeExcel/xlsx";
import { DEFAULT_SETTINGS, type SummaryFilter } from "../../../src/workbook/port";
import { summarizeFilter } from "../../../src/workbook/summary/layout";
import { summaryText } from "../../../src/workbook/summary/messages.sv";
import { BOU, KS, UTB } from "../../fixtures/summaryEffects";
import {
  allSummaryInputs,
  filledSummaryWorkbook,
  REFRESH_STAMP,
} from "../../support/summaryWorkbook";
import type { SummaryWorkbook } from "../../support/summaryWorkbook";
import { libreOfficeVersion, sheetsAsCsv } from "../../support/libreoffice";

// One cold LibreOffice conversion per filter.
jest.setTimeout(120_000);

const day = (iso: string) => isoDateToExcelSerial(isoDate(iso));

/** A complete row as a colleague might type it; each case below changes what it names. */
const typed: Partial<Record<ColumnKey, CellValue>> = {
  caseName: "Handskrivet ärende",
  registered: day("2026-02-01"),
  category: "IT",
  department: KS,
  type: "Engångsbelopp/vite",
  reason: "Vite",
  status: "Kalkylerad",
  basis: "Engång",
  startDate: day("2026-02-01"),
  budgetAffecting: "Ja",
};

/** [what is wrong, the cells, the issue code the pane reports for it (null: valid)]. */
const HAND_TYPED: [string, Partial<Record<ColumnKey, CellValue>>, string | null][] = [
  [
    "typen felstavad",
    {
      id: "H-1",
      type: "Nytt avtall",
      reason: "Ramavtal/kontrakt",
      basis: "Årlig",
      annualAmount: 1_000_000,
      contractYears: 2,
    },
    "unknownValue",
  ],
  [
    "okänd förvaltning",
    { id: "H-2", department: "Fritidsförvaltningen", oneOffAmount: 50_000 },
    "unknownValue",
  ],
  ["tom kategori", { id: "H-3", category: "", oneOffAmount: 30_000, department: UTB }, "required"],
  [
    "yes som budgetpåverkande",
    { id: "H-4", budgetAffecting: "yes", oneOffAmount: 70_000 },
    "notYesOrNo",
  ],
  [
    "1 som budgetpåverkande",
    { id: "H-5", budgetAffecting: 1, oneOffAmount: 20_000, department: BOU },
    "notYesOrNo",
  ],
  [
    "utan ID",
    {
      oneOffAmount: 40_000,
      status: "Realiserad",
      realised: 10_000,
      realisedDate: day("2026-02-15"),
    },
    "missingId",
  ],
  [
    "beloppet som text",
    {
      id: "H-7",
      basis: "Årlig",
      type: "Nytt avtal",
      reason: "Ramavtal/kontrakt",
      annualAmount: "500 000 kr",
      contractYears: 2,
    },
    "textInNumberCell",
  ],
  [
    "ja och nytt avtal med gemener",
    {
      id: "H-8",
      type: "nytt avtal",
      reason: "ramavtal/kontrakt",
      basis: "Årlig",
      annualAmount: 300_000,
      contractYears: 1,
      budgetAffecting: "ja",
    },
    null,
  ],
];

/**
 * Types each row into the row below the table, one write each (the write that expands a table,
 * docs "Coauthoring in Excel add-ins"). Excel fills the calculated column of a new row itself;
 * the simulated Excel does not (its README, Known gaps), so the row gets the table's own
 * formula here. A row "without ID" is typed with one that is then deleted, since a row whose
 * first cell is blank does not expand the table (office-js #2097).
 */
async function typeByHand(workbook: SummaryWorkbook): Promise<void> {
  for (const [, cells] of HAND_TYPED) await typeRow(workbook, cells);
}

/** One row, as a person ends it with Enter: its own write. */
function typeRow(workbook: SummaryWorkbook, cells: Partial<Record<ColumnKey, CellValue>>) {
  return workbook.fake.Excel.run(async (context) => {
    const table = context.workbook.tables.getItem("Effektiviseringar");
    const header = table.getHeaderRowRange().load("values, columnIndex");
    const range = table.getRange().load("rowIndex, rowCount");
    await context.sync();
    const headers = (header.values[0] ?? []).map(String);
    const rowNumber = range.rowIndex + range.rowCount + 1;
    const place = { headers, firstColumn: header.columnIndex, rowNumber };
    const row = headers.map((text) => {
      const key = keyOf(text);
      if (key === "forecast") return forecastFormula(place);
      if (key === "id") return cells.id ?? "H-utan";
      return key === undefined ? "" : (cells[key] ?? typed[key] ?? "");
    });
    const below = range.getLastRow().getOffsetRange(1, 0);
    below.formulas = [row];
    if (cells.id === undefined) below.getCell(0, headers.indexOf(headerOf("id"))).values = [[""]];
    await context.sync();
  });
}

const KEYS: ColumnKey[] = [
  "id",
  "caseName",
  "registered",
  "category",
  "department",
  "type",
  "reason",
  "status",
  "basis",
  "annualAmount",
  "contractYears",
  "startDate",
  "oneOffAmount",
  "forecast",
  "realised",
  "realisedDate",
  "budgetAffecting",
];
const keyOf = (header: string): ColumnKey | undefined =>
  KEYS.find((key) => headerOf(key) === header);

let workbook: SummaryWorkbook;

beforeAll(async () => {
  await libreOfficeVersion();
  workbook = await filledSummaryWorkbook();
  await typeByHand(workbook);
});

it("läser de handskrivna raderna som tillägget ska: sju att rätta, var och en med sitt skäl", async () => {
  const { effects, invalidRows } = await workbook.port.readEffects();
  expect(effects).toHaveLength(allSummaryInputs().length + 1);
  const expected = HAND_TYPED.filter(([, , code]) => code !== null);
  expect(invalidRows).toHaveLength(expected.length);
  expected.forEach(([, , code], i) =>
    expect(invalidRows[i]?.issues.map((issue) => issue.code)).toContain(code)
  );
});

const ALL: SummaryFilter = DEFAULT_SETTINGS.summaryFilter;

/** Per filter, what the tables' "Ej i listan / att rätta" must hold, worked out by hand. */
describe.each<
  [string, SummaryFilter, { type: number; department: number; category: number } | null]
>([
  // Nytt avtall 2 000 000; Fritidsförvaltningen 50 000; blank Kategori 30 000.
  ["med standardfiltret", ALL, { type: 2_000_000, department: 50_000, category: 30_000 }],
  [
    "med det som rapporteras av annan",
    { ...ALL, includeReportedElsewhere: true },
    { type: 2_000_000, department: 50_000, category: 30_000 },
  ],
  // Only the row with 1 as Budgetpåverkande is in BOU among those typed by hand.
  ["en förvaltning", { ...ALL, department: BOU }, { type: 0, department: 0, category: 0 }],
  // With a year the forecast is the add-in's values: nothing of the rows to fix.
  ["budgetår 2026", { ...ALL, year: 2026 }, null],
])("Sammanställningen %s, räknad av LibreOffice", (_name, filter, rest) => {
  let sheet: string[][];
  let toFix: RowsToFixFigures;
  let reported: RowsToFixFigures;

  beforeAll(async () => {
    reported = (await workbook.port.refreshSummary(filter)).rowsToFix;
    const reading = await workbook.port.readEffects();
    toFix = rowsToFixFigures(reading.invalidRows, summarizeFilter(filter));
    const csv = await sheetsAsCsv(await saveWorkbookToXlsx(workbook.model));
    sheet = csv.get("Sammanställning") ?? [];
  });

  /** The first row at or after `from` whose column A is `label`. */
  const rowOf = (label: string, from = 0): number => {
    const row = sheet.findIndex((cells, i) => i >= from && cells[0] === label);
    if (row < 0) throw new Error(`"${label}" is not on the sheet`);
    return row;
  };
  /** A figure to the öre: key figure minus a SUM leaves float noise in the last digits. */
  const numberAt = (row: number, column: number) =>
    Math.round(Number(sheet[row]?.[column]) * 100) / 100;
  const keyFigure = (label: string) => numberAt(rowOf(label), 1);
  const text = summaryText;

  it.each([
    text.groupHeading.type,
    text.groupHeading.department,
    text.groupHeading.category,
    text.groupHeading.reason,
  ])("tabellen %s summerar till nyckeltalen, kolumn för kolumn", (heading) => {
    const top = rowOf(heading, rowOf(text.keyFigures));
    const total = rowOf(text.total, top);
    const keys = [text.forecast, text.realised, text.leakage, text.count].map(keyFigure);
    expect([1, 2, 3, 4].map((column) => numberAt(total, column))).toEqual(keys);
    // The group of its own is visible, and the listed rows plus it make the Summa.
    const restRow = rowOf(text.notListed, top);
    expect(restRow).toBe(total - 1);
    const column = (c: number) =>
      sheet.slice(top + 1, total).reduce((sum, cells) => sum + Number(cells[c]), 0);
    expect([1, 2, 3, 4].map((c) => Math.round(column(c)))).toEqual(keys.map(Math.round));
  });

  it("tabellen per budgetår summerar till nyckeltalen", () => {
    const top = rowOf(text.yearHeading, rowOf(text.keyFigures));
    const total = rowOf(text.total, top);
    expect(rowOf(text.noYear, top)).toBe(total - 1);
    // Budgetår | Kalkylerad | Förfallen prognos | Realiserad | …
    expect([numberAt(total, 1), numberAt(total, 3)]).toEqual([
      keyFigure(text.forecast),
      keyFigure(text.realised),
    ]);
  });

  it("delar kalkylerad och realiserad effekt i Ja, Nej och varken eller utan att tappa något", () => {
    for (const [sides, total] of [
      [[text.budgetForecast, text.notBudgetForecast, text.budgetNeitherForecast], text.forecast],
      [[text.budgetRealised, text.notBudgetRealised, text.budgetNeitherRealised], text.realised],
    ] as const) {
      const sum = sides.reduce((s, label) => s + keyFigure(label), 0);
      expect(Math.round(sum * 100)).toBe(Math.round(keyFigure(total) * 100));
    }
  });

  it("räknar de handskrivna raderna utanför listorna i Ej i listan / att rätta", () => {
    const restOf = (heading: string) =>
      numberAt(rowOf(text.notListed, rowOf(heading, rowOf(text.keyFigures))), 1);
    if (rest === null) {
      expect(restOf(text.groupHeading.type)).toBe(0);
      return;
    }
    expect(restOf(text.groupHeading.type)).toBe(rest.type);
    expect(restOf(text.groupHeading.department)).toBe(rest.department);
    expect(restOf(text.groupHeading.category)).toBe(rest.category);
  });

  it("skiljer sig från tilläggets siffror med precis det som bladet och tillägget anger", async () => {
    const reading = await workbook.port.readEffects();
    const summary = summarize(reading.effects, {
      asOf: REFRESH_STAMP.date,
      filter: summarizeFilter(filter),
    });
    // The pane's refresh reports what the domain computes from the rows to fix.
    expect(reported).toEqual(toFix);
    const öre = (amount: number) => Math.round(amount * 100);
    expect(öre(keyFigure(text.forecast) - summary.totals.forecast)).toBe(öre(toFix.forecast));
    expect(öre(keyFigure(text.realised) - summary.totals.realised)).toBe(öre(toFix.realised));
    expect(keyFigure(text.count) - summary.totals.count).toBe(
      filter.year === null ? toFix.withId : 0
    );
    // And the sheet states it, in the same figures.
    const line = sheet[rowOf(text.toFix)]?.[1] ?? "";
    expect(line).toContain(`${toFix.count} rader i tabellen behöver rättas`);
    if (toFix.inSheet > 0) {
      expect(line).toContain(
        `${formatKronor(toFix.forecast)} kalkylerad och ${formatKronor(toFix.realised)} realiserad`
      );
    }
  });
});
