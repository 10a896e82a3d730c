/**
 * A shared workbook changed by hand between two of the add-in's operations (issue 6 §2), on one
 * co-author's copy (a replica) once the other's rows have reached it: sheet or table renamed,
 * columns moved, deleted or misspelt, the lists moved on `Kategori`. For each: `inspect()`
 * explains it in Swedish, `ensureStructure()` repairs what needs repairing, every cell of the
 * table is the same afterwards (apart from the columns the repair adds), the rows read as
 * before, registering works again, and the other co-author's copy reads the same.
 */
import { describe, expect, it } from "@jest/globals";
import type { Effect } from "../../src/domain/model/effect";
import type { FakeWorkbook } from "../../src/preview/fakeExcel";
import { cellKey, keyCol, keyRow } from "../../src/preview/fakeExcel/model/cells";
import { findTable, sheetById } from "../../src/preview/fakeExcel/model/workbook";
import type { EffectsReading } from "../../src/workbook/port";
import { anEffect } from "../fixtures/effects";
import { adapterOn, inputOf, tableCells, templateModel } from "../workbook/support/adapterOnFake";
import { byHand, byId, coauthors, columnsByHeader } from "./support/coauthors";
import { readable } from "./support/entryPoints";

const INPUT = inputOf(anEffect());

interface Tampering {
  what: string;
  change: (model: FakeWorkbook) => Promise<void> | void;
  /** What inspect() says, before and after the repair. */
  problems: string[];
  ready: boolean;
  afterRepair?: string[];
  /** Columns the repair adds, at the end of the table. */
  added?: string[];
  /** Headers the repair corrects (typed → right), their values staying under them. */
  renamed?: Record<string, string>;
  /** The rows as read after the repair, from how they read before the tampering. */
  reads?: (before: Effect[], after: EffectsReading) => void;
}

/** Swaps two columns of the table cell by cell, header included (Excel's cut and insert). */
function swapColumns(model: FakeWorkbook, a: string, b: string) {
  const { sheet, table, headers } = tableCells(model);
  const [ca, cb] = [a, b].map((h) => table.rect.col + headers.indexOf(h)) as [number, number];
  for (let row = table.rect.row; row < table.rect.row + table.rect.rows; row++) {
    const [x, y] = [sheet.cells.get(cellKey(row, ca)), sheet.cells.get(cellKey(row, cb))];
    sheet.cells.delete(cellKey(row, ca));
    sheet.cells.delete(cellKey(row, cb));
    if (x) sheet.cells.set(cellKey(row, cb), x);
    if (y) sheet.cells.set(cellKey(row, ca), y);
  }
}

/** Moves the cells of the lists (A3 and below; `columns`, all by default) by rows and columns. */
function moveLists(model: FakeWorkbook, rows = 7, columns = 5, only?: number) {
  const sheet = model.sheets.find((s) => s.name === "Kategori");
  if (!sheet) throw new Error("no Kategori sheet");
  const moved = [...sheet.cells].filter(
    ([key]) => keyRow(key) >= 2 && (only === undefined || keyCol(key) === only)
  );
  for (const [key] of moved) sheet.cells.delete(key);
  for (const [key, cell] of moved) {
    sheet.cells.set(cellKey(keyRow(key) + rows, keyCol(key) + columns), cell);
  }
}

const TAMPERINGS: Tampering[] = [
  {
    what: "bladet Registrering har döpts om",
    change: (model) =>
      byHand(model, (c) => {
        c.workbook.worksheets.getItem("Registrering").name = "Effekter 2026";
      }),
    problems: [
      "Registreringstabellen ligger på bladet ”Effekter 2026” i stället för ”Registrering”. Det fungerar, men bladet har fått ett annat namn.",
    ],
    ready: true,
    // The sheet's name is the organisation's choice; the add-in finds its table by name.
    afterRepair: [
      "Registreringstabellen ligger på bladet ”Effekter 2026” i stället för ”Registrering”. Det fungerar, men bladet har fått ett annat namn.",
    ],
  },
  {
    what: "tabellen har döpts om",
    change: (model) =>
      byHand(model, (c) => {
        c.workbook.tables.getItem("Effektiviseringar").name = "Tabell1";
      }),
    problems: [
      "Registreringstabellen heter ”Tabell1” i stället för ”Effektiviseringar”. Reparera för att ge den rätt namn igen; inga värden ändras.",
    ],
    ready: false,
  },
  {
    what: "kolumnerna har flyttats om",
    change: (model) => {
      swapColumns(model, "ID", "Ärende");
      swapColumns(model, "Kategori", "Kommentar");
    },
    problems: [],
    ready: true,
  },
  {
    what: "kolumnerna Kommentar och Kalkylerad effekt har tagits bort",
    change: (model) =>
      byHand(model, (c) => {
        const table = c.workbook.tables.getItem("Effektiviseringar");
        table.columns.getItem("Kommentar").delete();
        table.columns.getItem("Kalkylerad effekt (kr)").delete();
      }),
    problems: [
      "Tabellen saknar kolumnerna ”Kalkylerad effekt (kr)”, ”Kommentar”. Reparera för att lägga till dem sist i tabellen; inga värden ändras.",
    ],
    ready: false,
    added: ["Kalkylerad effekt (kr)", "Kommentar"],
    reads: (before, after) => {
      // The comments went with the deleted column, so the rows no longer match their checksums
      // and read as changed outside the add-in; everything else reads as before.
      expect(byId(after.effects)).toEqual(
        byId(before.map((e) => ({ ...e, comment: "", editedOutside: true })))
      );
    },
  },
  {
    what: "rubriken Förvaltning har skrivits om till ”Forvaltning”",
    change: (model) => {
      const { sheet, table, headers } = tableCells(model);
      const at = cellKey(table.rect.row, table.rect.col + headers.indexOf("Förvaltning"));
      sheet.cells.set(at, { value: "Forvaltning" });
    },
    problems: [
      "Kolumnrubriken ”Forvaltning” ser ut att vara ”Förvaltning”. Reparera för att rätta rubriken; inga värden ändras.",
    ],
    ready: false,
    // The repair corrects the header: the values were under it all along, so every row reads
    // as before.
    renamed: { Forvaltning: "Förvaltning" },
  },
  {
    what: "listorna på Kategori har flyttats till en annan rad och kolumn",
    change: (model) => moveLists(model),
    problems: [],
    ready: true,
  },
];

