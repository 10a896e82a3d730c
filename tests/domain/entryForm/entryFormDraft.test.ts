import {
  draftOf,
  reduceEntryForm,
  shownFields,
  validateEntryForm,
  visibleIssues,
  type AnnualCalculation,
  type EntryField,
} from "../../../src/domain/entryForm/entryForm";
import { isoDateToExcelSerial } from "../../../src/domain/model/dates";
import { isoDate } from "../../../src/domain/model/effect";
import { validateEffect } from "../../../src/domain/validate/validate";
import { inputOf } from "../../../src/taskpane/registrations/realise";
import { anEffect, someLists } from "../../fixtures/effects";
import { PRINTING, issuesOf, run, typed } from "../../fixtures/entryForm";

describe("shownFields och draftOf följer typ, grund och status", () => {
  const amountFields: EntryField[] = [
    "previousAnnualCost",
    "newAnnualCost",
    "previousUnitPrice",
    "newUnitPrice",
    "annualVolume",
    "annualAmount",
    "oneOffAmount",
    "contractYears",
    "startDate",
    "realised",
    "realisedDate",
  ];
  it.each([
    ["", "costs", "Kalkylerad", []],
    [
      "Nytt avtal",
      "costs",
      "Kalkylerad",
      ["previousAnnualCost", "newAnnualCost", "contractYears", "startDate"],
    ],
    [
      "Nytt avtal",
      "unitPrices",
      "Kalkylerad",
      ["previousUnitPrice", "newUnitPrice", "annualVolume", "contractYears", "startDate"],
    ],
    ["Nytt avtal", "direct", "Kalkylerad", ["annualAmount", "contractYears", "startDate"]],
    ["Engångsbelopp/vite", "costs", "Kalkylerad", ["oneOffAmount", "startDate"]],
    ["Cost avoidance", "costs", "Kalkylerad", ["oneOffAmount", "startDate"]],
    [
      "Engångsbelopp/vite",
      "costs",
      "Realiserad",
      ["oneOffAmount", "startDate", "realised", "realisedDate"],
    ],
  ] as const)(
    "typ %j, %s, %s visar %j",
    (type, calculation: AnnualCalculation, status, expected: readonly EntryField[]) => {
      const state = run(
        { type: "typeChanged", value: type },
        { type: "calculationChanged", calculation },
        ...typed({ status })
      );
      const shown = shownFields(state);
      expect(amountFields.filter((field) => shown.has(field))).toEqual(expected);
    }
  );

  it("lämnar dolda fält utanför utkastet men behåller deras text", () => {
    const state = run(...PRINTING, { type: "typeChanged", value: "Engångsbelopp/vite" });
    expect(draftOf(state).previousAnnualCost).toBeUndefined();
    expect(state.values.previousAnnualCost).toBe("5 mkr");
    const back = reduceEntryForm(state, { type: "typeChanged", value: "Nytt avtal" });
    expect(draftOf(back)).toMatchObject({ previousAnnualCost: "5 mkr", newAnnualCost: "3 mkr" });
  });

  it("ger ett utkast som validerar när allt är ifyllt", () => {
    const { input } = validateEffect(draftOf(run(...PRINTING)), someLists());
    expect(input).toMatchObject({ annualAmount: 2_000_000, contractYears: 7, basis: "Årlig" });
  });
});

describe("visibleIssues", () => {
  it("visar inga fel innan fältet lämnats", () => {
    const state = run(...typed({ caseName: "" }));
    expect(visibleIssues(state, issuesOf(state))).toEqual([]);
  });

  it("visar fel på ett lämnat fält", () => {
    const state = run({ type: "fieldBlurred", field: "caseName" });
    expect(visibleIssues(state, issuesOf(state))).toEqual([
      expect.objectContaining({ at: "caseName", code: "required" }),
    ]);
  });

  it("visar alla fel efter försök att spara, i formulärets ordning", () => {
    const state = run({ type: "submitted" });
    const places = visibleIssues(state, issuesOf(state)).map((issue) => issue.at);
    expect(places).toEqual(["caseName", "department", "category", "type", "reason", "baseline"]);
  });

  it.each([
    ["costs", {}, "previousAnnualCost", "required"],
    ["unitPrices", {}, "previousUnitPrice", "required"],
    ["costs", { previousAnnualCost: "3", newAnnualCost: "3" }, "newAnnualCost", "zeroAmount"],
    [
      "unitPrices",
      { previousUnitPrice: "1", newUnitPrice: "2", annualVolume: "10" },
      "annualVolume",
      "costIncreaseUnconfirmed",
    ],
  ] as const)(
    "visar ett uträknat årligt beloppsfel (%s) vid ett synligt fält",
    (calculation, values, at, code) => {
      const state = run(
        ...PRINTING,
        ...typed({ previousAnnualCost: "", newAnnualCost: "", ...values }),
        { type: "calculationChanged", calculation },
        { type: "submitted" }
      );
      expect(visibleIssues(state, issuesOf(state))).toEqual([
        expect.objectContaining({ at, code }),
      ]);
    }
  );
});

