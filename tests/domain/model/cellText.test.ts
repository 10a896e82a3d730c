import { describe, expect, it } from "@jest/globals";
import { isFormulaLike, toCellText } from "../../../src/domain/model/cellText";

/** What Excel does with a written string that starts with the quote prefix: keeps the rest. */
const excelReadsBack = (written: string): string =>
  written.startsWith("'") ? written.slice(1) : written;

describe("toCellText", () => {
  it.each([
    ["=SUMMA(A1:A9)", "en formel"],
    ['=HYPERLINK("http://x","klicka")', "en länkformel"],
    ["+46 70 123 45 67", "ett telefonnummer med plus"],
    ["-5 % rabatt", "text som börjar med minus"],
    ["@SUMMA(A1)", "text som börjar med @"],
    ["\t=1+1", "en tabb före en formel"],
    ["\r\n=1", "en radbrytning före en formel"],
    ["00123", "inledande nollor"],
    ["2026-03-01", "ett datum"],
    ["1/3", "ett datumliknande bråk"],
    ["TRUE", "ett booleskt värde"],
    ["175 000", "ett tal"],
    ["'citerad", "text som själv börjar med apostrof"],
    ["Utskrift som tjänst", "vanlig text"],
    [" ", "bara ett mellanslag"],
  ] as const)("skriver %j (%s) som text som läses tillbaka likadan", (text, _case) => {
    const written = toCellText(text);
    expect(written.startsWith("'")).toBe(true);
    expect(excelReadsBack(written)).toBe(text);
  });

  it("lämnar tom text tom, så att cellen blir tom", () => {
    expect(toCellText("")).toBe("");
  });
});

describe("isFormulaLike", () => {
  it.each([
    ["=1+1", true],
    ["+1", true],
    ["-1", true],
    ["@A1", true],
    ["\t=1", true],
    ["\r=1", true],
    ["\n=1", true],
    [" =1", false],
    ["Vite", false],
    ["", false],
    ["1-2", false],
  ] as const)("%j är formellik: %p", (text, expected) => {
    expect(isFormulaLike(text)).toBe(expected);
  });
});
