/** Charts keep type, series and source addresses for tests (ExcelJS cannot save charts). */
import { aFake } from "./fixtures";

async function withSummary(fake: ReturnType<typeof aFake>) {
  await fake.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sammanställning");
    sheet.getRange("A1:C4").values = [
      ["Kategori", "Kalkylerad", "Realiserad"],
      ["IT", 100, 80],
      ["Fordon", 200, 150],
      ["Resor", 50, 50],
    ];
    await context.sync();
  });
}

it("derives series from the source: names from the first row, categories from the first column", async () => {
  const fake = aFake(["Sammanställning"]);
  await withSummary(fake);
  await fake.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sammanställning");
    const chart = sheet.charts.add("ColumnClustered", sheet.getRange("A1:C4"), "Auto");
    chart.title.text = "Effekter per kategori";
    chart.axes.valueAxis.numberFormat = '#,##0 "kr"';
    chart.legend.position = "Bottom";
    chart.setPosition("E2", "L20");
    await context.sync();
  });
  const [chart] = fake.workbook.sheets[0]?.charts ?? [];
  expect(chart).toMatchObject({
    name: "Chart 1",
    type: "ColumnClustered",
    seriesBy: "Columns",
    sourceAddress: "'Sammanställning'!A1:C4",
    title: "Effekter per kategori",
    valueAxis: { numberFormat: '#,##0 "kr"' },
    legendPosition: "Bottom",
    position: { startCell: "E2", endCell: "L20" },
  });
  expect(chart?.series).toEqual([
    {
      name: "Kalkylerad",
      nameSource: "'Sammanställning'!B1",
      valuesSource: "'Sammanställning'!B2:B4",
      categoriesSource: "'Sammanställning'!A2:A4",
    },
    {
      name: "Realiserad",
      nameSource: "'Sammanställning'!C1",
      valuesSource: "'Sammanställning'!C2:C4",
      categoriesSource: "'Sammanställning'!A2:A4",
    },
  ]);
});

it("reads series through the API and builds series by hand", async () => {
  const fake = aFake(["Sammanställning"]);
  await withSummary(fake);
  const names = await fake.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sammanställning");
    const chart = sheet.charts.add("Line", sheet.getRange("B2:B4"), "Columns");
    chart.name = "Trend";
    const added = chart.series.add("Realiserad");
    added.setValues(sheet.getRange("C2:C4"));
    added.setXAxisValues(sheet.getRange("A2:A4"));
    const series = chart.series.load("items/name, count");
    await context.sync();
    return [series.items.map((s) => s.name), series.count];
  });
  expect(names).toEqual([["Series1", "Realiserad"], 2]);
  expect(fake.workbook.sheets[0]?.charts[0]?.series[1]).toEqual({
    name: "Realiserad",
    nameSource: "",
    valuesSource: "'Sammanställning'!C2:C4",
    categoriesSource: "'Sammanställning'!A2:A4",
  });
});

it("finds charts by name and deletes them", async () => {
  const fake = aFake(["Sammanställning"]);
  await withSummary(fake);
  await fake.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sammanställning");
    sheet.charts.add("Pie", sheet.getRange("A1:B4"), "Auto").name = "Andelar";
    await context.sync();
    const chart = sheet.charts.getItemOrNullObject("Andelar");
    await context.sync();
    if (!chart.isNullObject) chart.delete();
    await context.sync();
  });
  expect(fake.workbook.sheets[0]?.charts).toEqual([]);
});
