import { describe, expect, it } from "@jest/globals";
import { anEffect } from "../../fixtures/effects";
import { adapterOn, inputOf, templateModel, tableCells } from "../support/adapterOnFake";

/** Ids in the table, without the new table's empty first row. */
const registeredIds = (model: Parameters<typeof tableCells>[0]) =>
  tableCells(model)
    .body.map((row) => row[0]?.value)
    .filter((id) => id !== "");

describe("två och tre medförfattare", () => {
  it("båda raderna landar, en gång var, när två registrerar samtidigt mot samma rad under tabellen", async () => {
    const model = await templateModel();
    const anna = adapterOn(model, "E-ANNA");
    const bo = adapterOn(model, "E-BO");
    await anna.port.appendEffects([inputOf(anEffect({ caseName: "Först" }))], { registeredBy: "" });
    // Both read the table's end at the same moment, then both write.
    const [a, b] = await Promise.all([
      anna.port.appendEffects([inputOf(anEffect({ caseName: "Annas" }))], { registeredBy: "Anna" }),
      bo.port.appendEffects([inputOf(anEffect({ caseName: "Bos" }))], { registeredBy: "Bo" }),
    ]);
    const ids = registeredIds(model);
    expect(ids).toHaveLength(3);
    expect(ids).toEqual(expect.arrayContaining([a[0]?.id, b[0]?.id]));
    expect(new Set(ids).size).toBe(3);
  });

  it("tre medförfattare med flera rader var: varje rad landar exakt en gång", async () => {
    const model = await templateModel();
    const authors = ["E-A", "E-B", "E-C"].map((prefix) => adapterOn(model, prefix));
    const saved = await Promise.all(
      authors.map((author, n) =>
        author.port.appendEffects(
          [1, 2].map((i) => inputOf(anEffect({ caseName: `Författare ${n} rad ${i}` }))),
          { registeredBy: "" }
        )
      )
    );
    const ids = registeredIds(model);
    expect(ids.sort()).toEqual(
      saved
        .flat()
        .map((e) => e.id)
        .sort()
    );
  });
});
