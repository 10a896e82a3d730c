/** Range addresses, derived ranges, used range, insert/delete/clear (Excel.Range reference). */
import { aFake, officeError, readRange as read, writeRange as write } from "./fixtures";

describe("addresses and derived ranges", () => {
  it.each([
    ["Registrering", "A1", "Registrering!A1"],
    ["Registrering", "d:d", "Registrering!D:D"],
    ["Registrering", "D2:D1048576", "Registrering!D2:D1048576"],
    ["Registrering", "2:3", "Registrering!2:3"],
    ["Två ord", "$B$2:$C$3", "'Två ord'!B2:C3"],
    ["Sammanställning", "A1", "'Sammanställning'!A1"],
    ["Kim's", "A1", "'Kim''s'!A1"],
  ])("on %s, %s has the address %s", async (sheet, address, expected) => {
    const fake = aFake([sheet]);
    const loaded = await fake.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem(sheet).getRange(address);
      range.load("address");
      await context.sync();
      return range.address;
    });
    expect(loaded).toBe(expected);
  });

  it("derives cells, rows, columns and offsets like Excel", async () => {
    const fake = aFake();
    const addresses = await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Registrering");
      const base = sheet.getRange("B2:D5");
      const derived = [
        base.getCell(1, 1),
        base.getOffsetRange(1, 0),
        base.getResizedRange(1, -1),
        base.getRow(0),
        base.getColumn(2),
        base.getLastRow(),
        base.getEntireColumn(),
        base.getRowsBelow(2),
        sheet.getRangeByIndexes(0, 0, 2, 3),
        sheet.getCell(9, 0),
      ];
      derived.forEach((r) => r.load("address"));
      await context.sync();
      return derived.map((r) => r.address.replace("Registrering!", ""));
    });
    expect(addresses).toEqual([
      "C3",
      "B3:D6",
      "B2:C6",
      "B2:D2",
      "D2:D5",
      "B5:D5",
      "B:D",
      "B6:D7",
      "A1:C2",
      "A10",
    ]);
  });

  it("fails a range that leaves the sheet", async () => {
    const fake = aFake();
    const error = await officeError(
      fake.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Registrering").getRange("A1").getOffsetRange(-1, 0);
        await context.sync();
      })
    );
    expect(error.code).toBe("InvalidArgument");
  });

  it("gives the used range, or the top-left cell of a blank sheet", async () => {
    const fake = aFake();
    const used = async () =>
      fake.Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Registrering");
        const all = sheet.getUsedRange();
        const orNull = sheet.getUsedRangeOrNullObject(true);
        all.load("address");
        await context.sync();
        return [all.address, orNull.isNullObject];
      });
    expect(await used()).toEqual(["Registrering!A1", true]);
    await write(fake, "C3:D4", [
      [1, ""],
      ["", "x"],
    ]);
    expect(await used()).toEqual(["Registrering!C3:D4", false]);
  });
});

describe("insert, delete, clear", () => {
  it("shifts cells down on insert and up on delete", async () => {
    const fake = aFake();
    await write(fake, "A1:A3", [["a"], ["b"], ["c"]]);
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Registrering").getRange("A2").insert("Down");
      await context.sync();
    });
    expect((await read(fake, "A1:A4")).values).toEqual([["a"], [""], ["b"], ["c"]]);
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Registrering").getRange("A1:A2").delete("Up");
      await context.sync();
    });
    expect((await read(fake, "A1:A4")).values).toEqual([["b"], ["c"], [""], [""]]);
  });

  it("moves a range object with its cells when rows are inserted above it", async () => {
    // Range objects are tracked ("unlike ranges ..., which will adjust", TableRowCollection).
    const fake = aFake();
    await write(fake, "A3", [["mine"]]);
    const address = await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Registrering");
      const mine = sheet.getRange("A3");
      await context.sync();
      sheet.getRange("1:1").insert("Down");
      mine.load("address, values");
      await context.sync();
      return [mine.address, mine.values];
    });
    expect(address).toEqual(["Registrering!A4", [["mine"]]]);
  });

  it("clears contents but keeps formats, or everything", async () => {
    const fake = aFake();
    await write(fake, "A1:B1", [[1, 2]]);
    await write(fake, "A1:B1", "0.00", "numberFormat");
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Registrering");
      sheet.getRange("A1").clear("Contents");
      sheet.getRange("B1").clear();
      await context.sync();
    });
    const range = await read(fake, "A1:B1");
    expect(range.values).toEqual([["", ""]]);
    expect(range.numberFormat).toEqual([["0.00", "General"]]);
  });
});
