import { initialEntryForm, reduceEntryForm } from "../../../src/domain/entryForm/entryForm";
import { isBlankForm, restoreEntryForm, snapshotOf } from "../../../src/domain/entryForm/snapshot";
import { anEffect } from "../../fixtures/effects";

describe("utkast som sparas mellan två öppningar av panelen", () => {
  const state = [
    { type: "fieldChanged", field: "caseName", value: "Flyttjänster" },
    { type: "fieldChanged", field: "oneOffAmount", value: "175 000" },
    { type: "fieldBlurred", field: "caseName" },
    { type: "calculationChanged", calculation: "direct" },
  ] as const;
  const filled = state.reduce(reduceEntryForm, initialEntryForm());

  it("återställer det som skrivits, fält för fält", () => {
    expect(restoreEntryForm(snapshotOf(filled))).toEqual(filled);
  });

  it.each([
    ["inget utkast", null],
    ["trasig text", "{inte json"],
    ["en annan version", JSON.stringify({ version: 99, values: {} })],
    ["en lista", "[]"],
  ])("ger inget formulär av %s", (_what, stored) => {
    expect(restoreEntryForm(stored)).toBeNull();
  });

  it("fyller luckor i ett utkast med tomma fält och struntar i okända värden", () => {
    const stored = JSON.stringify({
      version: 1,
      values: { caseName: "X", comment: 42 },
      touched: { caseName: true, nope: true },
      calculation: "guess",
    });
    expect(restoreEntryForm(stored)).toEqual({
      ...initialEntryForm(),
      values: { ...initialEntryForm().values, caseName: "X" },
      touched: { caseName: true },
    });
  });

  it("behåller att baslinjen var ett eget val", () => {
    const chosen = [
      { type: "typeChanged", value: "Nytt avtal" },
      { type: "fieldChanged", field: "baseline", value: "Egen kalkyl eller budget" },
    ] as const;
    const form = chosen.reduce(reduceEntryForm, initialEntryForm());
    const restored = restoreEntryForm(snapshotOf(form));
    expect(restored).toEqual(form);
    expect(restored?.chosen.baseline).toBe(true);
  });

  it("läser ett utkast från före Baslinje och förväljer den som i ett nytt formulär", () => {
    // As version 1 stored it before issue 7: no baseline, index or reporting fields.
    const later = [
      "baseline",
      "baselineNote",
      "indexName",
      "avoidedIncreasePercent",
      "avoidedIncrease",
      "alsoReportedBy",
      "alsoReportedRef",
    ];
    const before = Object.fromEntries(
      Object.entries(initialEntryForm().values).filter(([field]) => !later.includes(field))
    );
    const stored = JSON.stringify({
      version: 1,
      values: { ...before, caseName: "Utskrift", type: "Nytt avtal", basis: "Årlig" },
      touched: { type: true },
      calculation: "costs",
      costIncreaseConfirmed: false,
      chosen: { basis: true },
    });
    expect(restoreEntryForm(stored)).toMatchObject({
      values: { caseName: "Utskrift", baseline: "Tidigare avtalspris", indexName: "" },
      chosen: { basis: true },
    });
  });

  it("sparar inget utkast av en redigering", () => {
    const edit = reduceEntryForm(initialEntryForm(), {
      type: "loaded",
      mode: "edit",
      draft: anEffect(),
    });
    expect(snapshotOf(edit)).toBeNull();
  });

  it("känner igen ett orört formulär", () => {
    expect(isBlankForm(initialEntryForm())).toBe(true);
    expect(isBlankForm(filled)).toBe(false);
  });
});
