import { describe, expect, it } from "@jest/globals";
import type { RawValue } from "../../../src/domain/model/draft";
import {
  parseAmount,
  parseDate,
  parseNumber,
  parsePercent,
  parseYesNo,
  type ParseErrorCode,
} from "../../../src/domain/parse/parse";

describe("parseAmount", () => {
  it.each([
    ["175 000", 175_000],
    ["175\u00a0000", 175_000],
    ["175\u202f000", 175_000],
    ["175\u2009000", 175_000],
    ["1 234,50", 1234.5],
    ["1234,5", 1234.5],
    ["0,01", 0.01],
    ["  42  ", 42],
    ["007", 7],
    ["\u2212500", -500],
    ["-1 234 kr", -1234],
    ["- 500", -500],
    ["175 000 kr", 175_000],
    ["175 000 SEK", 175_000],
    ["175 000 kronor", 175_000],
    ["175:-", 175],
    ["175,-", 175],
    ["3,2 mkr", 3_200_000],
    ["3,2 MKR", 3_200_000],
    ["0,5 msek", 500_000],
    ["4,2 mnkr", 4_200_000],
    ["2 tkr", 2000],
    ["2tkr", 2000],
    ["1,5 ksek", 1500],
    ["1,234 tkr", 1234],
    ["3 milj", 3_000_000],
    ["1,25 miljoner", 1_250_000],
    ["3 miljoner kronor", 3_000_000],
    ["200 tusen kr", 200_000],
    ["1,2345678 mkr", 1_234_567.8],
    ["1234.5", 1234.5],
    ["1 234.56", 1234.56],
    ["-0", 0],
    [175_000, 175_000],
    [3.2 * 1_000_000 + 0.0000000005, 3_200_000],
    [1234.567, 1234.57],
  ] as const)("läser %j som %p kr", (raw, expected) => {
    expect(parseAmount(raw)).toEqual({ ok: true, value: expected });
  });

  it.each(["", "   ", null, undefined] as const)("läser tomt (%j) som inget belopp", (raw) => {
    expect(parseAmount(raw)).toEqual({ ok: true, value: null });
  });

  it("ger exakt 3 200 000 för 3,2 mkr, utan flyttalsbrus", () => {
    const result = parseAmount("3,2 mkr");
    expect(result.ok && result.value === 3_200_000).toBe(true);
  });

  it.each([
    ["1,234,567", "ambiguousSeparator"],
    ["1.234.567", "ambiguousSeparator"],
    ["1.234", "ambiguousSeparator"],
    ["1.5,25", "ambiguousSeparator"],
    ["1 234.567", "ambiguousSeparator"],
    ["12 34", "ambiguousSeparator"],
    ["1  234", "ambiguousSeparator"],
    ["1,23 4", "ambiguousSeparator"],
    ["1,234", "tooManyDecimals"],
    ["1,234 kr", "tooManyDecimals"],
    ["175,000", "tooManyDecimals"],
    ["0,000001 tkr", "tooManyDecimals"],
    ["3 mkr 200 tkr", "mixedUnits"],
    ["5 kr kr", "mixedUnits"],
    ["5 timmar", "notANumber"],
    ["175 000 kr extra", "notANumber"],
    ["NaN", "notANumber"],
    ["Infinity", "notANumber"],
    ["1e5", "notANumber"],
    ["0x10", "notANumber"],
    ["-", "notANumber"],
    ["+", "notANumber"],
    ["--5", "notANumber"],
    ["kr", "notANumber"],
    ["kr 500", "notANumber"],
    ["(500)", "notANumber"],
    ["500-", "notANumber"],
    ["175,", "notANumber"],
    ["femtio", "notANumber"],
    [true, "notANumber"],
    [Number.NaN, "notFinite"],
    [Number.POSITIVE_INFINITY, "notFinite"],
  ] as const)("avvisar %j med %s", (raw, error) => {
    expect(parseAmount(raw)).toEqual({ ok: false, error });
  });
});

