import {
  normaliseOrgNr,
  parseFileAmount,
  parseFileDate,
} from "../../../src/domain/invoices/values";

// The common shapes take a short way past the general parsers: they must read the same.
describe("the common shapes", () => {
  test.each([
    ["1 234,50", 123_450],
    ["-1 234,50", -123_450],
    ["12,05", 1_205],
    ["999 999 999 999,99", 99_999_999_999_999],
    ["1234,50", 123_450],
  ])("amount %s under either decimal sign", (cell, ore) => {
    expect(parseFileAmount(cell, ",")).toBe(ore);
    expect(parseFileAmount(cell, ".")).toBe(ore);
  });

  test("-0,00 is 0, not -0", () => {
    expect(Object.is(parseFileAmount("-0,00", ","), 0)).toBe(true);
  });

  test.each([
    ["2026-03-05", "2026-03-05"],
    ["2024-02-29", "2024-02-29"],
    ["2026-02-29", null],
    ["2026-13-01", null],
    ["1899-12-31", null],
  ])("date %s", (cell, date) => {
    expect(parseFileDate(cell)).toBe(date);
  });

  test("an org.nr already written 556677-8899", () => {
    expect(normaliseOrgNr("556677-8899")).toBe("556677-8899");
  });
});
