/**
 * A controller refreshes the summary after the talk's examples have been registered through
 * the pane: the preview shows the sheet Sammanställning, its key figures computed (numbers,
 * not formula text), its tables and its three charts drawn, and the figures are the talk's
 * sums; the downloaded .xlsx opens in LibreOffice with the three charts and the totals.
 */
import * as ExcelJS from "exceljs";
import { formatCellValue } from "../../src/preview/view/numberFormat";
import { FORMATS } from "../../src/workbook/summary/formats";
import { asOds, sheetsAsCsv } from "../support/libreoffice";
import { arrayBufferOf } from "../support/xlsxContent";
import { zipTextParts } from "../support/xlsxParts";
import { eventually, plain } from "./support/eventually";
import { Pane } from "./support/pane";
import { checkScreen, cleanScreen, type ScreenCheck } from "./support/screens";
import { openPreview, startSession, type Session } from "./support/session";
import { storySteps } from "./support/steps";
import { registerTalkExamples, TALK_FORECAST_TOTAL } from "./support/talk";
import {
  downloadedBytes,
  drawnCharts,
  registrationRows,
  sheetCells,
  sheetTab,
} from "./support/workbookView";

const SHEET = "Sammanställning";
/** The talk's forecast total as the summary shows an amount of millions: "24,1 mkr". */
const TALK_TOTAL_TEXT = formatCellValue(TALK_FORECAST_TOTAL, FORMATS.mkr);

/** Column B of the row whose column A reads `label` (the first such row from `from`). */
function valueOf(cells: string[][], label: string | RegExp, from = 0): string | undefined {
  const matches = (text: string) => (typeof label === "string" ? text === label : label.test(text));
  return cells.slice(from).find((row) => matches(row[0] ?? ""))?.[1];
}

/** The rows under the header row that starts with `header`, to its "Summa" row or a blank. */
function block(cells: string[][], header: readonly string[]): string[][] {
  const top = cells.findIndex((row) => header.every((name, col) => row[col] === name));
  if (top < 0) throw new Error(`No block with the header ${header.join(" | ")}`);
  const rows: string[][] = [];
  for (const row of cells.slice(top + 1)) {
    if (!row[0]) break;
    rows.push(row.slice(0, header.length));
    if (row[0] === "Summa") break;
  }
  return rows;
}

