/**
 * The ExcelJS bridge: save → load gives the same workbook, and the saved file is a normal
 * .xlsx that ExcelJS opens on its own (quotePrefix and validations included).
 */
import * as ExcelJS from "exceljs";
import JSZip from "jszip";
import { createFakeExcel, createWorkbook, type FakeWorkbook } from "../../../src/preview/fakeExcel";
import { formatAddress } from "../../../src/preview/fakeExcel/model/address";
import { keyCol, keyRow } from "../../../src/preview/fakeExcel/model/cells";
import { loadWorkbookFromXlsx, saveWorkbookToXlsx } from "../../../src/preview/fakeExcel/xlsx";

/** Everything the bridge keeps, as plain data. */
function snapshot(wb: FakeWorkbook) {
  const sheetName = (id: string) => wb.sheets.find((s) => s.id === id)?.name;
  return {
    active: sheetName(wb.activeSheetId),
    sheets: wb.sheets.map((s) => ({
      name: s.name,
      visibility: s.visibility,
      cells: [...s.cells]
        .map(([key, cell]) => [
          formatAddress(s.name, { row: keyRow(key), col: keyCol(key), rows: 1, cols: 1 }),
          JSON.parse(JSON.stringify(cell)) as unknown,
        ])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
      widths: [...s.columnWidths].sort(),
      freeze: s.freeze,
      pageLayout: s.pageLayout,
      validations: s.validations.map((v) => ({ rect: v.rect, rule: v.rule })),
    })),
    tables: wb.tables
      .filter((t) => !t.deleted)
      .map((t) => ({
        name: t.name,
        sheet: sheetName(t.sheetId),
        rect: t.rect,
        style: t.style,
        showTotals: t.showTotals,
      })),
    names: wb.names,
  };
}

async function aWorkbook(): Promise<FakeWorkbook> {
  const workbook = createWorkbook(["Kategori", "Registrering", "Dold"]);
  const { Excel } = createFakeExcel(workbook);
  await Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    const lists = sheets.getItem("Kategori");
    lists.getRange("A3:B5").values = [
      ["Kategori", "Förvaltning"],
      ["IT", "Skola"],
      ["Fordon", "Vård"],
    ];
    const reg = sheets.getItem("Registrering");
    reg.getRange("A1:E1").values = [["ID", "Ärende", "Registrerad", "Kategori", "Belopp"]];
    reg.tables.add("A1:E1", true).name = "Effektiviseringar";
    reg.getRange("A2:E3").values = [
      ["'00123", "'=inte en formel", "2026-03-01", "IT", 1500],
      ["'E-2", "Flyttjänster", "2026-04-15", "Fordon", 175000],
    ];
    reg.getRange("F2").formulas = [["=E2*2"]];
    reg.getRange("E2:E3").numberFormat = [['#,##0 "kr"'], ['#,##0 "kr"']];
    reg.getRange("A1:E1").format.font.bold = true;
    reg.getRange("A1").format.fill.color = "#DDEBF7";
    reg.getRange("B2").format.wrapText = true;
    reg.getRange("B:B").format.columnWidth = 150;
    reg.getRange("D2:D1048576").dataValidation.rule = {
      list: { inCellDropDown: true, source: lists.getRange("A4:A500") },
    };
    reg.getRange("G2:G1048576").dataValidation.rule = {
      list: { inCellDropDown: false, source: "Ja,Nej" },
    };
    reg.freezePanes.freezeRows(1);
    reg.pageLayout.orientation = "Landscape";
    reg.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    reg.activate();
    sheets.getItem("Dold").visibility = "Hidden";
    await context.sync();
  });
  workbook.names.push({ name: "Kategorier", formula: "Kategori!$A$4:$A$5" });
  return workbook;
}

it("saves and loads the same workbook", async () => {
  const original = await aWorkbook();
  const loaded = await loadWorkbookFromXlsx(await saveWorkbookToXlsx(original));
  expect(snapshot(loaded)).toEqual(snapshot(original));
  expect(snapshot(loaded).tables).toEqual([
    {
      name: "Effektiviseringar",
      sheet: "Registrering",
      rect: { row: 0, col: 0, rows: 3, cols: 5 },
      style: "TableStyleMedium2",
      showTotals: false,
    },
  ]);
});

