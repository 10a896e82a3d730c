/**
 * The calculated column `Kalkylerad effekt (kr)`, written by the adapter as it appends rows,
 * recomputed by a real spreadsheet engine: it must give the domain core's numbers.
 */
import { describe, expect, it, jest } from "@jest/globals";
import { forecastTotal } from "../../../src/domain/calculate/calculate";
import { isoDate, kronor, type EffectInput } from "../../../src/domain/model/effect";
import { saveWorkbookToXlsx } from "../../../src/preview/fakeExcel/xlsx";
import { anEffect } from "../../fixtures/effects";
import { sheetsAsCsv } from "../../support/libreoffice";
import { inputOf, onTemplate } from "../support/adapterOnFake";

jest.setTimeout(120_000);

const base = inputOf(anEffect());
const oneOff = (amount: number, extra: Partial<EffectInput> = {}): EffectInput => ({
  ...base,
  type: "Engångsbelopp/vite",
  basis: "Engång",
  previousAnnualCost: null,
  newAnnualCost: null,
  annualAmount: null,
  contractYears: null,
  oneOffAmount: kronor(amount),
  startDate: isoDate("2026-05-04"),
  ...extra,
});

const inputs: EffectInput[] = [
  base, // 2 mkr × 7 år
  {
    ...base,
    annualAmount: kronor(123_456.78),
    contractYears: 3.5,
    implementationCost: kronor(10_000.5),
  },
  { ...base, annualAmount: kronor(-50_000), contractYears: 2 }, // a confirmed cost increase
  oneOff(175_000),
  oneOff(5_500_000, { implementationCost: kronor(250_000) }),
];

describe("den beräknade kolumnen räknad av LibreOffice", () => {
  it("ger domänens kalkylerade effekt på kronan för varje rad", async () => {
    const { fake, port } = await onTemplate();
    await port.appendEffects(inputs, { registeredBy: "" });
    // sheetsAsCsv has LibreOffice recalculate every formula on load.
    const rows =
      (await sheetsAsCsv(await saveWorkbookToXlsx(fake.workbook))).get("Registrering") ?? [];
    const header = rows[0] ?? [];
    const column = header.indexOf("Kalkylerad effekt (kr)");
    // Row 1 is the header, row 2 the new table's empty row.
    const computed = rows.slice(2, inputs.length + 2).map((row) => Number(row[column]));
    expect(computed).toHaveLength(inputs.length);
    computed.forEach((value, i) => {
      expect(value).toBeCloseTo(forecastTotal(inputs[i] as EffectInput), 0);
    });
  });
});
