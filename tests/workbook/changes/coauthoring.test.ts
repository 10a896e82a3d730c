/**
 * Co-authors on replicas (fakeExcel/replicas.ts): each registers on their own copy, the service
 * merges seconds later and the later write of a cell wins. The save's later confirmation
 * (`confirmSaved`) is what makes every row land exactly once.
 */
import { describe, expect, it } from "@jest/globals";
import { createCoauthors, type FakeWorkbook } from "../../../src/preview/fakeExcel";
import { cellKey } from "../../../src/preview/fakeExcel/model/cells";
import { anEffect } from "../../fixtures/effects";
import {
  adapterOnFake,
  inputOf,
  logRows,
  syncsOf,
  tableCells,
  templateModel,
} from "../support/adapterOnFake";

/** Ids in the table, without the new table's empty first row. */
const registeredIds = (model: FakeWorkbook) =>
  tableCells(model)
    .body.map((row) => row[0]?.value)
    .filter((id) => id !== "");

async function coauthors(prefixes: readonly string[], delaySyncs = 1) {
  const replicas = createCoauthors(await templateModel(), prefixes.length, { delaySyncs });
  const authors = replicas.map((fake, i) => adapterOnFake(fake, prefixes[i]));
  return { replicas, authors };
}

describe("medförfattare på egna kopior", () => {
  it("två som registrerar samtidigt skriver i samma rad; bekräftelsen skriver den förlorade igen", async () => {
    const { replicas, authors } = await coauthors(["E-ANNA", "E-BO"]);
    const [anna, bo] = authors;
    if (!anna || !bo) throw new Error("two authors");
    const [a, b] = await Promise.all([
      anna.port.appendEffects([inputOf(anEffect({ caseName: "Annas" }))], { registeredBy: "Anna" }),
      bo.port.appendEffects([inputOf(anEffect({ caseName: "Bos" }))], { registeredBy: "Bo" }),
    ]);
    replicas.settle();
    // The merge kept the later row: one registration is gone from every copy.
    expect(registeredIds(anna.fake.workbook)).toHaveLength(1);

    const confirmations = await Promise.all([
      anna.port.confirmSaved(a ?? []),
      bo.port.confirmSaved(b ?? []),
    ]);
    replicas.settle();
    expect(confirmations.flatMap((c) => c.rewritten)).toHaveLength(1);
    for (const replica of replicas) {
      const ids = registeredIds(replica.workbook);
      expect([...ids].sort()).toEqual([a?.[0]?.id, b?.[0]?.id].sort());
      const logged = logRows(replica.workbook).map((line) => line["ID"]);
      for (const id of ids) expect(logged).toContain(id);
    }
  });

  it("tre medförfattare med två rader var: efter bekräftelsen finns varje rad exakt en gång", async () => {
    const { replicas, authors } = await coauthors(["E-A", "E-B", "E-C"], 2);
    const saved = await Promise.all(
      authors.map((author, n) =>
        author.port.appendEffects(
          [1, 2].map((i) => inputOf(anEffect({ caseName: `Författare ${n} rad ${i}` }))),
          { registeredBy: "" }
        )
      )
    );
    replicas.settle();
    // Confirmed one after the other, seconds apart, each seeing the others' rewrites.
    for (const [n, author] of authors.entries()) {
      await author.port.confirmSaved(saved[n] ?? []);
      replicas.settle();
    }
    const expected = saved
      .flat()
      .map((e) => e.id)
      .sort();
    for (const replica of replicas)
      expect([...registeredIds(replica.workbook)].sort()).toEqual(expected);
  });

  it("bekräftelsen kostar en synk när raden finns, och rapporterar ett id som finns två gånger", async () => {
    const { authors } = await coauthors(["E-ANNA"]);
    const [anna] = authors;
    if (!anna) throw new Error("one author");
    const saved = await anna.port.appendEffects([inputOf(anEffect())], { registeredBy: "Anna" });
    expect(await syncsOf(anna.fake, () => anna.port.confirmSaved(saved))).toBe(1);

    // Someone copies the row by hand into the row below the table.
    const { sheet, table } = tableCells(anna.fake.workbook);
    const last = table.rect.row + table.rect.rows - 1;
    for (let c = table.rect.col; c < table.rect.col + table.rect.cols; c += 1) {
      const cell = sheet.cells.get(cellKey(last, c));
      if (cell) sheet.cells.set(cellKey(last + 1, c), { ...cell });
    }
    table.rect = { ...table.rect, rows: table.rect.rows + 1 };
    expect(await anna.port.confirmSaved(saved)).toEqual({
      rewritten: [],
      relogged: [],
      duplicates: [saved[0]?.id],
    });
  });
});
