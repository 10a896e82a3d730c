/**
 * Autoexpansion. Source: learn.microsoft.com "Coauthoring in Excel add-ins" ("set values in the
 * range directly below the table. Excel automatically expands the table"; "Tables only
 * auto-expand when you set actual data"; "No data validation rules below the table").
 */
import { aFake, tableState, withTable, writeOn } from "./fixtures";

describe("autoexpansion: writing below the table", () => {
  it("takes the row directly below into the table", async () => {
    const fake = aFake();
    await withTable(fake, [["E-1", "Utskrift", 100]]);
    await writeOn(fake, "A3:C3", [["E-2", "Flytt", 175000]]);
    const state = await tableState(fake);
    expect(state.address).toBe("Registrering!A1:C3");
    expect(state.body).toEqual([
      ["E-1", "Utskrift", 100],
      ["E-2", "Flytt", 175000],
    ]);
  });

  it("also when the write covers only some of the columns", async () => {
    const fake = aFake();
    await withTable(fake, [["E-1", "Utskrift", 100]]);
    await writeOn(fake, "B3", [["bara ärende"]]);
    expect((await tableState(fake)).address).toBe("Registrering!A1:C3");
  });

  it("the recommended way: getDataBodyRange().getRowsBelow(1)", async () => {
    const fake = aFake();
    await withTable(fake, [["E-1", "Utskrift", 100]]);
    await fake.Excel.run(async (context) => {
      const table = context.workbook.tables.getItem("Effektiviseringar");
      table.getDataBodyRange().getRowsBelow(1).values = [["E-2", "Flytt", 1]];
      await context.sync();
    });
    expect((await tableState(fake)).rows).toBe(2);
  });

  it("not two rows below", async () => {
    const fake = aFake();
    await withTable(fake, [["E-1", "Utskrift", 100]]);
    await writeOn(fake, "A4:C4", [["E-2", "Flytt", 1]]);
    expect((await tableState(fake)).address).toBe("Registrering!A1:C2");
  });

  it("not with empty values ('Tables only auto-expand when you set actual data')", async () => {
    const fake = aFake();
    await withTable(fake, [["E-1", "Utskrift", 100]]);
    await writeOn(fake, "A3:C3", [["", "", ""]]);
    expect((await tableState(fake)).address).toBe("Registrering!A1:C2");
  });

  it("leaves a new table's blank row in place when writing below it", async () => {
    const fake = aFake();
    await withTable(fake);
    await writeOn(fake, "A3:C3", [["E-1", "Utskrift", 100]]);
    expect((await tableState(fake)).body).toEqual([
      ["", "", ""],
      ["E-1", "Utskrift", 100],
    ]);
  });

  it("is blocked by data validation on the cells below only", async () => {
    const fake = aFake();
    await withTable(fake, [["E-1", "Utskrift", 100]]);
    await fake.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Registrering").getRange("B3:B500");
      range.dataValidation.rule = { list: { inCellDropDown: true, source: "a,b" } };
      await context.sync();
    });
    await writeOn(fake, "A3:C3", [["E-2", "a", 1]]);
    expect((await tableState(fake)).address).toBe("Registrering!A1:C2");
  });

  it("is not blocked by validation on whole columns", async () => {
    const fake = aFake();
    await withTable(fake, [["E-1", "Utskrift", 100]]);
    await fake.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Registrering").getRange("B2:B1048576");
      range.dataValidation.rule = { list: { inCellDropDown: true, source: "a,b" } };
      await context.sync();
    });
    await writeOn(fake, "A3:C3", [["E-2", "a", 1]]);
    expect((await tableState(fake)).address).toBe("Registrering!A1:C3");
  });

  it("gives the new row the number formats of the row above", async () => {
    const fake = aFake();
    await withTable(fake, [["E-1", "Utskrift", 100]]);
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Registrering");
      sheet.getRange("C2").numberFormat = [['#,##0 "kr"']];
      sheet.getRange("A3:C3").values = [["E-2", "Flytt", 175000]];
      const added = sheet.getRange("C3").load("numberFormat, text");
      await context.sync();
      expect(added.numberFormat).toEqual([['#,##0 "kr"']]);
      expect(added.text).toEqual([["175,000 kr"]]);
    });
  });
});
