import { describe, expect, it } from "@jest/globals";
import { cleanMapping } from "../../../src/workbook/settings";
import { onTemplate } from "../support/adapterOnFake";

describe("importens kolumnval sparas i arbetsboken", () => {
  it("minns valet och behåller sammanställningens filter", async () => {
    const { port } = await onTemplate();
    const before = await port.readSettings();
    await port.saveSettings({ invoiceMapping: { amount: "Nettobelopp", date: "Bokföringsdatum" } });
    expect(await port.readSettings()).toEqual({
      ...before,
      invoiceMapping: { amount: "Nettobelopp", date: "Bokföringsdatum" },
    });
  });

  it.each([
    ["inget sparat", undefined, {}],
    [
      "okända fält och annat än text",
      { amount: 3, supplier: "", foo: "x", date: "Datum" },
      { date: "Datum" },
    ],
    ["inte ett objekt", "Nettobelopp", {}],
  ] as const)("%s", (_name, saved, expected) => {
    expect(cleanMapping(saved)).toEqual(expected);
  });
});
