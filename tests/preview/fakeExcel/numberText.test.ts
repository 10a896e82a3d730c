/** Range.text: the simple en-US rendering through number formats (model/numberText). */
import { cellText } from "../../../src/preview/fakeExcel/model/numberText";

it.each([
  [1500, "General", "1500"],
  [0.30000000000000004, "General", "0.3"],
  [123456789012, "General", "1.23457E+11"],
  [1500, "#,##0.##", "1,500."], // Excel keeps the point when "#" digits drop out
  [1500.5, "#,##0.##", "1,500.5"],
  [-1234.5, '#,##0 "kr"', "-1,235 kr"],
  [0.125, "0.0%", "12.5%"],
  [46082, "yyyy-mm-dd", "2026-03-01"],
  [46082.5, "yyyy-mm-dd hh:mm", "2026-03-01 12:00"],
  [true, "General", "TRUE"],
  ["00123", "@", "00123"],
] as const)("%j in %j reads %j", (value, numberFormat, text) => {
  expect(cellText({ value, numberFormat })).toBe(text);
});
