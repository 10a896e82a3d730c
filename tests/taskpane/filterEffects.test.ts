import { effectId, isoDate } from "../../src/domain/model/effect";
import {
  choicesOf,
  filterEffects,
  isFiltered,
  newestFirst,
  NO_FILTER,
} from "../../src/taskpane/registrations/filterEffects";
import { anEffect } from "../fixtures/effects";

const a = anEffect({ id: effectId("A"), registered: isoDate("2026-01-15"), lastModified: 5 });
const b = anEffect({ id: effectId("B"), registered: isoDate("2026-02-01"), lastModified: 1 });
const c = anEffect({ id: effectId("C"), registered: isoDate("2026-02-01"), lastModified: 2 });
const d = anEffect({ id: effectId("D"), registered: isoDate("2026-02-01"), lastModified: null });

describe("newestFirst", () => {
  it("sorterar på registreringsdatum, sedan senast ändrad, tomt sist", () => {
    expect(newestFirst([a, d, b, c]).map((e) => e.id)).toEqual(["C", "B", "D", "A"]);
  });
});

describe("filterEffects", () => {
  const effects = [
    anEffect({ id: effectId("E-1"), caseName: "Utskrift  som tjänst" }),
    anEffect({ id: effectId("E-2"), caseName: "Flyttjänster", supplier: "Åkeriet" }),
  ];
  it.each([
    ["", ["E-1", "E-2"]],
    ["  utskrift   SOM ", ["E-1"]],
    ["åkeri", ["E-2"]],
    ["tjänst flytt", ["E-2"]],
    ["e-2", ["E-2"]],
    ["saknas", []],
  ])("sökning %j", (search, ids) => {
    expect(filterEffects(effects, { ...NO_FILTER, search }).map((e) => e.id)).toEqual(ids);
  });

  it("kombinerar filtren", () => {
    const filter = { ...NO_FILTER, status: "Realiserad" as const };
    expect(filterEffects(effects, filter)).toEqual([]);
    expect(isFiltered(filter)).toBe(true);
    expect(isFiltered(NO_FILTER)).toBe(false);
  });
});

describe("choicesOf", () => {
  it("listans ordning först, sedan värden som bara finns på rader, utan tomma och dubbletter", () => {
    expect(choicesOf(["IT", "Fordon"], ["Fordon", "", "Städ", "Städ"])).toEqual([
      "IT",
      "Fordon",
      "Städ",
    ]);
  });
});
