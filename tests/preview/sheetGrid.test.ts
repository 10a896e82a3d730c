/**
 * The workbook view's reading of the simulated workbook: number formats as Swedish Excel shows
 * them, and a sheet as a grid (tables, computed formulas, charts with their data, limits).
 */
import { columnLetter } from "../../src/domain/model/cells";
import { TABLE_COLUMNS } from "../../src/domain/model/tableSchema";
import { formatCellValue } from "../../src/preview/view/numberFormat";
import { sheetGrid } from "../../src/preview/view/sheetGrid";
import { addSamples } from "../../src/preview/samples";
import { DEFAULT_SETTINGS } from "../../src/workbook/port";
import { adapterOn, blankTemplateModel } from "../workbook/support/adapterOnFake";

const NBSP = "\u00a0";
const MINUS = "\u2212";

describe("talformat", () => {
  it.each([
    [2_000_000, '#,##0 "kr"', `2${NBSP}000${NBSP}000 kr`],
    [-175_000, '#,##0 "kr"', `${MINUS}175${NBSP}000 kr`],
    [12_075_000, '#,##0.0,, "mkr"', "12,1 mkr"],
    [250_000, '#,##0, "tkr"', "250 tkr"],
    [0.455, "0%", "46%"],
    [1234.5, "#,##0.##", `1${NBSP}234,5`],
    [7, "#,##0.##", "7"],
    [2026, "0", "2026"],
    [46023, "yyyy-mm-dd", "2026-01-01"],
    [46350.4375, "yyyy-mm-dd hh:mm", "2026-11-24 10:30"],
    [0.1, "General", "0,1"],
    [1234567, "General", "1234567"],
    [8000, '#,##0 "tim"', `8${NBSP}000 tim`],
    [5, '#,##0 "kr";-#,##0 "kr"', "5 kr"],
    [-5, '#,##0 "kr";(#,##0 "kr")', "(5 kr)"],
  ] as const)("%s med %s visas som %s", (value, format, shown) => {
    expect(formatCellValue(value, format)).toBe(shown);
  });

  it("visar text och sanningsvärden som Excel", () => {
    expect(formatCellValue("=1+1 (text)", '#,##0 "kr"')).toBe("=1+1 (text)");
    expect(formatCellValue(true)).toBe("SANT");
  });
});

describe("bladet som rutnät", () => {
  async function previewWorkbook() {
    const onFake = adapterOn(await blankTemplateModel());
    await addSamples(onFake.port, 2026);
    const sheet = (name: string) => {
      const found = onFake.fake.workbook.sheets.find((s) => s.name === name);
      if (!found) throw new Error(`no sheet ${name}`);
      return found;
    };
    return { ...onFake, sheet };
  }

  it("visar tabellen med rubrikrad, kronor och beräknad prognos", async () => {
    const { fake, sheet } = await previewWorkbook();
    const grid = sheetGrid(fake.workbook, sheet("Registrering"));

    const lastColumn = columnLetter(TABLE_COLUMNS.length - 1);
    expect(grid.tables).toEqual([{ name: "Effektiviseringar", address: `A1:${lastColumn}7` }]);
    const header = grid.cells[0] ?? [];
    expect(
      header.every((cell, col) => col >= TABLE_COLUMNS.length || cell.table === "header")
    ).toBe(true);
    const column = (name: string) => header.findIndex((cell) => cell.text === name);
    const utskrift = grid.cells[2] ?? [];
    expect(utskrift[column("Ärende")]?.text).toBe("Utskrift som tjänst");
    expect(utskrift[column("Årligt belopp (kr)")]?.text).toBe(`2${NBSP}000${NBSP}000 kr`);
    expect(utskrift[column("Kalkylerad effekt (kr)")]).toMatchObject({
      text: `14${NBSP}000${NBSP}000 kr`,
      formula: "=N(O3)*N(P3)+N(R3)-N(S3)",
    });
  });

  it("visar högst det antal rader den får och säger hur många det finns", async () => {
    const { fake, sheet } = await previewWorkbook();
    const grid = sheetGrid(fake.workbook, sheet("Registrering"), { rows: 3, cols: 100 });
    expect(grid).toMatchObject({ rows: 7, shownRows: 3 });
    expect(grid.cells).toHaveLength(3);
  });

  it("visar sammanställningens siffror och diagrammen med deras data", async () => {
    const { fake, port, sheet } = await previewWorkbook();
    await port.refreshSummary({ ...DEFAULT_SETTINGS.summaryFilter, year: 2026 });
    const grid = sheetGrid(fake.workbook, sheet("Sammanställning"));

    const formulas = grid.cells.flat().filter((cell) => cell.formula !== undefined);
    expect(formulas.length).toBeGreaterThan(20);
    expect(formulas.filter((cell) => /^[=#]/.test(cell.text))).toEqual([]);
    expect(grid.charts.map((chart) => chart.type)).toEqual([
      "ColumnClustered",
      "BarClustered",
      "ColumnStacked",
    ]);
    // Where the add-in put the legend (below, so long names have the width), drawn there.
    expect(grid.charts.map((chart) => chart.legend)).toEqual(["Bottom", "Bottom", "Bottom"]);
    const [byType] = grid.charts;
    expect(byType?.series.map((series) => series.name)).toEqual(["Kalkylerad", "Realiserad"]);
    expect(byType?.categories.length).toBeGreaterThan(0);
    for (const series of byType?.series ?? []) {
      expect(series.values).toHaveLength(byType?.categories.length ?? 0);
    }
    expect(byType?.series[0]?.values.some((value) => (value ?? 0) > 0)).toBe(true);
  });
});
