import {
  formatAmount,
  formatCount,
  formatHours,
  formatInputNumber,
  formatKronor,
  formatMkr,
  formatPercent,
  formatTkr,
} from "../../../src/domain/model/format";
import { parseAmount, parseNumber } from "../../../src/domain/parse/parse";

// Intl's sv-SE: NBSP between thousands and before the unit, U+2212 as minus.
const nb = "\u00a0";
const minus = "\u2212";

describe("formatKronor", () => {
  it.each([
    [3_200_000, `3${nb}200${nb}000${nb}kr`],
    [175_000, `175${nb}000${nb}kr`],
    [0, `0${nb}kr`],
    [999.5, `1${nb}000${nb}kr`],
    [-2_000_000, `${minus}2${nb}000${nb}000${nb}kr`],
    [-0.3, `0${nb}kr`],
  ])("%p → %p", (amount, text) => {
    expect(formatKronor(amount)).toBe(text);
  });
});

describe("formatMkr och formatTkr", () => {
  it.each([
    [3_200_000, `3,2${nb}mkr`],
    [14_000_000, `14${nb}mkr`],
    [3_700_000, `3,7${nb}mkr`],
    [9_900_000, `9,9${nb}mkr`],
    [-500_000, `${minus}0,5${nb}mkr`],
    [20_000, `0${nb}mkr`],
  ])("mkr: %p → %p", (amount, text) => {
    expect(formatMkr(amount)).toBe(text);
  });

  it.each([
    [175_000, `175${nb}tkr`],
    [2_500_000, `2${nb}500${nb}tkr`],
    [-200_000, `${minus}200${nb}tkr`],
  ])("tkr: %p → %p", (amount, text) => {
    expect(formatTkr(amount)).toBe(text);
  });
});

describe("formatAmount väljer enhet", () => {
  it.each([
    [14_000_000, `14${nb}mkr`],
    [3_200_000, `3,2${nb}mkr`],
    [1_000_000, `1${nb}mkr`],
    [-1_500_000, `${minus}1,5${nb}mkr`],
    [999_999, `999${nb}999${nb}kr`],
    [175_000, `175${nb}000${nb}kr`],
    [-175_000, `${minus}175${nb}000${nb}kr`],
    [0, `0${nb}kr`],
    [1_234.5, `1${nb}234,50${nb}kr`],
    [-0.3, `${minus}0,30${nb}kr`],
  ])("%p → %p", (amount, text) => {
    expect(formatAmount(amount)).toBe(text);
  });
});

describe("formatCount", () => {
  it.each([
    [1, "1"],
    [450, "450"],
    [1200, `1${nb}200`],
  ])("%p → %p", (count, text) => {
    expect(formatCount(count)).toBe(text);
  });
});

describe("formatHours och formatPercent", () => {
  it.each([
    [8000, `8${nb}000${nb}timmar`],
    [1, `1${nb}timme`],
    [0, `0${nb}timmar`],
    [2.5, `2,5${nb}timmar`],
  ])("timmar: %p → %p", (value, text) => {
    expect(formatHours(value)).toBe(text);
  });

  it.each([
    [0.853, `85${nb}%`],
    [1, `100${nb}%`],
    [0, `0${nb}%`],
    [1.2, `120${nb}%`],
  ])("procent: %p → %p", (ratio, text) => {
    expect(formatPercent(ratio)).toBe(text);
  });
});

describe("formatInputNumber", () => {
  it.each([
    [1234.5, "1 234,5"],
    [175_000, "175 000"],
    [0.05, "0,05"],
    [-3_200_000, "-3 200 000"],
    [2_000_000.1, "2 000 000,1"],
  ])("%p → %p", (value, text) => {
    expect(formatInputNumber(value)).toBe(text);
  });

  it.each([1234.5, 175_000, 0.05, -3_200_000, 2_000_000.1, 99.99, 1_000_000_000.01])(
    "parseAmount läser tillbaka %p",
    (value) => {
      expect(parseAmount(formatInputNumber(value))).toEqual({ ok: true, value });
    }
  );

  it("fler decimaler på begäran, som parseNumber läser tillbaka", () => {
    expect(formatInputNumber(1234.567, 3)).toBe("1 234,567");
    expect(parseNumber(formatInputNumber(2.5, 3))).toEqual({ ok: true, value: 2.5 });
  });
});