describe("parseNumber", () => {
  const hours = ["h", "tim", "timmar"];
  it.each([
    ["7", [], 7],
    ["2,5 år", ["år"], 2.5],
    ["7 ÅR", ["år"], 7],
    ["8 000 timmar", hours, 8000],
    ["8000h", hours, 8000],
    ["1 500 st", ["st"], 1500],
    ["0,125", [], 0.125],
    ["1 234,567", [], 1234.567],
    ["12.5", [], 12.5],
    [12.5, [], 12.5],
    ["", [], null],
  ] as const)("läser %j (enheter %j) som %p", (raw, units, expected) => {
    expect(parseNumber(raw, units)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ["7 år", [], "notANumber"],
    ["5 kr", ["år"], "notANumber"],
    ["1,500", [], "ambiguousSeparator"],
    ["1,500 st", ["st"], "ambiguousSeparator"],
    ["1.500", [], "ambiguousSeparator"],
    ["5 år år", ["år"], "mixedUnits"],
    ["sju", ["år"], "notANumber"],
    [false, [], "notANumber"],
    [Number.POSITIVE_INFINITY, [], "notFinite"],
  ] as const)("avvisar %j (enheter %j) med %s", (raw, units, error) => {
    expect(parseNumber(raw, units)).toEqual({ ok: false, error });
  });
});

describe("parsePercent", () => {
  it.each([
    ["3,5 %", 0.035],
    ["3,5", 0.035],
    ["3.5%", 0.035],
    ["3,5 procent", 0.035],
    [" 12 % ", 0.12],
    ["1,1", 0.011],
    ["100 %", 1],
    ["-2 %", -0.02],
    // A cell formatted as percent holds the fraction.
    [0.035, 0.035],
    ["", null],
    [null, null],
  ] as const)("läser %j som andelen %p", (raw, expected) => {
    expect(parsePercent(raw)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ["3,5 kr", "notANumber"],
    ["KPI", "notANumber"],
    ["3,5 % %", "mixedUnits"],
    ["1,500 %", "ambiguousSeparator"],
    [true, "notANumber"],
    [Number.NaN, "notFinite"],
  ] as const)("avvisar %j med %s", (raw, error) => {
    expect(parsePercent(raw)).toEqual({ ok: false, error });
  });
});

describe("parseDate", () => {
  it.each([
    ["2026-03-01", "2026-03-01"],
    ["2026-3-1", "2026-03-01"],
    ["20260301", "2026-03-01"],
    ["2026/03/01", "2026-03-01"],
    ["2026.03.01", "2026-03-01"],
    [" 2026-03-01 ", "2026-03-01"],
    ["2026-03-01T10:00:00Z", "2026-03-01"],
    ["2026-03-01T23:30:00.000+01:00", "2026-03-01"],
    ["2026-03-01 10:00", "2026-03-01"],
    ["1 mars 2026", "2026-03-01"],
    ["1 mar 2026", "2026-03-01"],
    ["1 Mars 2026", "2026-03-01"],
    ["1. mar. 2026", "2026-03-01"],
    ["15 sept 2026", "2026-09-15"],
    ["17 maj 2026", "2026-05-17"],
    ["2024-02-29", "2024-02-29"],
    ["1 jan 1900", "1900-01-01"],
    ["31 december 2199", "2199-12-31"],
    [46082, "2026-03-01"],
    [46082.75, "2026-03-01"],
    [46023, "2026-01-01"],
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [61, "1900-03-01"],
  ] as const)("läser %j som %s", (raw, expected) => {
    expect(parseDate(raw)).toEqual({ ok: true, value: expected });
  });

  it.each(["", "  ", null, undefined] as const)("läser tomt (%j) som inget datum", (raw) => {
    expect(parseDate(raw)).toEqual({ ok: true, value: null });
  });

  it.each([
    ["2026-02-30", "invalidDate"],
    ["2026-13-01", "invalidDate"],
    ["2026-00-10", "invalidDate"],
    ["2025-02-29", "invalidDate"],
    ["1900-02-29", "invalidDate"],
    ["20260230", "invalidDate"],
    ["31 april 2026", "invalidDate"],
    [60, "invalidDate"],
    ["31/12/26", "ambiguousDate"],
    ["1/3/2026", "ambiguousDate"],
    ["01-03-2026", "ambiguousDate"],
    ["1.3.2026", "ambiguousDate"],
    ["26-03-01", "ambiguousDate"],
    ["260301", "ambiguousDate"],
    ["1 mars 26", "ambiguousDate"],
    ["1899-12-31", "dateOutOfRange"],
    ["2200-01-01", "dateOutOfRange"],
    ["0026-03-01", "dateOutOfRange"],
    [0, "dateOutOfRange"],
    [-1, "dateOutOfRange"],
    [2_958_466, "dateOutOfRange"],
    [2_958_465, "dateOutOfRange"],
    ["imorgon", "notADate"],
    ["1 foo 2026", "notADate"],
    ["46082", "notADate"],
    ["2026-03", "notADate"],
    ["2026-03-01T", "notADate"],
    [true, "notADate"],
    [Number.NaN, "notADate"],
  ] as const)("avvisar %j med %s", (raw, error) => {
    expect(parseDate(raw)).toEqual({ ok: false, error });
  });
});

describe("parseYesNo", () => {
  it.each([
    ["Ja", true],
    ["JA", true],
    [" ja ", true],
    ["yes", true],
    ["TRUE", true],
    ["Sant", true],
    ["1", true],
    [1, true],
    [true, true],
    ["Nej", false],
    ["nej", false],
    ["No", false],
    ["false", false],
    ["FALSKT", false],
    ["0", false],
    [0, false],
    [false, false],
    ["", null],
    [null, null],
  ] as const)("läser %j som %p", (raw, expected) => {
    expect(parseYesNo(raw)).toEqual({ ok: true, value: expected });
  });

  it.each(["kanske", "j", "x", 2, -1] as const)("avvisar %j", (raw: RawValue) => {
    const error: ParseErrorCode = "notYesNo";
    expect(parseYesNo(raw)).toEqual({ ok: false, error });
  });
});
