import { describe, expect, it } from "@jest/globals";
import { findDuplicates } from "../../../src/domain/calculate/duplicates";
import { effectId, isoDate, type Effect } from "../../../src/domain/model/effect";
import { aOneOff, anEffect } from "../../fixtures/effects";

let next = 0;
/** A one-off of `amount` kronor in `caseName`, of `type`, with its own id. */
const effect = (caseName: string, type: string, amount: number, extra: Partial<Effect> = {}) =>
  aOneOff(amount, { id: effectId(`E-${++next}`), caseName, type, ...extra });
const VITE = "Engångsbelopp/vite";

describe("findDuplicates", () => {
  it("hittar samma ärende, typ och belopp två gånger, även i olika förvaltningar", () => {
    const first = effect("Flyttjänster", VITE, 175_000);
    const again = effect("Flyttjänster", VITE, 175_000, { department: "Utbildningsförvaltningen" });
    expect(findDuplicates([first, effect("Annat ärende", VITE, 175_000), again])).toEqual([
      { caseName: "Flyttjänster", type: VITE, forecast: 175_000, ids: [first.id, again.id] },
    ]);
  });

  it.each([
    ["annat belopp, ett öre ifrån", effect("Flyttjänster", VITE, 175_000.01)],
    ["annan typ", effect("Flyttjänster", "Annat", 175_000)],
    ["annat ärende", effect("Flyttjänster 2", VITE, 175_000)],
  ])("räknar inte %s som dubblett", (_name, other) => {
    expect(findDuplicates([effect("Flyttjänster", VITE, 175_000), other])).toEqual([]);
  });

  it("jämför ärende och typ som de skrivs om (skiftläge, blanksteg), och beloppet på öret", () => {
    const [a, b, c] = [
      effect("Turbundna resor", VITE, 0.1 + 0.2),
      effect("  TURBUNDNA   resor ", "engångsbelopp/vite", 0.3),
      effect("turbundna resor", VITE, 0.3),
    ];
    expect(findDuplicates([a, b, c])).toEqual([
      { caseName: "Turbundna resor", type: VITE, forecast: 0.3, ids: [a.id, b.id, c.id] },
    ]);
  });

  it.each([
    ["versaler med prickar och ringar", "ÅTERVINNING ÖSTRA ÄNGEN"],
    ["hårt mellanslag och tabb", "Återvinning\u00a0östra\tängen"],
    ["å skrivet som a och ring (Mac)", "A\u030aTERVINNING östra ängen"],
    ["ett annat blanktecken", "återvinning\u2003östra ängen "],
  ])("ser ärendet med %s som samma ärende", (_name, spelling) => {
    const [a, b] = [effect("Återvinning östra ängen", VITE, 7), effect(spelling, VITE, 7)];
    expect(findDuplicates([a, b])).toMatchObject([{ ids: [a.id, b.id] }]);
  });

  it("jämför den kalkylerade effekten, hur den än är uträknad", () => {
    const yearly = anEffect({ id: effectId("E-Y"), caseName: "Skrivare" }); // 2 mkr × 7 år
    const asOneOff = effect("Skrivare", "Nytt avtal", 14_000_000, {
      startDate: isoDate("2027-01-01"),
    });
    expect(findDuplicates([yearly, asOneOff])).toMatchObject([
      { forecast: 14_000_000, ids: [yearly.id, asOneOff.id] },
    ]);
  });

  it("ett tomt ärende identifierar ingenting", () => {
    expect(findDuplicates([effect("", VITE, 1), effect("  ", VITE, 1)])).toEqual([]);
  });

  it("ordnar efter ärende på svenska, sedan typ och belopp", () => {
    const names = ["Ödesmål", "Zon", "Ärende", "Avtal"];
    const effects = [
      ...names.flatMap((name) => [effect(name, VITE, 5), effect(name, VITE, 5)]),
      effect("Avtal", "Annat", 9),
      effect("Avtal", "Annat", 9),
      effect("Avtal", VITE, 1),
      effect("Avtal", VITE, 1),
    ];
    expect(findDuplicates(effects).map((g) => [g.caseName, g.type, g.forecast])).toEqual([
      ["Avtal", "Annat", 9],
      ["Avtal", VITE, 1],
      ["Avtal", VITE, 5],
      ["Zon", VITE, 5],
      ["Ärende", VITE, 5],
      ["Ödesmål", VITE, 5],
    ]);
  });

  it("slår aldrig ihop olika ärenden, inte heller bland 100 000 med samma typ och belopp", () => {
    // Keys are hashes: among these, a few collide and must still be told apart.
    const distinct = Array.from({ length: 100_000 }, (_, i) => effect(`Ärende ${i}`, VITE, 10));
    expect(findDuplicates(distinct)).toEqual([]);
  });

  it("går igenom 100 000 effekter med en karta, inte par för par", () => {
    const many = Array.from({ length: 100_000 }, (_, i) =>
      effect(`Ärende ${i % 50_000}`, VITE, 1000)
    );
    const groups = findDuplicates(many);
    expect(groups).toHaveLength(50_000);
    expect(groups[0]?.ids).toHaveLength(2);
  });
});
