import {
  initialEntryForm,
  reduceEntryForm,
  type EntryFormAction,
} from "../../../src/domain/entryForm/entryForm";
import { anEffect } from "../../fixtures/effects";
import { PRINTING, run, typed } from "../../fixtures/entryForm";

describe("reduceEntryForm", () => {
  it("börjar tomt, som kalkylerad ny registrering", () => {
    const state = initialEntryForm();
    expect(state.mode).toBe("new");
    expect(state.values.status).toBe("Kalkylerad");
    expect(state.values.caseName).toBe("");
    expect(state.calculation).toBe("costs");
  });

  it.each([
    ["Nytt avtal", "Årlig", "Ja"],
    ["Engångsbelopp/vite", "Engång", "Ja"],
    ["Cost avoidance", "Engång", "Nej"],
    ["Annat", "Engång", "Nej"],
  ] as const)("typen %s förvaljer %s och budgetpåverkande %s", (type, basis, budget) => {
    const state = run({ type: "typeChanged", value: type });
    expect(state.values).toMatchObject({ type, basis, budgetAffecting: budget });
    expect(state.touched.type).toBe(true);
  });

  it("behåller beräkningsgrund och budgetpåverkande som personen själv valt", () => {
    const state = run(
      { type: "typeChanged", value: "Cost avoidance" },
      ...typed({ basis: "Årlig", budgetAffecting: "Ja" }),
      { type: "typeChanged", value: "Annat" }
    );
    expect(state.values).toMatchObject({ basis: "Årlig", budgetAffecting: "Ja" });
  });

  it("låter Nytt avtal alltid vara årligt, även efter ett eget val", () => {
    const state = run(
      { type: "typeChanged", value: "Cost avoidance" },
      ...typed({ basis: "Engång" }),
      { type: "fieldChanged", field: "type", value: "Nytt avtal" }
    );
    expect(state.values.basis).toBe("Årlig");
  });

  it.each(["3,2 mkr", "175 000", "abc", " 12 "])("behåller texten %j som den skrevs", (text) => {
    const state = run(...typed({ oneOffAmount: text }));
    expect(state.values.oneOffAmount).toBe(text);
  });

  it("markerar ett textfält först när det lämnas, ett val direkt", () => {
    const state = run(...typed({ caseName: "X", reason: "FKU" }));
    expect(state.touched).toEqual({ reason: true });
    expect(
      run(...typed({ caseName: "X" }), { type: "fieldBlurred", field: "caseName" }).touched
    ).toEqual({ caseName: true });
  });

  it("byter sätt att ange årligt belopp och bekräftar kostnadsökning", () => {
    const state = run(
      { type: "calculationChanged", calculation: "unitPrices" },
      { type: "costIncreaseConfirmed", confirmed: true }
    );
    expect(state).toMatchObject({ calculation: "unitPrices", costIncreaseConfirmed: true });
  });

  it("nollställer med reset", () => {
    expect(run(...PRINTING, { type: "submitted" }, { type: "reset" })).toEqual(initialEntryForm());
  });
});

describe("sameCaseNext: ännu en effekt i samma ärende", () => {
  const before = run(
    ...PRINTING,
    ...typed({ supplier: "Skrivarbolaget AB", caseNumber: "KS 2025/123", status: "Realiserad" }),
    ...typed({ realised: "1 mkr", realisedDate: "2026-12-31", comment: "Not" }),
    { type: "submitted" }
  );
  const after = reduceEntryForm(before, { type: "sameCaseNext" });

  it.each([
    ["caseName", "Utskrift som tjänst"],
    ["department", "Kommunstyrelseförvaltningen"],
    ["category", "IT"],
    ["supplier", "Skrivarbolaget AB"],
    ["caseNumber", "KS 2025/123"],
    ["status", "Realiserad"],
  ] as const)("behåller %s", (field, value) => {
    expect(after.values[field]).toBe(value);
  });

  it.each([
    "type",
    "reason",
    "basis",
    "previousAnnualCost",
    "newAnnualCost",
    "contractYears",
    "startDate",
    "realised",
    "realisedDate",
    "comment",
  ] as const)("tömmer %s", (field) => {
    expect(after.values[field]).toBe("");
  });

  it("börjar om utan fel och som ny registrering", () => {
    expect(after).toMatchObject({ mode: "new", submitted: false, touched: {} });
  });
});

