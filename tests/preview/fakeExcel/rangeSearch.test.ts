/**
 * formulasR1C1, find and getIntersection. Sources: the Excel.Range reference and
 * learn.microsoft.com "Find strings in an Excel worksheet using the JavaScript API" (find throws
 * ItemNotFound when nothing matches; on a single cell it searches the whole sheet).
 */
import { aFake, officeError, readRange, writeRange } from "./fixtures";

describe("formulasR1C1", () => {
  it("writes each formula relative to its own cell and reads it back", async () => {
    const fake = aFake();
    await writeRange(fake, "C2:C3", [["=RC[-2]*RC[-1]"], ["=N(R[-1]C)+R1C1"]], "formulasR1C1");
    expect((await readRange(fake, "C2:C3")).formulas).toEqual([["=A2*B2"], ["=N(C2)+$A$1"]]);
    const back = await fake.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Registrering").getRange("C2:C3");
      range.load("formulasR1C1");
      await context.sync();
      return range.formulasR1C1;
    });
    expect(back).toEqual([["=RC[-2]*RC[-1]"], ["=N(R[-1]C)+R1C1"]]);
  });

  it("leaves text in quotes and function names alone", async () => {
    const fake = aFake();
    await writeRange(fake, "B2", [['=SEARCH("RC",RC[-1])']], "formulasR1C1");
    expect((await readRange(fake, "B2")).formulas).toEqual([['=SEARCH("RC",A2)']]);
  });

  it("refuses a reference above row 1", async () => {
    const error = await officeError(writeRange(aFake(), "A1", [["=R[-1]C"]], "formulasR1C1"));
    expect(error.code).toBe("InvalidArgument");
  });
});

describe("find", () => {
  async function found(address: string, text: string, criteria = {}) {
    const fake = aFake();
    await writeRange(fake, "A1:B3", [
      ["E-1", "apple pie"],
      ["e-10", "Apple"],
      ["E-100", "x*y"],
    ]);
    return fake.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Registrering").getRange(address);
      const hit = range.findOrNullObject(text, criteria).load("address");
      await context.sync();
      return hit.isNullObject ? null : hit.address;
    });
  }

  it.each([
    ["a partial, case-insensitive match by default", "A1:B3", "APPLE", {}, "Registrering!B1"],
    ["completeMatch", "A1:B3", "apple", { completeMatch: true }, "Registrering!B2"],
    ["matchCase", "A1:A3", "e-1", { matchCase: true }, "Registrering!A2"],
    [
      "completeMatch and matchCase",
      "A1:A3",
      "E-1",
      { completeMatch: true, matchCase: true },
      "Registrering!A1",
    ],
    ["wildcards", "A1:A3", "E-1?0", { completeMatch: true }, "Registrering!A3"],
    ["an escaped wildcard", "B1:B3", "x~*y", { completeMatch: true }, "Registrering!B3"],
    ["the whole sheet from a single cell", "A1", "x*", { completeMatch: true }, "Registrering!B3"],
    ["nothing", "A1:B3", "pear", {}, null],
  ])("finds with %s", async (_label, address, text, criteria, expected) => {
    expect(await found(address, text, criteria)).toBe(expected);
  });

  it("throws ItemNotFound through find", async () => {
    const fake = aFake();
    const error = await officeError(
      fake.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Registrering").getRange("A1:B3").find("pear");
        await context.sync();
      })
    );
    expect(error.code).toBe("ItemNotFound");
  });
});

describe("getIntersection", () => {
  it("gives the overlap, ItemNotFound or a null object when there is none", async () => {
    const fake = aFake();
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Registrering");
      const row = sheet.getRange("3:3");
      const both = row.getIntersection(sheet.getRange("B2:D9")).load("address");
      const byAddress = row.getIntersection("C1:C5").load("address");
      const none = row.getIntersectionOrNullObject(sheet.getRange("A5:B6"));
      await context.sync();
      expect([both.address, byAddress.address, none.isNullObject]).toEqual([
        "Registrering!B3:D3",
        "Registrering!C3",
        true,
      ]);
      row.getIntersection(sheet.getRange("A5"));
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
  });
});