describe("en arbetsbok som någon har ändrat mellan två åtgärder", () => {
  it.each(TAMPERINGS)("$what: förklaras, repareras och inget värde går förlorat", async (t) => {
    const group = coauthors(await templateModel(), ["anna", "bo"]);
    const [anna, bo] = group;
    if (!anna || !bo) throw new Error("no co-authors");
    const three = ["Ett", "Två", "Tre"].map((caseName) => ({ ...INPUT, caseName }));
    await anna.port.appendEffects(three, { registeredBy: "Anna" });
    const before = (await anna.port.readEffects()).effects;
    // Anna's rows have reached Bo's copy; someone changes the workbook there, by hand.
    group.settle();
    const model = bo.model;
    await t.change(model);
    const cells = columnsByHeader(model);

    const inspection = await bo.port.inspect();
    expect([inspection.ready, inspection.problems.map(readable)]).toEqual([t.ready, t.problems]);
    // ensureStructure answers with the workbook as it is after the repair, as inspect() does.
    for (const inspected of [await bo.port.ensureStructure(), await bo.port.inspect()]) {
      expect([inspected.ready, inspected.problems.map(readable)]).toEqual([
        true,
        t.afterRepair ?? [],
      ]);
    }

    const after = columnsByHeader(model);
    for (const [header, column] of cells) {
      const now = t.renamed?.[header] ?? header;
      expect({ header, column: after.get(now) }).toEqual({ header, column });
    }
    const kept = new Set([...cells.keys()].map((h) => t.renamed?.[h] ?? h));
    expect([...after.keys()].filter((h) => !kept.has(h))).toEqual(t.added ?? []);
    const reading = await bo.port.readEffects();
    if (t.reads) t.reads(before, reading);
    else expect([byId(reading.effects), reading.invalidRows]).toEqual([byId(before), []]);

    // Every row computes its forecast again (the template's empty first row too), also where
    // the repair brought the column back.
    const forecasts = columnsByHeader(model).get("Kalkylerad effekt (kr)") ?? [];
    expect(forecasts).toHaveLength(before.length + 1);
    expect(forecasts.every((cell) => cell?.formula?.startsWith("=N("))).toBe(true);

    const [next] = await bo.port.appendEffects([{ ...INPUT, caseName: "Efter" }], {
      registeredBy: "Bo",
    });
    const [found] = (await bo.port.readEffects()).effects.filter((e) => e.id === next?.id);
    expect(found?.caseName).toBe("Efter");

    // The change, the repair and Bo's row reach Anna's copy: she reads what Bo reads.
    group.settle();
    const [annas, bos] = [await anna.port.readEffects(), await bo.port.readEffects()];
    expect([byId(annas.effects), annas.invalidRows]).toEqual([byId(bos.effects), bos.invalidRows]);
  });

  it("efter att listorna flyttats följer listvalideringen med till deras nya plats", async () => {
    const model = await templateModel();
    moveLists(model);
    await adapterOn(model, "E-BO").port.ensureStructure();
    const table = findTable(model, "Effektiviseringar");
    if (!table) throw new Error("no table");
    const sources = sheetById(model, table.sheetId).validations.map((v) => v.rule.list.source);
    expect(sources).toEqual(
      expect.arrayContaining(["='Kategori'!$F$11:$F$510", "='Kategori'!$G$11:$G$510"])
    );
  });

  it("listorna har ställts under varandra: en ny kategori hamnar i kategorilistan", async () => {
    const model = await templateModel();
    moveLists(model, 7, -1, 1); // Förvaltning (column B) to A10, under the categories
    const bo = adapterOn(model, "E-BO");
    const lists = await bo.port.readLists();
    const added = await bo.port.addListValue("categories", "Städ");
    expect(await bo.port.readLists()).toEqual(added);
    expect([added.categories, added.departments]).toEqual([
      [...lists.categories, "Städ"],
      lists.departments,
    ]);
  });
});