describe("sammanställningen efter föredragets exempel", () => {
  let session: Session;
  let pane: Pane;
  let year: number;
  const step = storySteps();
  let summaryScreen: ScreenCheck | undefined;
  let filteredNotice = "";

  /** Clicks the button and waits for the confirmation that ends with `done`. */
  const refresh = async (done: string) => {
    await session.person.click(pane.button("Uppdatera sammanställning"));
    await pane.main
      .getByText(/^Sammanställningen är uppdaterad/)
      .filter({ hasText: done })
      .waitFor();
  };

  beforeAll(async () => {
    session = await startSession();
    await openPreview(session);
    pane = new Pane(session.person);
    year = await session.page.evaluate(() => new Date().getFullYear());
  });

  afterAll(async () => {
    await session?.close();
  });

  step("registrerar föredragets exempel i panelen", async () => {
    const { ids } = await registerTalkExamples(pane, year);
    const rows = await registrationRows(session.page);
    expect(rows.map((row) => row["ID"])).toEqual(ids);
  });

  step("bygger bladet Sammanställning och visar det i arbetsboken", async () => {
    await pane.startAction("Välj urval för sammanställningen");
    await refresh(
      "med 5 effekter. Alla baslinjer räknas. Effekter som även rapporteras av annan ingår inte. Du hittar den på bladet Sammanställning."
    );
    // The add-in activates the sheet, and the view follows, as Excel does.
    await eventually(async () =>
      expect(await sheetTab(session.page, SHEET).getAttribute("aria-selected")).toBe("true")
    );
    summaryScreen = await checkScreen(session.page, "12-sammanstallning");
    expect(summaryScreen).toEqual(cleanScreen("12-sammanstallning"));
  });

  step("diagramlistan visar alla diagram och går att nå med tangentbordet", () => {
    const rule = "scrollable-region-focusable";
    expect(summaryScreen?.violations.filter((line) => line.startsWith(rule))).toEqual([]);
  });

  step("visar nyckeltalen, spårbara till tabellens kolumner", async () => {
    const cells = await sheetCells(session.page, SHEET);
    expect(valueOf(cells, "Underlag")).toBe(
      "5 registrerade effekter i tabellen Effektiviseringar på bladet Registrering. Alla baslinjer räknas. Effekter som även rapporteras av annan ingår inte."
    );
    const figures = cells.findIndex((row) => row[0] === "Nyckeltal");
    expect(cells[figures]?.slice(0, 3)).toEqual(["Nyckeltal", "Värde", "Så räknas det"]);
    // The simulated Excel computes every formula: numbers, not formula text, anywhere.
    expect(cells.flat().filter((text) => /^[=#]/.test(text))).toEqual([]);
    expect(valueOf(cells, "Kalkylerad effekt", figures)).toBe(TALK_TOTAL_TEXT);
    expect(valueOf(cells, "Realiserad effekt", figures)).toMatch(/^\d[\d ,]* (kr|mkr)$/);
    expect(valueOf(cells, "Antal registrerade effekter", figures)).toBe("5");
    for (const label of [
      "Effektläckage",
      /^Kalkylerad effekt som förfallit t\.o\.m\. \d{4}-\d{2}-\d{2}$/,
      "Realiseringsgrad",
      "Budgetpåverkande, kalkylerad",
      "Ej budgetpåverkande, kalkylerad",
      "Sparade timmar",
    ]) {
      expect(valueOf(cells, label, figures)).toBeTruthy();
    }
    // …and the column it sums, as the view computes it row by row: the talk's total.
    const rows = await registrationRows(session.page);
    const forecasts = rows.map((row) => kronor(row["Kalkylerad effekt (kr)"] ?? ""));
    expect(forecasts.reduce((sum, value) => sum + value, 0)).toBe(TALK_FORECAST_TOTAL);
  });

  step("visar tabellerna per typ och per budgetår med föredragets summor", async () => {
    const cells = await sheetCells(session.page, SHEET);
    const byType = block(cells, ["Typ av effektivisering", "Kalkylerad", "Realiserad"]);
    expect(byType.map((row) => row[0])).toEqual([
      "Engångsbelopp/vite",
      "Nytt avtal",
      "Cost avoidance",
      "Annat",
      "Ej i listan / att rätta",
      "Summa",
    ]);
    expect(byType.at(-1)?.[1]).toBe(TALK_TOTAL_TEXT);
    const byYear = block(cells, [
      "Budgetår",
      "Kalkylerad (beräknad)",
      "Förfallen prognos (beräknad)",
      "Realiserad",
    ]);
    // 2 mkr a year for 7 years from 1 January, and every one-off in the first year.
    // The rest is Kalkylerad effekt (a SUMIFS over the table) minus the years: nothing, since
    // every effect has a start date; Summa adds them up to it, the talk's 24,1 mkr.
    expect(byYear.map((row) => row.slice(0, 2))).toEqual([
      [String(year), "12,1 mkr"],
      ...Array.from({ length: 6 }, (_, i) => [String(year + i + 1), "2,0 mkr"]),
      ["Utan budgetår / att rätta", "0,0 mkr"],
      ["Summa", TALK_TOTAL_TEXT],
    ]);
    const byYearAndType = block(cells, [
      "Budgetår",
      "Engångsbelopp/vite",
      "Nytt avtal",
      "Cost avoidance",
      "Annat",
      "Summa",
    ]);
    expect(byYearAndType[0]).toEqual([
      String(year),
      "5,9 mkr",
      "2,0 mkr",
      "4,2 mkr",
      "0,0 mkr",
      "12,1 mkr",
    ]);
  });

  step("ritar de tre diagrammen med svensk titel, och deras siffror som tabell", async () => {
    const charts = await drawnCharts(session.page, SHEET);
    expect(charts.map((chart) => chart.caption.replace(/, i .*$/, ""))).toEqual([
      "Kalkylerad och realiserad effekt per typ – stapeldiagram",
      "Kalkylerad och realiserad effekt per förvaltning – liggande stapeldiagram",
      "Kalkylerad effekt per budgetår och typ – staplat stapeldiagram",
    ]);
    expect(charts.map((chart) => chart.series)).toEqual([
      ["Kalkylerad", "Realiserad"],
      ["Kalkylerad", "Realiserad"],
      ["Engångsbelopp/vite", "Nytt avtal", "Cost avoidance", "Annat"],
    ]);
    for (const chart of charts) {
      expect(chart.focusable).toBe(true);
      expect(chart.paintedPixels).toBeGreaterThan(5_000);
    }
    // The per-type chart shows the per-type table's rows.
    const cells = await sheetCells(session.page, SHEET);
    const byType = block(cells, ["Typ av effektivisering", "Kalkylerad", "Realiserad"]);
    expect(charts[0]?.rows.map((row) => row.slice(0, 2))).toEqual(
      // The chart draws the listed types; the rest (rows to fix) and Summa stay in the table.
      byType
        .filter((row) => row[0] !== "Summa" && row[0] !== "Ej i listan / att rätta")
        .map((row) => row.slice(0, 2))
    );
    const check = await checkScreen(session.page, "13-arbetsbok-sammanstallning");
    expect(check).toEqual(cleanScreen("13-arbetsbok-sammanstallning"));
  });

  step(
    "den nedladdade arbetsboken har beloppen, tre diagram och summorna utan omräkning",
    async () => {
      const bytes = await downloadedBytes(session.page);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(arrayBufferOf(bytes), { ignoreNodes: ["dataValidations"] });
      const sheet = workbook.getWorksheet(SHEET);
      if (!sheet) throw new Error("The downloaded workbook has no sheet Sammanställning.");
      const column = (col: number) =>
        Array.from({ length: sheet.rowCount }, (_, i) => sheet.getRow(i + 1).getCell(col));
      const labels = column(1).map((cell) => String(cell.value ?? ""));
      expect(column(2)[labels.indexOf("Kalkylerad effekt")]?.value).toEqual({
        formula:
          'SUMIFS(Effektiviseringar[Kalkylerad effekt (kr)],Effektiviseringar[Rapporteras även av],"=")',
        result: TALK_FORECAST_TOTAL,
      });
      // The phased forecast per budget year: values, to the krona, summing to the talk's total.
      const top = column(2).findIndex((cell) => cell.value === "Kalkylerad (beräknad)");
      const years = column(2).slice(top + 1, top + 8);
      expect(years.map((cell) => cell.value)).toEqual([
        12_075_000,
        ...Array<number>(6).fill(2_000_000),
      ]);

      // LibreOffice's default profile shows the cached results without recalculating…
      const shown = (await sheetsAsCsv(bytes, { trustCache: true })).get(SHEET) ?? [];
      const figures = shown.findIndex((row) => row[0] === "Nyckeltal");
      expect(Number(valueOf(shown, "Kalkylerad effekt", figures))).toBe(TALK_FORECAST_TOTAL);
      // …and finds the three charts (read back from its own format).
      const ods = zipTextParts(await asOds(bytes));
      expect((ods.get("content.xml") ?? "").match(/<draw:object\b/g)).toHaveLength(3);
    },
    // LibreOffice starts cold twice: minutes on a busy machine.
    400_000
  );

  step("filtrerar på budgetår och förvaltning", async () => {
    await session.person.choose(pane.combobox("Budgetår"), String(year));
    await session.person.choose(pane.combobox("Förvaltning"), "Socialförvaltningen");
    await refresh(`(budgetår ${year}, Socialförvaltningen)`);
    filteredNotice = plain(await pane.main.innerText());
    await eventually(async () => {
      const cells = await sheetCells(session.page, SHEET);
      const period = cells.find((row) => row[0] === "Period");
      expect(period?.slice(1, 4)).toEqual([`${year}-01-01`, `${year}-12-31`, `Budgetår ${year}`]);
      expect(valueOf(cells, "Förvaltning")).toBe("Socialförvaltningen");
      // With a year, the forecast is the add-in's computed value for it: Turbundna resor's
      // 5,5 + 4,2 + 0,2 mkr.
      expect(
        valueOf(
          cells,
          "Kalkylerad effekt",
          cells.findIndex((r) => r[0] === "Nyckeltal")
        )
      ).toBe("9,9 mkr");
    });
  });

  step("bekräftelsen räknar bara effekterna inom filtret, som bladet gör", () => {
    expect(filteredNotice).toContain(`med 3 effekter (budgetår ${year}, Socialförvaltningen).`);
  });

  step("hämtar inget utanför sin egen origin och loggar inga fel", () => {
    expect(session.foreignRequests).toEqual([]);
    expect(session.watch.errors).toEqual([]);
  });
});

/** "14 000 000 kr" → 14000000. */
function kronor(text: string): number {
  return Number(text.replace(/\s|kr/g, ""));
}
