import { describe, expect, it } from "@jest/globals";
import type { CellValue } from "../../../src/domain/model/cells";
import {
  DEFAULT_LISTS,
  LIST_HEADERS,
  matchListValue,
  readLists,
  withListValue,
} from "../../../src/domain/model/lists";
import { someLists } from "../../fixtures/effects";

/** The template's Kategori sheet: a title, headers in row 3 (index 2), values below. */
const template: CellValue[][] = [
  ["Listor för effektiviseringar", "", "", ""],
  ["", "", "", ""],
  ["Kategori", "Förvaltning", "Typ av effektivisering", "Anledning till effektivisering"],
  ["IT", "Kommunstyrelseförvaltningen", "Engångsbelopp/vite", "Ramavtal/kontrakt"],
  ["Fordon", "Utbildningsförvaltningen", "Nytt avtal", "Direktupphandling"],
  ["", "", "Cost avoidance", "FKU"],
  ["", "", "Annat", "Rättad faktura"],
];

describe("readLists", () => {
  it("läser mallens fyra listor under sina rubriker", () => {
    const reading = readLists(template);
    expect(reading.lists).toEqual({
      categories: ["IT", "Fordon"],
      departments: ["Kommunstyrelseförvaltningen", "Utbildningsförvaltningen"],
      types: ["Engångsbelopp/vite", "Nytt avtal", "Cost avoidance", "Annat"],
      reasons: ["Ramavtal/kontrakt", "Direktupphandling", "FKU", "Rättad faktura"],
    });
    expect(reading.locations.types).toEqual({ row: 2, column: 2 });
    expect(reading.missing).toEqual([]);
  });

  it("hittar en lista som flyttats till en annan rad och kolumn", () => {
    const grid: CellValue[][] = [
      ["Kategori", "", "", ""],
      ["IT", "", "", ""],
      ["", "", "", ""],
      ["", "", "", " typ av EFFEKTIVISERING "],
      ["", "", "", "Nytt avtal"],
    ];
    const reading = readLists(grid);
    expect(reading.locations.types).toEqual({ row: 3, column: 3 });
    expect(reading.lists.types).toEqual(["Nytt avtal"]);
    expect(reading.missing).toEqual(["departments", "reasons"]);
  });

  it("hoppar över tomma rader, trimmar och tar bort dubbletter (första stavningen vinner)", () => {
    const grid: CellValue[][] = [
      ["Kategori"],
      ["  IT  "],
      [""],
      ["   "],
      ["it"],
      ["Fordon"],
      ["FORDON"],
    ];
    expect(readLists(grid).lists.categories).toEqual(["IT", "Fordon"]);
  });

  it("läser tal som text och hoppar över sanningsvärden", () => {
    const grid: CellValue[][] = [["Förvaltning"], [2026], [true], ["Vård"]];
    expect(readLists(grid).lists.departments).toEqual(["2026", "Vård"]);
  });

  it("slutar vid nästa listas rubrik när två listor står under varandra", () => {
    const grid: CellValue[][] = [["Kategori"], ["IT"], ["Förvaltning"], ["Vård"]];
    const { lists } = readLists(grid);
    expect(lists.categories).toEqual(["IT"]);
    expect(lists.departments).toEqual(["Vård"]);
  });

  it("klarar rader av olika längd", () => {
    const grid: CellValue[][] = [["", "Kategori"], [], ["", "IT"]];
    expect(readLists(grid).lists.categories).toEqual(["IT"]);
  });

  it("rapporterar alla listor som saknade i ett tomt blad", () => {
    const reading = readLists([]);
    expect(reading.missing).toEqual(["categories", "departments", "types", "reasons"]);
    expect(reading.lists).toEqual({ categories: [], departments: [], types: [], reasons: [] });
    expect(reading.locations.categories).toBeNull();
  });
});

describe("standardlistor", () => {
  it("har mallens typer och anledningar och tomma organisationslistor", () => {
    expect(DEFAULT_LISTS.types).toContain("Nytt avtal");
    expect(DEFAULT_LISTS.reasons).toContain("FKU");
    expect(DEFAULT_LISTS.categories).toEqual([]);
    expect(LIST_HEADERS.reasons).toBe("Anledning till effektivisering");
  });
});

describe("matchListValue", () => {
  it.each([
    ["fku", "FKU"],
    ["  Nytt Avtal ", "Nytt avtal"],
    ["Ramavtal/kontrakt", "Ramavtal/kontrakt"],
    ["Okänd", null],
    ["", null],
  ] as const)("matchar %j mot listans %p", (value, expected) => {
    const list = [...DEFAULT_LISTS.reasons, "Nytt avtal"];
    expect(matchListValue(list, value)).toBe(expected);
  });
});

describe("withListValue", () => {
  it("lägger till ett nytt värde utan att ändra originalet", () => {
    const lists = someLists();
    const result = withListValue(lists, "categories", "  Livsmedel ");
    expect(result.added).toBe(true);
    expect(result.lists.categories).toEqual(["IT", "Fordon", "Flyttjänster", "Livsmedel"]);
    expect(lists.categories).toEqual(["IT", "Fordon", "Flyttjänster"]);
  });

  it.each(["it", " IT ", "", "   "])("lägger inte till %j (finns redan eller tomt)", (value) => {
    const lists = someLists();
    expect(withListValue(lists, "categories", value)).toEqual({ lists, added: false });
  });
});
