/**
 * Co-authoring (issue 6 §2, issue 7 §3): two and three people saving into one shared workbook
 * at the same time, both as Promise.all and in round-trip orders written out with `Turns`.
 * Every row lands once, and so does its log line below the log table; an edit made on a stale
 * copy is refused with the columns that changed. The tampered workbook cases are in
 * tampered.test.ts.
 */
import { describe, expect, it } from "@jest/globals";
import { kronor, type Effect } from "../../src/domain/model/effect";
import type { FakeWorkbook } from "../../src/preview/fakeExcel";
import { anEffect } from "../fixtures/effects";
import { inputOf, logRows, tableCells, templateModel } from "../workbook/support/adapterOnFake";
import { Turns, coauthor } from "./support/coauthors";

const INPUT = inputOf(anEffect());
const named = (caseName: string) => ({ ...INPUT, caseName });

/** [id, Fält] of every log line, in sheet order. */
const logged = (model: FakeWorkbook) => logRows(model).map((line) => [line["ID"], line["Fält"]]);

/** The log lines a registration of each of `ids` writes, in any order. */
const registrationLines = (ids: unknown[]) => ids.map((id) => [id, "Ny registrering"]);

/** [id, Ärende] of every registered row, in sheet order (the template's empty row left out). */
function registered(model: FakeWorkbook): [unknown, unknown][] {
  const { headers, body } = tableCells(model);
  const [id, caseName] = [headers.indexOf("ID"), headers.indexOf("Ärende")];
  return body.filter((row) => row[id]?.value !== "").map((r) => [r[id]?.value, r[caseName]?.value]);
}

const staleMessage = (id: string, columns: string) =>
  `Registreringen ${id} har ändrats av någon annan sedan du öppnade den (${columns}). ` +
  "Läs in den igen innan du sparar, så skriver du inte över en kollegas ändring.";

describe("samtidiga registreringar: varje rad landar exakt en gång", () => {
  it("två medförfattare sparar tre rader var samtidigt", async () => {
    const model = await templateModel();
    const [anna, bo] = [coauthor(model, "anna"), coauthor(model, "bo")];
    const rows = (who: string) => [1, 2, 3].map((i) => named(`${who} ${i}`));
    const [a, b] = await Promise.all([
      anna.port.appendEffects(rows("Anna"), { registeredBy: "Anna" }),
      bo.port.appendEffects(rows("Bo"), { registeredBy: "Bo" }),
    ]);
    const saved = [...a, ...b].map((e) => [e.id, e.caseName]);
    expect(registered(model)).toHaveLength(6);
    expect(registered(model)).toEqual(expect.arrayContaining(saved));
    expect(logged(model)).toHaveLength(6);
    expect(logged(model)).toEqual(
      expect.arrayContaining(registrationLines(saved.map(([id]) => id)))
    );
  });

  // An append is two round trips: read the table's end, then write below it. Whoever writes
  // first gets the upper row; nobody overwrites the other.
  it.each([
    ["båda läser, Anna skriver först", ["anna", "bo", "anna", "bo"], ["Annas", "Bos"]],
    ["båda läser, Bo skriver först", ["anna", "bo", "bo", "anna"], ["Bos", "Annas"]],
    ["Anna läser och skriver, sedan Bo", ["anna", "anna", "bo", "bo"], ["Annas", "Bos"]],
    [
      "Bo läser, Anna läser och skriver, Bo skriver",
      ["bo", "anna", "anna", "bo"],
      ["Annas", "Bos"],
    ],
  ])("två medförfattare i ordningen: %s", async (_, order, sheetOrder) => {
    const model = await templateModel();
    const turns = new Turns();
    const [anna, bo] = [turns.author(model, "anna"), turns.author(model, "bo")];
    const saving = Promise.all([
      anna.port.appendEffects([named("Annas")], { registeredBy: "Anna" }),
      bo.port.appendEffects([named("Bos")], { registeredBy: "Bo" }),
    ]);
    await turns.play(...order);
    const ids = Object.fromEntries((await saving).flat().map((e) => [e.caseName, e.id]));
    expect(registered(model)).toEqual(sheetOrder.map((name) => [ids[name], name]));
    // Each writes its log line first, in the same round trip: the log has the same order.
    expect(logged(model)).toEqual(registrationLines(sheetOrder.map((name) => ids[name])));
  });

  it("tre medförfattare läser samma slut på tabellen och skriver i omvänd ordning", async () => {
    const model = await templateModel();
    const turns = new Turns();
    const authors = ["anna", "bo", "carl"].map((name) => turns.author(model, name));
    const saving = Promise.all(
      authors.map((author) =>
        author.port.appendEffects([named(`${author.name} 1`), named(`${author.name} 2`)], {
          registeredBy: author.name,
        })
      )
    );
    await turns.play("anna", "bo", "carl", "carl", "bo", "anna");
    const [annas, bos, carls] = await saving;
    const saved = [carls, bos, annas].flatMap((rows) => rows?.map((e) => [e.id, e.caseName]));
    expect(registered(model)).toEqual(saved);
    expect(logged(model)).toEqual(registrationLines(saved.map((row) => row?.[0])));
  });
});

