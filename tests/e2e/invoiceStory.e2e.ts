/**
 * Issue 15's story, as a controller lives it in the preview: the samples were registered last
 * year; now she imports the finance system's invoice export, checks its columns, accepts the
 * suggested realisation for two effects in Uppföljning, and refreshes the summary. The sheet's
 * per-year table must show, as computed numbers, what the domain computes from the workbook's
 * own rows and periods (read back from the downloaded .xlsx), and the periods must be in
 * Realiseringar with Källa Import and the file as Underlag.
 *
 * The browser's clock is set (Playwright's clock) so that the samples fall in 2025 and the
 * import happens in June 2026: two budget years, the same figures whenever the suite runs.
 */
import * as ExcelJS from "exceljs";
import { realisedByYear, type RealisedYear } from "../../src/domain/calculate/realised";
import { isoDate } from "../../src/domain/model/effect";
import { formatAmount } from "../../src/domain/model/format";
import { loadWorkbookFromXlsx } from "../../src/preview/fakeExcel/xlsx";
import { formatCellValue } from "../../src/preview/view/numberFormat";
import { arrayBufferOf } from "../support/xlsxContent";
import { adapterOn } from "../workbook/support/adapterOnFake";
import { plain } from "./support/eventually";
import { exportBytes, exportLines, EXPORT_HEADER, type ExportLine } from "./support/invoiceExport";
import { Pane } from "./support/pane";
import { checkScreen, cleanScreen } from "./support/screens";
import { openPreview, startSession, type Session } from "./support/session";
import { storySteps } from "./support/steps";
import { cellsRunningOver } from "./support/tableLayout";
import {
  downloadedBytes,
  registrationRows,
  sheetCells,
  workbookRegion,
} from "./support/workbookView";

const SAMPLE_YEAR = 2025;
/** When the controller imports: mid-June 2026, the export runs through May. */
const TODAY = "2026-06-15";
const EXPORT_MONTHS = 17;
const FILE_NAME = "leverantörsfakturor-2025-01-2026-05.csv";
const PRINTING = "Utskrift som tjänst – Nytt avtal";
const TRAVEL = "Turbundna resor – Engångsbelopp/vite";
/** Utskrift som tjänst's previous cost: 5 mkr a year. */
const PRINTING_PREVIOUS_MONTH = 5_000_000 / 12;
const SUMMARY = "Sammanställning";

const LINES = exportLines(SAMPLE_YEAR, EXPORT_MONTHS);
const isPrinting = (line: ExportLine) => line.supplier === "SKRIVARBOLAGET AB";
const isTravelCredit = (line: ExportLine) => line.supplier === "RESEBOLAGET AB" && line.amount < 0;

/** What the rule suggests for the new contract: previous cost − invoiced, per month. */
function printingSuggestions(): Map<string, number> {
  const invoiced = new Map<string, number>();
  for (const line of LINES.filter(isPrinting)) {
    const month = line.date.slice(0, 7);
    invoiced.set(month, (invoiced.get(month) ?? 0) + line.amount);
  }
  return new Map(
    [...invoiced].map(([month, amount]) => [
      month,
      Math.round((PRINTING_PREVIOUS_MONTH - amount) * 100) / 100,
    ])
  );
}

/** Kronor to the öre: Excel sums the periods in floating point, the domain in whole öre. */
const toOre = (kronor: number): number => Math.round(kronor * 100);

/**
 * A cell's number, whether a value or a formula's cached result. The file holds `<v>0</v>` for
 * a formula that computed 0, but ExcelJS reads that back as a formula without a result.
 */
function numberOf(cell: ExcelJS.Cell | undefined): number {
  const value = cell?.value;
  const isFormula = value !== null && typeof value === "object" && "formula" in value;
  const result = isFormula ? (("result" in value ? value.result : undefined) ?? 0) : value;
  if (typeof result !== "number") {
    throw new Error(`${cell?.address} is not a number: ${JSON.stringify(value)}`);
  }
  return result;
}