describe("loaded", () => {
  it("fyller i en sparad effekt som text att redigera", () => {
    const state = run({ type: "loaded", mode: "edit", draft: anEffect() });
    expect(state.values).toMatchObject({
      previousAnnualCost: "5 000 000",
      newAnnualCost: "3 000 000",
      contractYears: "7",
      startDate: "2026-01-01",
      budgetAffecting: "Ja",
      caseNumber: "KS 2025/123",
    });
    expect(state).toMatchObject({ mode: "edit", calculation: "costs", submitted: false });
    const { input } = validateEffect(draftOf(state), someLists());
    expect(input).toEqual(inputOf(anEffect()));
  });

  it("visar en felaktig rads alla värden och problem direkt", () => {
    const draft = {
      ...anEffect(),
      startDate: isoDateToExcelSerial(isoDate("2026-03-01")),
      oneOffAmount: 175_000,
      annualAmount: 2_500_000,
    };
    const state = run({ type: "loaded", mode: "fix", draft });
    expect(state.values.startDate).toBe("2026-03-01");
    expect(shownFields(state).has("oneOffAmount")).toBe(true);
    const codes = visibleIssues(state, issuesOf(state)).map((issue) => [issue.at, issue.code]);
    expect(codes).toEqual([
      ["annualAmount", "annualMismatch"],
      ["oneOffAmount", "wrongBasis"],
    ]);
  });
});

describe("Baslinje, index och rapportering i formuläret", () => {
  const extra: EntryField[] = [
    "baseline",
    "baselineNote",
    "indexName",
    "avoidedIncreasePercent",
    "avoidedIncrease",
    "alsoReportedBy",
    "alsoReportedRef",
  ];
  const always: EntryField[] = ["baseline", "alsoReportedBy", "alsoReportedRef"];

  it.each([
    ["ett tomt formulär", {}, always],
    [
      "Annan",
      { baseline: "Annan" },
      ["baseline", "baselineNote", "alsoReportedBy", "alsoReportedRef"],
    ],
    ["en annan baslinje", { baseline: "Marknadsjämförelse" }, always],
    [
      "Indexjustering",
      { reason: "Indexjustering" },
      [
        "baseline",
        "indexName",
        "avoidedIncreasePercent",
        "avoidedIncrease",
        "alsoReportedBy",
        "alsoReportedRef",
      ],
    ],
    ["en annan anledning", { reason: "FKU" }, always],
  ] as const)("%s visar %j", (_name, values, expected: readonly EntryField[]) => {
    const shown = shownFields(run(...typed(values)));
    expect(extra.filter((field) => shown.has(field))).toEqual(expected);
  });

  it("sparar inte index som skrevs innan anledningen byttes", () => {
    const state = run(
      ...PRINTING,
      ...typed({ reason: "Indexjustering", indexName: "KPI", avoidedIncreasePercent: "3 %" }),
      ...typed({ reason: "FKU" })
    );
    expect(draftOf(state)).not.toHaveProperty("indexName");
    expect(state.values.indexName).toBe("KPI");
  });

  it("ger en indexjustering som validerar med förvald baslinje", () => {
    const state = run(
      ...PRINTING,
      ...typed({ reason: "Indexjustering", indexName: "KPI", avoidedIncreasePercent: "3,5 %" })
    );
    expect(validateEntryForm(state, someLists())).toMatchObject({
      input: {
        baseline: "Indexjusterat tidigare pris",
        indexName: "KPI",
        avoidedIncreasePercent: 0.035,
        avoidedIncrease: null,
      },
      issues: [],
    });
  });

  it("kräver baslinje när formuläret sparas utan förval", () => {
    const state = run(
      ...PRINTING,
      { type: "calculationChanged", calculation: "direct" },
      ...typed({ annualAmount: "2 mkr" }),
      { type: "submitted" }
    );
    expect(visibleIssues(state, issuesOf(state))).toEqual([
      expect.objectContaining({
        at: "baseline",
        code: "required",
        message: expect.stringContaining("Välj baslinje"),
      }),
    ]);
  });

  it("läser en sparad procentsats som text som läses tillbaka likadant", () => {
    const draft = anEffect({
      reason: "Indexjustering",
      indexName: "KPI",
      avoidedIncreasePercent: 0.035,
    });
    const state = run({ type: "loaded", mode: "edit", draft });
    expect(state.values.avoidedIncreasePercent).toBe("3,5 %");
    expect(validateEntryForm(state, someLists()).input?.avoidedIncreasePercent).toBe(0.035);
  });

  it("visar index och beskrivning som en rad har fast anledning och baslinje inte kräver dem", () => {
    const draft = anEffect({ indexName: "KPI", baselineNote: "Offert" });
    const shown = shownFields(run({ type: "loaded", mode: "fix", draft }));
    expect(shown.has("indexName")).toBe(true);
    expect(shown.has("baselineNote")).toBe(true);
    expect(shown.has("avoidedIncrease")).toBe(false);
  });
});
