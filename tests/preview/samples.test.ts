/**
 * The preview's sample rows land in the template through the real adapter and read back as
 * valid effects, registered by one person and partly verified by another: the preview never
 * starts with a row the add-in would flag, and shows every review state and a history.
 */
import { reviewState } from "../../src/domain/trust/review";
import { addSamples, SAMPLE_REGISTRANT, SAMPLE_VERIFIER } from "../../src/preview/samples";
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

  it("registreras av en person och verifieras delvis av en annan, så att varje granskningsläge syns", async () => {
    const { port } = adapterOn(await blankTemplateModel());
    await addSamples(port, 2026);

    const { effects } = await port.readEffects();
    expect(
      effects.map((e) => [e.caseName, reviewState(e), e.registeredBy, e.verifiedBy, e.evidence])
    ).toEqual([
      [
        "Utskrift som tjänst",
        "Verifierad",
        SAMPLE_REGISTRANT,
        SAMPLE_VERIFIER,
        "Avtal KS 2025/123, prisbilaga",
      ],
      [
        "Flyttjänster",
        "Verifierad realisering",
        SAMPLE_REGISTRANT,
        SAMPLE_VERIFIER,
        "Vitesfaktura 2026-0217",
      ],
      ["Turbundna resor", "Registrerad", SAMPLE_REGISTRANT, "", ""],
      ["Turbundna resor", "Registrerad", SAMPLE_REGISTRANT, "", ""],
      ["Turbundna resor", "Realiserad", SAMPLE_REGISTRANT, "", ""],
    ]);
    expect(effects.every((e) => !e.editedOutside)).toBe(true);
    const [utskrift] = effects;
    if (!utskrift) throw new Error("no samples");
    const history = await port.readHistory(utskrift.id);
    expect(history.map((line) => [line.by, line.field])).toEqual([
      [SAMPLE_REGISTRANT, "Ny registrering"],
      [SAMPLE_VERIFIER, "Verifierat"],
      [SAMPLE_VERIFIER, "Verifierad av"],
      [SAMPLE_VERIFIER, "Verifierad datum"],
      [SAMPLE_VERIFIER, "Underlag"],
    ]);
  });
});
