/**
 * Range reads and writes. Sources: the Excel.Range reference (values: "If the returned value
 * starts with a plus, minus, or equal sign, Excel interprets this value as a formula";
 * "use a locale-neutral format like ISO (YYYY-MM-DD)"), learn.microsoft.com "Blank and null
 * values in Excel add-ins", office-js-docs-reference #578 (a single value fills the range).
 */
import { aFake, officeError, readRange as read, writeRange as write } from "./fixtures";

describe("what Excel makes of written strings", () => {
  it.each([
    ["00123", 123],
    ["1e5", 100000],
    ["-12.5", -12.5],
    ["1,234,567", 1234567],
    ["12%", 0.12],
    ["TRUE", true],
    ["false", false],
    ["2026-03-01", 46082],
    ["12:30", 0.5208333333333334],
    ["ett ord", "ett ord"],
    ["1,5", "1,5"],
    ["-", "-"],
  ] as const)("%j is stored as %j", async (input, stored) => {
    const fake = aFake();
    await write(fake, "A1", [[input]]);
    expect((await read(fake, "A1")).values).toEqual([[stored]]);
  });

  it("gives a recognised date a date format", async () => {
    const fake = aFake();
    await write(fake, "A1", [["2026-03-01"]]);
    const range = await read(fake, "A1");
    expect(range.numberFormat).toEqual([["yyyy-mm-dd"]]);
    expect(range.text).toEqual([["2026-03-01"]]);
  });

  it.each(["=SUM(1;2)", "+A1", "-A1", '=HYPERLINK("http://x")'])(
    "turns %j into a formula (the injection hazard)",
    async (input) => {
      const fake = aFake();
      await write(fake, "A1", [[input]]);
      const range = await read(fake, "A1");
      expect(range.formulas[0]?.[0]).toBe(input.startsWith("=") ? input : `=${input}`);
    }
  );

  it("keeps text after a leading apostrophe, without the apostrophe, and flags quotePrefix", async () => {
    const fake = aFake();
    await write(fake, "A1:D1", [["'00123", "'=SUM(A1)", "'TRUE", "'2026-03-01"]]);
    const range = await read(fake, "A1:D1");
    expect(range.values).toEqual([["00123", "=SUM(A1)", "TRUE", "2026-03-01"]]);
    expect(range.formulas).toEqual([["00123", "=SUM(A1)", "TRUE", "2026-03-01"]]);
    expect(fake.workbook.sheets[0]?.cells.get(0)?.quotePrefix).toBe(true);
  });

  it("keeps strings as typed in a cell formatted as text (@)", async () => {
    const fake = aFake();
    await write(fake, "A1:B1", "@", "numberFormat");
    await write(fake, "A1:B1", [["00123", "=1+1"]]);
    expect((await read(fake, "A1:B1")).values).toEqual([["00123", "=1+1"]]);
  });

  it("returns a formula's computed value", async () => {
    const fake = aFake();
    await write(fake, "A1:B1", [[40, "=A1+2"]], "formulas");
    expect((await read(fake, "B1")).values).toEqual([[42]]);
  });
});

describe("shapes, null and blank", () => {
  it("fails the sync with InvalidArgument when the array does not fit the range", async () => {
    const fake = aFake();
    const error = await officeError(write(fake, "A1:B2", [["a", "b"]]));
    expect(error.code).toBe("InvalidArgument");
    expect(error.message).toMatch(/doesn't match the size or dimensions of the range/);
  });

  it("applies a single value to every cell", async () => {
    const fake = aFake();
    await write(fake, "A1:B2", "x");
    expect((await read(fake, "A1:B2")).values).toEqual([
      ["x", "x"],
      ["x", "x"],
    ]);
  });

  it("refuses a write to more than 33 554 000 cells (OperationCellsExceedLimit)", async () => {
    const error = await officeError(write(aFake(), "A:AH", "x"));
    expect(error.code).toBe("OperationCellsExceedLimit");
  });

  it("rejects null as the whole value", async () => {
    expect((await officeError(write(aFake(), "A1", null))).code).toBe("InvalidArgument");
  });

  it("leaves cells with null unchanged and clears cells with an empty string", async () => {
    const fake = aFake();
    await write(fake, "A1:C1", [["a", "b", "c"]]);
    await write(fake, "A1:C1", [[null, "", "C"]]);
    expect((await read(fake, "A1:C1")).values).toEqual([["a", "", "C"]]);
  });

  it("resets a number format with an empty string", async () => {
    const fake = aFake();
    await write(fake, "A1", [["0.00"]], "numberFormat");
    await write(fake, "A1", [[""]], "numberFormat");
    expect((await read(fake, "A1")).numberFormat).toEqual([["General"]]);
  });

  it("renders text through the number format", async () => {
    const fake = aFake();
    await write(fake, "A1:C1", [[1234.5, 0.25, 1500]]);
    await write(fake, "A1:C1", [["#,##0.00", "0%", '#,##0 "kr"']], "numberFormat");
    expect((await read(fake, "A1:C1")).text).toEqual([["1,234.50", "25%", "1,500 kr"]]);
  });
});