interface SheetYear {
  /** 1-based, as the sheet counts. */
  row: number;
  year: number;
  cells: ExcelJS.Cell[];
}

/** The summary's per-year rows (Budgetår | Kalkylerad | Förfallen | Realiserad | Läckage …). */
function yearRows(sheet: ExcelJS.Worksheet): SheetYear[] {
  const rows = Array.from({ length: sheet.rowCount }, (_, i) => sheet.getRow(i + 1));
  const header = rows.findIndex(
    (row) =>
      row.getCell(1).value === "Budgetår" && row.getCell(3).value === "Förfallen prognos (beräknad)"
  );
  if (header < 0) throw new Error("The summary has no per-year table with Förfallen prognos.");
  const years: SheetYear[] = [];
  for (const row of rows.slice(header + 1)) {
    const year = row.getCell(1).value;
    if (typeof year !== "number") break;
    years.push({ row: row.number, year, cells: [1, 2, 3, 4, 5, 6].map((c) => row.getCell(c)) });
  }
  return years;
}

describe("fakturaraderna följs upp till sammanställningen per budgetår", () => {
  let session: Session;
  let pane: Pane;
  const step = storySteps();
  let ids: { printing: string; travel: string };

  beforeAll(async () => {
    session = await startSession();
    // The samples are registered as the preview opens: in March of the sample year.
    await session.page.clock.install({ time: new Date(`${SAMPLE_YEAR}-03-03T09:00:00+01:00`) });
    await openPreview(session, { empty: false });
    pane = new Pane(session.person);
  });

  afterAll(async () => {
    await session?.close();
  });

  step("importerar exporten och visar kolumnerna som hittades", async () => {
    const { page } = session;
    // Fifteen months later the controller opens the workbook again.
    await page.clock.setSystemTime(new Date(`${TODAY}T10:00:00+02:00`));
    await session.person.click(pane.main.getByRole("button", { name: "Importera fakturarader" }));
    await pane.heading("Importera fakturarader").waitFor();
    const [chooser] = await Promise.all([
      page.waitForEvent("filechooser"),
      session.person.click(pane.button("Välj fil…")),
    ]);
    await chooser.setFiles({ name: FILE_NAME, mimeType: "text/csv", buffer: exportBytes(LINES) });
    // The header, the undated line and the lines: what the file holds, in Windows-1252.
    await pane.main
      .getByText(`${FILE_NAME}: ${LINES.length + 1} rader, Windows-1252.`, { exact: true })
      .waitFor();
    const columns = pane.main.getByRole("table", { name: "Kolumner" });
    const chosen = await Promise.all(
      EXPORT_HEADER.map((name) =>
        columns.getByRole("combobox", { name: `${name}: Kolumner` }).innerText()
      )
    );
    expect(await cellsRunningOver(columns)).toEqual([]);
    expect(chosen.map(plain)).toEqual([
      "Fakturadatum",
      "Leverantör",
      "Organisationsnummer",
      "Konto",
      "Belopp exkl. moms",
      "Diarie-/avtalsnummer",
    ]);
    expect(await checkScreen(page, "15-import-kolumner")).toEqual(
      cleanScreen("15-import-kolumner")
    );

    await session.person.click(pane.button("Läs raderna"));
    // The undated line is reported by its number (header line 1) and left out.
    await pane.main.getByText(`Rad ${LINES.length + 2}: datumet saknas.`).waitFor();
    await session.person.click(pane.button(`Importera ${LINES.length} rader`));
    await pane.answerNameDialog("Karin Controller");
    const matched = LINES.filter((line) => isPrinting(line) || isTravelCredit(line)).length;
    await pane.heading("Uppföljning").waitFor();
    await pane.main
      .getByText(`${LINES.length} rader importerade, ${matched} hör till effekter.`)
      .waitFor();
  });

  step("Uppföljning föreslår realisering för kontraktet och kreditnotan", async () => {
    const { page } = session;
    const cards = pane.main
      .getByRole("table")
      .filter({ has: page.getByRole("columnheader", { name: "Föreslagen realisering" }) });
    expect(
      await cards.evaluateAll((tables) => tables.map((t) => t.getAttribute("aria-label")))
    ).toEqual([PRINTING, TRAVEL]);
    const printing = pane.main.getByRole("table", { name: PRINTING });
    // One row per month with lines, and the first month's suggestion by the rule.
    const suggestions = printingSuggestions();
    expect(await printing.locator("tbody tr").count()).toBe(suggestions.size);
    // February: 270 000 + 8 500 kr invoiced against 5 mkr / 12 before. The forecast is 2 mkr
    // / 12, its öre handed out so that the year's months add up to exactly 2 mkr.
    const february = await printing.locator("tbody tr").nth(1).getByRole("cell").allInnerTexts();
    const [month, suggested, forecast, invoiced] = february.map(plain);
    expect(month).toBe(`${SAMPLE_YEAR}-02`);
    expect(forecast).toMatch(/^166 666,6[67] kr$/);
    expect([invoiced, suggested]).toEqual(
      [278_500, suggestions.get(`${SAMPLE_YEAR}-02`) ?? NaN].map((kr) => plain(formatAmount(kr)))
    );
    // Under the months, their sums: first the suggestion's, what Godkänn is about.
    const total = [...suggestions.values()].reduce((sum, kr) => sum + Math.round(kr * 100), 0);
    const totals = await printing.locator("tfoot tr").getByRole("cell").allInnerTexts();
    expect(plain(totals[0] ?? "")).toBe(plain(formatAmount(total / 100)));
    // Every amount readable on its own in the 320 px pane: the table scrolls instead.
    expect(await cellsRunningOver(printing)).toEqual([]);
    expect(await checkScreen(page, "16-uppfoljning")).toEqual(cleanScreen("16-uppfoljning"));
  });

  step("Godkänn sparar månaderna för två effekter och panelen bekräftar", async () => {
    const { page } = session;
    for (const [heading, confirmation] of [
      [PRINTING, `Godkänt: ${printingSuggestions().size} månader sparade som realisering.`],
      [TRAVEL, "Godkänt: 1 månad sparade som realisering."],
    ] as const) {
      const card = pane.main
        .locator(".fui-Card")
        .filter({ has: page.getByRole("table", { name: heading }) });
      await session.person.click(card.getByRole("button", { name: "Godkänn" }));
      await card.getByRole("status").filter({ hasText: confirmation }).waitFor();
    }
    expect(await checkScreen(page, "17-uppfoljning-godkand")).toEqual(
      cleanScreen("17-uppfoljning-godkand")
    );
  });

  step("Realiseringar har en rad per månad med Källa Import och filen som underlag", async () => {
    const cells = await sheetCells(session.page, "Realisering");
    const [header = [], ...rows] = cells;
    const records = rows
      .filter((row) => row[0] !== "")
      .map((row) => Object.fromEntries(header.map((name, col) => [name, row[col] ?? ""])));
    expect(records).toHaveLength(printingSuggestions().size + 1);
    for (const record of records) {
      expect(record["Källa"]).toBe("Import");
      expect(record["Underlag"]).toMatch(
        new RegExp(`^${FILE_NAME.replace(/[.-]/g, "\\$&")} \\(fil [0-9a-f]{12}\\)$`)
      );
      expect(record["Registrerad av"]).toBe("Karin Controller");
    }
    // The contract's months, then the corrected invoices' credit note: those two effects' rows.
    const effects = await registrationRows(session.page);
    const idOf = (caseName: string, reason: string) =>
      effects.find(
        (row) => row["Ärende"] === caseName && row["Anledning till effektivisering"] === reason
      )?.["ID"] ?? "";
    ids = {
      printing: idOf("Utskrift som tjänst", "Ramavtal/kontrakt"),
      travel: idOf("Turbundna resor", "Rättad faktura"),
    };
    expect(records.map((record) => record["Effekt-ID"])).toEqual([
      ...Array<string>(printingSuggestions().size).fill(ids.printing),
      ids.travel,
    ]);
    expect(await checkScreen(session.page, "18-realiseringar")).toEqual(
      cleanScreen("18-realiseringar")
    );
  });

  step("sammanställningen visar realiserat per budgetår som domänen räknar det", async () => {
    const { page } = session;
    await pane.backToStart();
    await pane.startAction("Välj urval för sammanställningen");
    await session.person.click(pane.button("Uppdatera sammanställning"));
    await pane.main.getByText(/^Sammanställningen är uppdaterad/).waitFor();
    const shown = await sheetCells(page, SUMMARY);
    // Computed numbers everywhere, never a formula's text or an error.
    expect(shown.flat().filter((text) => /^[=#]/.test(text))).toEqual([]);

    // The workbook's own rows and periods, read back from the file the preview downloads.
    const bytes = await downloadedBytes(page);
    const { port } = adapterOn(await loadWorkbookFromXlsx(bytes));
    const { effects } = await port.readEffects();
    const { periods } = await port.readRealisations();
    expect(new Set(periods.map((period) => period.effectId))).toEqual(
      new Set([ids.printing, ids.travel])
    );
    // Each accepted month is previous cost − invoiced, as the issue defines it.
    const printingPeriods = periods.filter((period) => period.effectId === ids.printing);
    expect(new Map(printingPeriods.map((period) => [period.month, period.amount]))).toEqual(
      printingSuggestions()
    );
    expect(periods.find((period) => period.effectId === ids.travel)).toMatchObject({
      month: `${SAMPLE_YEAR}-06`,
      amount: 1_250_000,
    });

    const expected = new Map(
      realisedByYear(effects, periods, isoDate(TODAY)).map((row) => [row.year, row])
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(arrayBufferOf(bytes), { ignoreNodes: ["dataValidations"] });
    const sheet = workbook.getWorksheet(SUMMARY);
    if (!sheet) throw new Error("The downloaded workbook has no sheet Sammanställning.");
    const years = yearRows(sheet);
    expect(years.map((row) => row.year).slice(0, 2)).toEqual([SAMPLE_YEAR, SAMPLE_YEAR + 1]);
    const nothing = (year: number): RealisedYear => ({
      year,
      forecastDue: 0 as RealisedYear["forecastDue"],
      realised: 0 as RealisedYear["realised"],
      leakage: 0 as RealisedYear["leakage"],
      realisationRate: null,
    });
    for (const { row, year, cells } of years) {
      const domain = expected.get(year) ?? nothing(year);
      const [, , due, realised, leakage] = cells;
      expect({
        year,
        due: toOre(numberOf(due)),
        realised: toOre(numberOf(realised)),
        leakage: toOre(numberOf(leakage)),
      }).toEqual({
        year,
        due: toOre(domain.forecastDue),
        realised: toOre(domain.realised),
        leakage: toOre(domain.leakage),
      });
      // …and the view shows those numbers in the cells' own formats.
      expect(shown[row - 1]?.slice(2, 5)).toEqual(
        [due, realised, leakage].map((cell) =>
          plain(formatCellValue(numberOf(cell), cell?.numFmt ?? "General"))
        )
      );
    }
    // Both years have realised amounts from the import: the story's point.
    expect(expected.get(SAMPLE_YEAR)?.realised).toBeGreaterThan(1_250_000);
    expect(expected.get(SAMPLE_YEAR + 1)?.realised).toBeGreaterThan(0);
    // The photograph shows the per-year table, far down the sheet.
    await workbookRegion(page)
      .getByText("Förfallen prognos (beräknad)", { exact: true })
      .scrollIntoViewIfNeeded();
    expect(await checkScreen(page, "19-sammanstallning-per-ar")).toEqual(
      cleanScreen("19-sammanstallning-per-ar")
    );
  });

  step("hämtar inget utanför sin egen origin och loggar inga fel", () => {
    expect(session.foreignRequests).toEqual([]);
    expect(session.watch.errors).toEqual([]);
  });
});
