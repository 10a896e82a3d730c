/**
 * The preview's sample rows land in the template through the real adapter and read back as
 * valid effects: the preview never starts with a row the add-in would flag.
 */
import { addSamples } from "../../src/preview/samples";
import { adapterOn, blankTemplateModel } from "../workbook/support/adapterOnFake";

describe("förhandsvisningens exempel", () => {
  it("registreras i mallen som giltiga rader, med föredragets belopp", async () => {
    // The committed template as the preview loads it, with its lists still empty.
    const { port } = adapterOn(await blankTemplateModel());
    await addSamples(port, 2026);

    const { effects, invalidRows } = await port.readEffects();
    expect(invalidRows).toEqual([]);
    expect(effects.map((e) => [e.caseName, e.type, e.annualAmount ?? e.oneOffAmount])).toEqual([
      ["Utskrift som tjänst", "Nytt avtal", 2_000_000],
      ["Flyttjänster", "Engångsbelopp/vite", 175_000],
      ["Turbundna resor", "Engångsbelopp/vite", 5_500_000],
      ["Turbundna resor", "Cost avoidance", 4_200_000],
      ["Turbundna resor", "Engångsbelopp/vite", 200_000],
    ]);
    const lists = await port.readLists();
    expect(lists.departments).toContain("Socialförvaltningen");
    expect(lists.categories).toContain("Flyttjänster");
  });
});