describe("Baslinje förvald så att registreringen går fort", () => {
  const index = typed({ reason: "Indexjustering" });
  const toIndex: EntryFormAction = {
    type: "fieldChanged",
    field: "reason",
    value: "Indexjustering",
  };

  it.each([
    ["ingenting valt", [], ""],
    [
      "Nytt avtal med kostnad före och efter",
      [{ type: "typeChanged", value: "Nytt avtal" }],
      "Tidigare avtalspris",
    ],
    [
      "styckpris och volym",
      [
        { type: "typeChanged", value: "Nytt avtal" },
        { type: "calculationChanged", calculation: "unitPrices" },
      ],
      "Tidigare avtalspris",
    ],
    [
      "årligt belopp direkt",
      [
        { type: "typeChanged", value: "Nytt avtal" },
        { type: "calculationChanged", calculation: "direct" },
      ],
      "",
    ],
    ["ett engångsbelopp", [{ type: "typeChanged", value: "Engångsbelopp/vite" }], ""],
    ["Indexjustering", index, "Indexjusterat tidigare pris"],
    [
      "Indexjustering som engångsbelopp",
      [
        { type: "typeChanged", value: "Engångsbelopp/vite" },
        ...typed({ reason: "indexjustering" }),
      ],
      "Indexjusterat tidigare pris",
    ],
  ] as [string, EntryFormAction[], string][])("%s ger %j", (_name, actions, baseline) => {
    expect(run(...actions).values.baseline).toBe(baseline);
  });

  it("följer med när det som förvalet bygger på ändras", () => {
    const annual = run({ type: "typeChanged", value: "Nytt avtal" });
    const indexed = reduceEntryForm(annual, toIndex);
    expect(indexed.values.baseline).toBe("Indexjusterat tidigare pris");
    const direct = run(
      { type: "typeChanged", value: "Nytt avtal" },
      { type: "calculationChanged", calculation: "direct" }
    );
    expect(direct.values.baseline).toBe("");
  });

  it.each([
    ["en annan anledning", typed({ reason: "Indexjustering" })],
    ["ett annat sätt att räkna", [{ type: "calculationChanged", calculation: "direct" }]],
    ["en annan typ", [{ type: "typeChanged", value: "Engångsbelopp/vite" }]],
  ] as [string, EntryFormAction[]][])("skriver aldrig över ett eget val vid %s", (_name, later) => {
    const state = run(
      { type: "typeChanged", value: "Nytt avtal" },
      ...typed({ baseline: "Marknadsjämförelse" }),
      ...later
    );
    expect(state.values.baseline).toBe("Marknadsjämförelse");
    expect(state.chosen.baseline).toBe(true);
    expect(state.touched.baseline).toBe(true);
  });

  it("behåller ett förval som eget val i nästa effekt i samma ärende", () => {
    const saved = run(...PRINTING, ...typed({ baseline: "Annan", baselineNote: "Offert 2024" }));
    const next = reduceEntryForm(saved, { type: "sameCaseNext" });
    expect(next.values).toMatchObject({ baseline: "Annan", baselineNote: "Offert 2024" });
    const oneOff = reduceEntryForm(next, { type: "typeChanged", value: "Engångsbelopp/vite" });
    expect(oneOff.values.baseline).toBe("Annan");
  });

  it("behåller baslinjen i samma ärende även när den var förvald", () => {
    const next = reduceEntryForm(run(...PRINTING), { type: "sameCaseNext" });
    expect(next.values.baseline).toBe("Tidigare avtalspris");
    const indexed = reduceEntryForm(next, toIndex);
    expect(indexed.values.baseline).toBe("Tidigare avtalspris");
  });

  it("förväljer en baslinje när en sparad effekt från före kolumnen öppnas", () => {
    const old = anEffect({ baseline: null });
    const state = run({ type: "loaded", mode: "edit", draft: old });
    expect(state.values.baseline).toBe("Tidigare avtalspris");
    expect(state.chosen.baseline).toBeUndefined();
  });

  it("behåller en sparad baslinje när effekten öppnas", () => {
    const state = run({
      type: "loaded",
      mode: "edit",
      draft: anEffect({ baseline: "Marknadsjämförelse" }),
    });
    expect(state.values.baseline).toBe("Marknadsjämförelse");
    expect(reduceEntryForm(state, toIndex).values.baseline).toBe("Marknadsjämförelse");
  });
});