it("loads a file that ExcelJS wrote itself (dates, rich text, per-cell validation)", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Blad");
  ws.getCell("A1").value = new Date(Date.UTC(2026, 2, 1));
  ws.getCell("A1").numFmt = "yyyy-mm-dd";
  ws.getCell("A2").value = { richText: [{ text: "fet" }, { text: " text" }] };
  ws.getCell("A3").value = { formula: "A1+1", result: new Date(Date.UTC(2026, 2, 2)) };
  ws.getCell("B1").dataValidation = { type: "list", allowBlank: true, formulae: ['"Ja,Nej"'] };
  const loaded = await loadWorkbookFromXlsx(new Uint8Array(await wb.xlsx.writeBuffer()));
  const sheet = loaded.sheets[0];
  expect([...(sheet?.cells.values() ?? [])].map((c) => [c.value, c.formula])).toEqual([
    [46082, undefined],
    ["fet text", undefined],
    [46083, "=A1+1"],
  ]);
  expect(sheet?.validations).toEqual([
    {
      rect: { row: 0, col: 1, rows: 1, cols: 1 },
      rule: { list: { inCellDropDown: true, source: "Ja,Nej" } },
      extras: {},
    },
  ]);
});

// ExcelJS expands the whole-column validations into a million cells when it loads: slow.
it("writes a file that ExcelJS reads on its own", async () => {
  const bytes = await saveWorkbookToXlsx(await aWorkbook());
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer as unknown as Parameters<typeof wb.xlsx.load>[0]);
  const reg = wb.getWorksheet("Registrering");
  expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
    ["Kategori", "visible"],
    ["Registrering", "visible"],
    ["Dold", "hidden"],
  ]);
  expect(reg?.getCell("A2").value).toBe("00123");
  expect(reg?.getCell("B2").value).toBe("=inte en formel");
  expect(reg?.getCell("F2").value).toEqual({ formula: "E2*2", result: 3000 });
  expect(reg?.getCell("E2").numFmt).toBe('#,##0 "kr"');
  expect(reg?.getTable("Effektiviseringar")).toBeDefined();
  expect(reg?.getCell("D9").dataValidation).toMatchObject({
    type: "list",
    formulae: ["Kategori!$A$4:$A$500"],
  });
  expect(reg?.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  expect(reg?.pageSetup).toMatchObject({
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
  });
}, 60_000);

it("marks quote-prefixed cells in the file, as Excel does", async () => {
  const zip = await JSZip.loadAsync(await saveWorkbookToXlsx(await aWorkbook()));
  const styles = (await zip.file("xl/styles.xml")?.async("string")) ?? "";
  const sheet = (await zip.file("xl/worksheets/sheet2.xml")?.async("string")) ?? "";
  const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1]?.match(/<xf\b[^>]*>/g) ?? [];
  const cellTag = /<c r="A2"[^>]*>/.exec(sheet)?.[0] ?? "";
  const style = Number(/\ss="(\d+)"/.exec(cellTag)?.[1]);
  expect(xfs[style]).toMatch(/quotePrefix="1"/);
  const hidden = sheet.match(/<dataValidation [^>]*showDropDown="1"[^>]*>/g) ?? [];
  expect(hidden.map((tag) => /sqref="([^"]*)"/.exec(tag)?.[1])).toEqual(["G2:G1048576"]);
});

it("reads whole-column validations as one rule, not a million cells", async () => {
  const loaded = await loadWorkbookFromXlsx(await saveWorkbookToXlsx(await aWorkbook()));
  const reg = loaded.sheets.find((s) => s.name === "Registrering");
  expect(reg?.validations).toHaveLength(2);
});

it("does not save charts (ExcelJS cannot write them)", async () => {
  const workbook = createWorkbook(["Sammanställning"]);
  const { Excel } = createFakeExcel(workbook);
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sammanställning");
    sheet.getRange("A1:B2").values = [
      ["Kategori", "Belopp"],
      ["IT", 1],
    ];
    sheet.charts.add("ColumnClustered", sheet.getRange("A1:B2"), "Auto");
    await context.sync();
  });
  const loaded = await loadWorkbookFromXlsx(await saveWorkbookToXlsx(workbook));
  expect(loaded.sheets[0]?.charts).toEqual([]);
});