describe("samtidiga ändringar", () => {
  async function threeReaders() {
    const model = await templateModel();
    const [anna, bo, carl] = ["anna", "bo", "carl"].map((name) => coauthor(model, name));
    if (!anna || !bo || !carl) throw new Error("no co-authors");
    await anna.port.appendEffects([INPUT, named("Andra")], { registeredBy: "Anna" });
    const view = async (who: typeof anna) => (await who.port.readEffects()).effects[0] as Effect;
    return { model, anna, bo, carl, views: await Promise.all([anna, bo, carl].map(view)) };
  }

  it("en ändring på en inaktuell kopia vägras, med kolumnerna som kollegan ändrade", async () => {
    const { model, anna, bo, views } = await threeReaders();
    const [annas, bos] = views as [Effect, Effect];
    await anna.port.updateEffect(
      annas,
      {
        ...inputOf(annas),
        previousAnnualCost: kronor(5_500_000),
        annualAmount: kronor(2_500_000),
      },
      { by: "Anna" }
    );
    const refused = bo.port.updateEffect(
      bos,
      { ...inputOf(bos), comment: "Bos kommentar" },
      { by: "Bo" }
    );
    await expect(refused).rejects.toMatchObject({
      kind: "staleEdit",
      message: staleMessage(bos.id, "Tidigare årlig kostnad (kr), Årligt belopp (kr)"),
    });
    expect(tableCells(model).body[1]?.[tableCells(model).headers.indexOf("Kommentar")]?.value).toBe(
      INPUT.comment
    );
  });

  it("tre medförfattare: den första ändringen går igenom, de andra vägras tills de har läst om", async () => {
    const { anna, bo, carl, views } = await threeReaders();
    const [annas, bos, carls] = views as [Effect, Effect, Effect];
    await anna.port.updateEffect(
      annas,
      { ...inputOf(annas), supplier: "Annas leverantör" },
      { by: "Anna" }
    );
    for (const [who, mine] of [
      [bo, bos],
      [carl, carls],
    ] as const) {
      await expect(
        who.port.updateEffect(mine, { ...inputOf(mine), comment: who.name }, { by: who.name })
      ).rejects.toMatchObject({ message: staleMessage(mine.id, "Leverantör") });
    }
    const fresh = (await bo.port.readEffects()).effects[0] as Effect;
    await bo.port.updateEffect(
      fresh,
      { ...inputOf(fresh), comment: "Bo, efter omläsning" },
      { by: "Bo" }
    );
    await expect(
      carl.port.updateEffect(carls, { ...inputOf(carls), comment: "Carl" }, { by: "Carl" })
    ).rejects.toMatchObject({ message: staleMessage(carls.id, "Leverantör, Kommentar") });
    const [now] = (await carl.port.readEffects()).effects;
    expect([now?.supplier, now?.comment]).toEqual(["Annas leverantör", "Bo, efter omläsning"]);
  });

  it("två ändringar av olika kolumner som korsar varandra (läs, läs, skriv, skriv) landar båda", async () => {
    const model = await templateModel();
    const [saved] = await coauthor(model, "anna").port.appendEffects([INPUT], { registeredBy: "" });
    if (!saved) throw new Error("not saved");
    const turns = new Turns();
    const [anna, bo] = [turns.author(model, "anna"), turns.author(model, "bo")];
    const editing = Promise.all([
      anna.port.updateEffect(saved, { ...inputOf(saved), comment: "Annas" }, { by: "Anna" }),
      bo.port.updateEffect(saved, { ...inputOf(saved), supplier: "Bos" }, { by: "Bo" }),
    ]);
    await turns.play("anna", "bo", "anna", "bo");
    const [annas] = await editing;
    const [now] = (await anna.port.readEffects()).effects;
    // Each writes only the cells it changed, so neither change is lost; Anna's copy is stale now.
    expect([now?.comment, now?.supplier]).toEqual(["Annas", "Bos"]);
    // Both are logged. Neither saw the other's change, so the row's checksum (Bo's) holds
    // neither whole: the row asks for a look instead of being trusted.
    expect(logged(model).slice(1)).toEqual([
      [saved.id, "Kommentar"],
      [saved.id, "Leverantör"],
    ]);
    expect(now?.editedOutside).toBe(true);
    await expect(
      anna.port.updateEffect(annas, inputOf(annas), { by: "Anna" })
    ).rejects.toMatchObject({
      message: staleMessage(saved.id, "Leverantör"),
    });
  });

  it("en registrering och en ändring samtidigt: båda landar, ändringen på rätt rad", async () => {
    const model = await templateModel();
    const [first, second] = await coauthor(model, "carl").port.appendEffects(
      [named("Första"), named("Andra")],
      { registeredBy: "" }
    );
    if (!first || !second) throw new Error("not saved");
    const turns = new Turns();
    const [anna, bo] = [turns.author(model, "anna"), turns.author(model, "bo")];
    const both = Promise.all([
      anna.port.appendEffects([named("Tredje")], { registeredBy: "Anna" }),
      bo.port.updateEffect(second, { ...inputOf(second), comment: "Bos ändring" }, { by: "Bo" }),
    ]);
    await turns.play("bo", "anna", "anna", "bo");
    const [[third]] = await both;
    const effects = (await anna.port.readEffects()).effects;
    expect(effects.map((e) => [e.id, e.caseName, e.comment, e.editedOutside])).toEqual([
      [first.id, "Första", INPUT.comment, false],
      [second.id, "Andra", "Bos ändring", false],
      [third?.id, "Tredje", INPUT.comment, false],
    ]);
    // Anna's write went first (turn 3), Bo's last (turn 4): so do their log lines.
    expect(logged(model).slice(2)).toEqual([
      [third?.id, "Ny registrering"],
      [second.id, "Kommentar"],
    ]);
  });
});

describe("samtidiga tillägg i listorna", () => {
  it.each([
    ["båda läser listan, Anna skriver först", ["anna", "bo", "anna", "bo"]],
    ["båda läser listan, Bo skriver först", ["anna", "bo", "bo", "anna"]],
    ["Anna läser och skriver, sedan Bo", ["anna", "anna", "bo", "bo"]],
  ])("två lägger till var sin förvaltning (%s): båda står i listan", async (_, order) => {
    const model = await templateModel();
    const turns = new Turns();
    const [anna, bo] = [turns.author(model, "anna"), turns.author(model, "bo")];
    const adding = Promise.all([
      anna.port.addListValue("departments", "Socialförvaltningen"),
      bo.port.addListValue("departments", "Miljöförvaltningen"),
    ]);
    await turns.play(...order);
    await adding;
    const { departments } = await anna.port.readLists();
    expect([...departments].sort()).toEqual([
      "Kommunstyrelseförvaltningen",
      "Miljöförvaltningen",
      "Socialförvaltningen",
      "Utbildningsförvaltningen",
    ]);
  });
});
