import { describe, expect, it } from "@jest/globals";
import { monthTotals, shownFollowUp } from "../../../src/domain/invoices/shownFollowUp";
import { suggestRealisations } from "../../../src/domain/invoices/suggest";
import { effectId, isoDate } from "../../../src/domain/model/effect";
import { anEffect } from "../../fixtures/effects";
import { aLine } from "../../fixtures/invoiceLines";

const printing = anEffect({ id: effectId("E-1") });
// Two lines in April, three in March: the months come in time order, each month's in file order.
const followUp = suggestRealisations(printing, [
  aLine({ line: 2, date: isoDate("2026-04-02") }),
  aLine({ line: 3, date: isoDate("2026-03-30") }),
  aLine({ line: 4, date: isoDate("2026-04-20") }),
  aLine({ line: 5, date: isoDate("2026-03-01") }),
  aLine({ line: 6, date: isoDate("2026-03-15"), amountOre: -100 }),
]);

describe("vad panelen får av en effekts uppföljning", () => {
  it.each([
    [0, []],
    [2, [3, 5]],
    [4, [3, 5, 6, 2]],
    [50, [3, 5, 6, 2, 4]],
  ])("de första %i raderna, månad för månad: %j", (shown, lineNumbers) => {
    const shownLines = shownFollowUp(followUp, shown).firstLines;
    expect(shownLines.map((line) => line.line)).toEqual(lineNumbers);
  });

  it("räknar alla rader och behåller varje månads belopp och förslag, utan raderna", () => {
    const shown = shownFollowUp(followUp, 1);
    expect(shown.lineCount).toBe(5);
    expect(shown.effectId).toBe("E-1");
    expect(shown.months).toEqual(followUp.months.map(({ lines: _lines, ...figures }) => figures));
    expect(shown.months.map((month) => month.invoicedOre)).toEqual([49_999_900, 50_000_000]);
    expect(shown.months.some((month) => "lines" in month)).toBe(false);
  });

  it("skickar av varje rad bara det som visas: radnummer, datum, leverantör och belopp", () => {
    expect(shownFollowUp(followUp, 1).firstLines).toEqual([
      { line: 3, date: "2026-03-30", supplier: "Skrivarbolaget AB", amountOre: 25_000_000 },
    ]);
  });
});

describe("kortets summarad", () => {
  const month = (forecastOre: number, suggestedOre: number | null, invoicedOre: number) => ({
    month: "2026-03",
    forecastOre,
    suggestedOre,
    invoicedOre,
    previousCostOre: null,
    priceEffectOre: null,
    volumeEffectOre: null,
  });

  it("summerar varje kolumn exakt i öre, en månad utan förslag räknas inte i förslaget", () => {
    const months = [month(16_666_667, 1, -100), month(16_666_666, null, 5), month(0, -3, 0)];
    expect(monthTotals(months)).toEqual({
      forecastOre: 33_333_333,
      suggestedOre: -2,
      invoicedOre: -95,
    });
  });

  it("har inget förslag att summera när ingen månad har något", () => {
    expect(monthTotals([month(100, null, 100)]).suggestedOre).toBeNull();
    expect(monthTotals([])).toEqual({ forecastOre: 0, suggestedOre: null, invoicedOre: 0 });
  });
});
