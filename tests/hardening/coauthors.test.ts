/**
 * Co-authoring (issue 6 §2, issue 7 §3, issue 11): two and three people saving into one shared
 * workbook at the same time, each on their own replica, both as Promise.all and in round-trip
 * orders written out with `Turns`. Whatever two co-authors write into the same empty row below
 * a table (registrations, log lines) or the same empty cell under a list, the later write wins
 * on every copy. Each case first shows that loss on the replicas, then that the save's later
 * confirmation (`confirmSaved`, `confirmListValue`) leaves nothing lost: every row in the table
 * exactly once, every log line in the log, every list value in its list once. An edit made on a
 * stale view is refused with the columns that changed. The tampered workbook cases are in
 * tampered.test.ts.
 */
import { describe, expect, it } from "@jest/globals";
import { kronor, type Effect, type EffectInput } from "../../src/domain/model/effect";
import type { FakeWorkbook } from "../../src/preview/fakeExcel";
import type { SaveKind } from "../../src/workbook/port";
import { cellKey } from "../../src/preview/fakeExcel/model/cells";
import { anEffect } from "../fixtures/effects";
import {
  adapterOn,
  inputOf,
  logRows,
  syncsOf,
  tableCells,
  templateModel,
} from "../workbook/support/adapterOnFake";
import { LOG_TABLE_NAME, REALISATION_TABLE_NAME } from "../../src/workbook/structure/layout";
import { Turns, coauthors, type Coauthor, type Coauthors } from "./support/coauthors";

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

function two(group: Coauthors): [Coauthor, Coauthor] {
  const [first, second] = group;
  if (!first || !second) throw new Error("two co-authors");
  return [first, second];
}

/**
 * Each co-author confirms their save in turn, seconds apart (everything arrives in between), as
 * the add-in does after a save: a row the merge lost is written again.
 */
async function confirmAll(
  group: Coauthors,
  saved: readonly (readonly Effect[])[],
  kind: SaveKind = "registration"
) {
  group.settle();
  for (const [i, author] of group.entries()) {
    await author.port.confirmSaved(saved[i] ?? [], kind);
    group.settle();
  }
}

/**
 * On every copy: each of `ids` is in the table exactly once (nothing else registered), has its
 * registration line in the log, and nothing is left below the table or the log in their columns.
 */
function expectEachOnce(group: Coauthors, ids: readonly unknown[]) {
  for (const { model, name } of group) {
    const rows = registered(model).map(([id]) => id);
    expect({ name, rows: [...rows].sort() }).toEqual({ name, rows: [...ids].sort() });
    const lines = logged(model).filter(([, field]) => field === "Ny registrering");
    expect({ name, lines: lines.map(([id]) => id).sort() }).toEqual({
      name,
      lines: [...ids].sort(),
    });
    expect({ name, stray: strayBelow(model) }).toEqual({ name, stray: [] });
    expect({ name, stray: strayBelow(model, LOG_TABLE_NAME) }).toEqual({ name, stray: [] });
  }
}

/** What is left in a table's columns in the 20 rows below it: cells outside every table. */
function strayBelow(model: FakeWorkbook, tableName?: string): unknown[] {
  const { sheet, table } = tableCells(model, tableName);
  const end = table.rect.row + table.rect.rows;
  const stray: unknown[] = [];
  for (let row = end; row < end + 20; row += 1) {
    for (let col = table.rect.col; col < table.rect.col + table.rect.cols; col += 1) {
      const value = sheet.cells.get(cellKey(row, col))?.value;
      if (value !== undefined && value !== "" && value !== null) stray.push([row, col, value]);
    }
  }
  return stray;
}

/** The values below `header` on the Kategori sheet, as its cells hold them. */
function listColumnValues(model: FakeWorkbook, header: string): unknown[] {
  const sheet = model.sheets.find((s) => s.name === "Kategori");
  if (!sheet) throw new Error("no Kategori sheet");
  const at = (row: number, col: number) => sheet.cells.get(cellKey(row, col))?.value;
  for (let row = 0; row < 20; row += 1) {
    for (let col = 0; col < 10; col += 1) {
      if (at(row, col) !== header) continue;
      return Array.from({ length: 50 }, (_, i) => at(row + 1 + i, col)).filter(
        (value) => value !== undefined && value !== ""
      );
    }
  }
  throw new Error(`no list ${header}`);
}

const staleMessage = (id: string, columns: string) =>
  `Registreringen ${id} har ändrats av någon annan sedan du öppnade den (${columns}). ` +
  "Läs in den igen innan du sparar, så skriver du inte över en kollegas ändring.";

describe("samtidiga registreringar: efter bekräftelsen finns varje rad exakt en gång", () => {
  it("två medförfattare sparar tre rader var samtidigt", async () => {
    const group = coauthors(await templateModel(), ["anna", "bo"]);
    const [anna, bo] = two(group);
    const rows = (who: string) => [1, 2, 3].map((i) => named(`${who} ${i}`));
    const saved = await Promise.all([
      anna.port.appendEffects(rows("Anna"), { registeredBy: "Anna" }),
      bo.port.appendEffects(rows("Bo"), { registeredBy: "Bo" }),
    ]);
    group.settle();
    // Both wrote the same three rows below the table: the later write kept its rows.
    expect(registered(anna.model)).toHaveLength(3);
    await confirmAll(group, saved);
    expectEachOnce(
      group,
      saved.flat().map((e) => e.id)
    );
    const names = Object.fromEntries(saved.flat().map((e) => [e.id, e.caseName]));
    for (const { model } of group) {
      for (const [id, caseName] of registered(model)) expect(names[id as string]).toBe(caseName);
    }
  });

  // An append is two round trips: read the table's end, then write below it. A change reaches
  // the other copy one round trip after it was made, so in every order here both write the same
  // empty row (when Anna reads and writes first, her row reaches Bo during his write and he
  // takes a third round trip, still into that row): the later write wins it, and the
  // confirmation writes the other below.
  it.each([
    ["båda läser, Anna skriver först", ["anna", "bo", "anna", "bo"], ["Bos"], ["Bos", "Annas"]],
    ["båda läser, Bo skriver först", ["anna", "bo", "bo", "anna"], ["Annas"], ["Annas", "Bos"]],
    [
      "Anna läser och skriver, sedan Bo",
      ["anna", "anna", "bo", "bo", "bo"],
      ["Bos"],
      ["Bos", "Annas"],
    ],
    [
      "Bo läser, Anna läser och skriver, Bo skriver",
      ["bo", "anna", "anna", "bo"],
      ["Bos"],
      ["Bos", "Annas"],
    ],
  ])("två medförfattare i ordningen: %s", async (_, order, merged, sheetOrder) => {
    const turns = new Turns();
    const group = turns.authors(await templateModel(), ["anna", "bo"]);
    const [anna, bo] = two(group);
    const saving = Promise.all([
      anna.port.appendEffects([named("Annas")], { registeredBy: "Anna" }),
      bo.port.appendEffects([named("Bos")], { registeredBy: "Bo" }),
    ]);
    await turns.play(...order);
    const saved = await saving;
    const ids = Object.fromEntries(saved.flat().map((e) => [e.caseName, e.id]));
    group.settle();
    // What every copy holds once the changes have arrived: where both wrote the same row, only
    // the later writer's row (and log line).
    for (const { model } of group) {
      expect(registered(model)).toEqual(merged.map((name) => [ids[name], name]));
      expect(logged(model)).toEqual(registrationLines(merged.map((name) => ids[name])));
    }
    await confirmAll(group, saved);
    expectEachOnce(group, Object.values(ids));
    for (const { model } of group) {
      expect(registered(model)).toEqual(sheetOrder.map((name) => [ids[name], name]));
    }
  });

  it("tre medförfattare läser samma slut på tabellen och skriver i omvänd ordning", async () => {
    const turns = new Turns();
    const group = turns.authors(await templateModel(), ["anna", "bo", "carl"]);
    const saving = Promise.all(
      group.map((author) =>
        author.port.appendEffects([named(`${author.name} 1`), named(`${author.name} 2`)], {
          registeredBy: author.name,
        })
      )
    );
    await turns.play("anna", "bo", "carl", "carl", "bo", "anna", "anna");
    const saved = await saving;
    group.settle();
    // Anna wrote last: her two rows are the ones every copy kept.
    const annas = (saved[0] ?? []).map((e) => [e.id, e.caseName]);
    for (const { model } of group) expect(registered(model)).toEqual(annas);
    await confirmAll(group, saved);
    expectEachOnce(
      group,
      saved.flat().map((e) => e.id)
    );
  });
});

/**
 * A row registered before either opened the workbook, edited by Anna (`annas`) and by Bo (the
 * supplier) at once: both read, Anna writes, Bo writes last, and the changes arrive everywhere.
 */
async function crossingEdits(annas: (row: Effect) => EffectInput) {
  const workbook = await templateModel();
  const [saved] = await adapterOn(workbook).port.appendEffects([INPUT], { registeredBy: "" });
  if (!saved) throw new Error("not saved");
  const turns = new Turns();
  const group = turns.authors(workbook, ["anna", "bo"]);
  const [anna, bo] = two(group);
  const editing = Promise.all([
    anna.port.updateEffect(saved, annas(saved), { by: "Anna" }),
    bo.port.updateEffect(saved, { ...inputOf(saved), supplier: "Bos" }, { by: "Bo" }),
  ]);
  await turns.play("anna", "bo", "anna", "bo");
  const [annasEdit, bosEdit] = await editing;
  group.settle();
  return { saved, group, anna, annas: annasEdit, bos: bosEdit };
}

describe("samtidiga ändringar", () => {
  async function threeReaders() {
    const group = coauthors(await templateModel(), ["anna", "bo", "carl"]);
    const [anna, bo, carl] = group;
    if (!anna || !bo || !carl) throw new Error("no co-authors");
    await anna.port.appendEffects([INPUT, named("Andra")], { registeredBy: "Anna" });
    group.settle();
    const view = async (who: typeof anna) => (await who.port.readEffects()).effects[0] as Effect;
    return { group, anna, bo, carl, views: await Promise.all([anna, bo, carl].map(view)) };
  }

  it("en ändring på en inaktuell kopia vägras, med kolumnerna som kollegan ändrade", async () => {
    const { group, anna, bo, views } = await threeReaders();
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
    // Anna's change has reached Bo's copy; the registration Bo has open is older.
    group.settle();
    const refused = bo.port.updateEffect(
      bos,
      { ...inputOf(bos), comment: "Bos kommentar" },
      { by: "Bo" }
    );
    await expect(refused).rejects.toMatchObject({
      kind: "staleEdit",
      message: staleMessage(bos.id, "Tidigare årlig kostnad (kr), Årligt belopp (kr)"),
    });
    group.settle();
    for (const { model } of group) {
      const { headers, body } = tableCells(model);
      expect(body[1]?.[headers.indexOf("Kommentar")]?.value).toBe(INPUT.comment);
    }
  });

  it("tre medförfattare: den första ändringen går igenom, de andra vägras tills de har läst om", async () => {
    const { group, anna, bo, carl, views } = await threeReaders();
    const [annas, bos, carls] = views as [Effect, Effect, Effect];
    await anna.port.updateEffect(
      annas,
      { ...inputOf(annas), supplier: "Annas leverantör" },
      { by: "Anna" }
    );
    group.settle();
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
    group.settle();
    await expect(
      carl.port.updateEffect(carls, { ...inputOf(carls), comment: "Carl" }, { by: "Carl" })
    ).rejects.toMatchObject({ message: staleMessage(carls.id, "Leverantör, Kommentar") });
    const [now] = (await carl.port.readEffects()).effects;
    expect([now?.supplier, now?.comment]).toEqual(["Annas leverantör", "Bo, efter omläsning"]);
  });

  it("två ändringar av olika kolumner som korsar varandra (läs, läs, skriv, skriv): båda värdena landar, och efter bekräftelsen båda loggraderna", async () => {
    const { saved, group, anna, annas, bos } = await crossingEdits((row) => ({
      ...inputOf(row),
      comment: "Annas",
    }));
    const model = anna.model;
    const [now] = (await anna.port.readEffects()).effects;
    // Each writes only the cells it changed, so neither change is lost; Anna's copy is stale now.
    expect([now?.comment, now?.supplier]).toEqual(["Annas", "Bos"]);
    // Each wrote its log line into the same empty row below the log table: Bo's later line won
    // and Anna's is gone from every copy until her save is confirmed.
    expect(logged(model).slice(1)).toEqual([[saved.id, "Leverantör"]]);
    await confirmAll(group, [[annas], [bos]], "change");
    for (const copy of group) {
      expect(logged(copy.model).slice(1)).toEqual([
        [saved.id, "Leverantör"],
        [saved.id, "Kommentar"],
      ]);
    }
    // The confirmation restores the trail, not the cells: neither saw the other's change, so
    // the row's checksum (Bo's) holds neither whole, and the row asks for a look instead.
    expect(now?.editedOutside).toBe(true);
    await expect(
      anna.port.updateEffect(annas, inputOf(annas), { by: "Anna" })
    ).rejects.toMatchObject({
      message: staleMessage(saved.id, "Leverantör"),
    });
  });

  it("en ändring med tre loggrader mot en kollegas en i samma rader: bekräftelsen skriver de förlorade, och aldrig två gånger", async () => {
    const { saved, group, anna, annas } = await crossingEdits((row) => ({
      ...inputOf(row),
      comment: "Annas",
      annualAmount: kronor(2_500_000),
    }));
    // Bo's one line took the first of Anna's three rows below the log, and his table bounds
    // (one row more) won over hers: none of her lines is in the log.
    expect(logged(anna.model).slice(1)).toEqual([[saved.id, "Leverantör"]]);
    // One sync reads the log's change column, one writes her three lines again.
    const syncs = await syncsOf(anna.fake, async () =>
      expect(await anna.port.confirmSaved([annas], "change")).toEqual({
        rewritten: [],
        relogged: [saved.id],
        duplicates: [],
      })
    );
    expect(syncs).toBe(2);
    expect(await anna.port.confirmSaved([annas], "change")).toEqual({
      rewritten: [],
      relogged: [],
      duplicates: [],
    });
    group.settle();
    const fields = ["Leverantör", "Årligt belopp (kr)", "Kommentar", "Kalkylerad effekt (kr)"];
    for (const copy of group) {
      expect(
        logged(copy.model)
          .slice(1)
          .map(([, field]) => field)
          .sort()
      ).toEqual([...fields].sort());
      // Her lines that the merge left below the log, outside it, are gone too.
      expect(strayBelow(copy.model, LOG_TABLE_NAME)).toEqual([]);
    }
  });

  it("en registrering och en ändring samtidigt: båda landar, ändringen på rätt rad, och bekräftelsen skriver registreringens förlorade loggrad igen", async () => {
    // The two rows were registered before either opened the workbook.
    const workbook = await templateModel();
    const [first, second] = await adapterOn(workbook, "E-CARL").port.appendEffects(
      [named("Första"), named("Andra")],
      { registeredBy: "" }
    );
    if (!first || !second) throw new Error("not saved");
    const turns = new Turns();
    const group = turns.authors(workbook, ["anna", "bo"]);
    const [anna, bo] = two(group);
    const both = Promise.all([
      anna.port.appendEffects([named("Tredje")], { registeredBy: "Anna" }),
      bo.port.updateEffect(second, { ...inputOf(second), comment: "Bos ändring" }, { by: "Bo" }),
    ]);
    await turns.play("bo", "anna", "anna", "bo");
    const [added, edited] = await both;
    const third = added[0];
    if (!third) throw new Error("not registered");
    group.settle();
    const model = anna.model;
    const effects = (await anna.port.readEffects()).effects;
    expect(effects.map((e) => [e.id, e.caseName, e.comment, e.editedOutside])).toEqual([
      [first.id, "Första", INPUT.comment, false],
      [second.id, "Andra", "Bos ändring", false],
      [third.id, "Tredje", INPUT.comment, false],
    ]);
    // Anna's write went first (turn 3), Bo's last (turn 4), both into the same empty row below
    // the log table: Bo's log line won it, Anna's registration line is gone.
    expect(logged(model).slice(2)).toEqual([[second.id, "Kommentar"]]);
    // Anna's confirmation finds her row in place and writes only her lost line again; Bo's
    // finds his line and writes nothing.
    expect(await anna.port.confirmSaved([third])).toEqual({
      rewritten: [],
      relogged: [third.id],
      duplicates: [],
    });
    group.settle();
    expect(await bo.port.confirmSaved([edited], "change")).toEqual({
      rewritten: [],
      relogged: [],
      duplicates: [],
    });
    group.settle();
    for (const copy of group) {
      expect(logged(copy.model).slice(2)).toEqual([
        [second.id, "Kommentar"],
        [third.id, "Ny registrering"],
      ]);
    }
  });
});

describe("samtidiga tillägg i listorna", () => {
  // Both write the first empty cell under the list. When both read the list before either
  // writes, the later value wins that cell and the other is gone from every copy (replicas do
  // not merge them) until its confirmation adds it again. When Anna reads and writes first, her
  // value has reached Bo's copy by his write and both stand at once.
  it.each([
    [
      "båda läser listan, Anna skriver först",
      "bara Bos står kvar",
      ["anna", "bo", "anna", "bo"],
      ["Miljöförvaltningen"],
      { anna: true, bo: false },
    ],
    [
      "båda läser listan, Bo skriver först",
      "bara Annas står kvar",
      ["anna", "bo", "bo", "anna"],
      ["Socialförvaltningen"],
      { anna: false, bo: true },
    ],
    [
      "Anna läser och skriver, sedan Bo",
      "båda står i listan",
      ["anna", "anna", "bo", "bo"],
      ["Miljöförvaltningen", "Socialförvaltningen"],
      { anna: false, bo: false },
    ],
  ])(
    "två lägger till var sin förvaltning (%s): %s före bekräftelsen, båda en gång efter",
    async (_, _outcome, order, merged, rewritten) => {
      const turns = new Turns();
      const group = turns.authors(await templateModel(), ["anna", "bo"]);
      const [anna, bo] = two(group);
      const values = { anna: "Socialförvaltningen", bo: "Miljöförvaltningen" };
      const adding = Promise.all([
        anna.port.addListValue("departments", values.anna),
        bo.port.addListValue("departments", values.bo),
      ]);
      await turns.play(...order);
      await adding;
      group.settle();
      const departments = async (author: Coauthor) =>
        [...(await author.port.readLists()).departments].sort();
      const kept = ["Kommunstyrelseförvaltningen", "Utbildningsförvaltningen"];
      for (const author of group) {
        expect(await departments(author)).toEqual([...kept, ...merged].sort());
      }
      for (const author of [anna, bo]) {
        const name = author.name as "anna" | "bo";
        expect(await author.port.confirmListValue("departments", values[name])).toEqual({
          rewritten: rewritten[name],
          duplicate: false,
        });
        group.settle();
      }
      for (const author of group) {
        expect(await departments(author)).toEqual([...kept, values.anna, values.bo].sort());
        // Exactly once each, as the cells hold them (the reading folds repeats together).
        const column = listColumnValues(author.model, "Förvaltning");
        for (const value of Object.values(values)) {
          expect(column.filter((cell) => cell === value)).toHaveLength(1);
        }
      }
    }
  );
});

describe("samtidiga realiseringar: efter bekräftelsen finns varje period exakt en gång", () => {
  /** [ID, Effekt-ID] of every period row on the copy, in sheet order. */
  const periods = (model: FakeWorkbook) => {
    const { headers, body } = tableCells(model, REALISATION_TABLE_NAME);
    const [id, effect] = [headers.indexOf("ID"), headers.indexOf("Effekt-ID")];
    return body.filter((row) => row[id]?.value !== "").map((r) => [r[id]?.value, r[effect]?.value]);
  };

  // Godkänn in the import, by two people at once for two effects: both periods go into the same
  // empty row below the period table, and the later write wins it on every copy.
  it("en medförfattares period skrivs över i sammanslagningen; bekräftelsen skriver den igen, en gång, med sin loggrad", async () => {
    const group = coauthors(await templateModel(), ["anna", "bo"]);
    const [anna, bo] = two(group);
    const [first, second] = await anna.port.appendEffects([named("Städ"), named("Fordon")], {
      registeredBy: "Anna",
    });
    if (!first || !second) throw new Error("two effects");
    group.settle();
    const period = (effect: Effect) => ({
      effectId: effect.id,
      month: "2026-03",
      amount: kronor(12_000),
      source: "Import" as const,
      evidence: "fakturor.csv",
    });
    const saved = await Promise.all([
      anna.port.appendRealisations([period(first)], { registeredBy: "Anna" }),
      bo.port.appendRealisations([period(second)], { registeredBy: "Bo" }),
    ]);
    group.settle();
    const ids = saved.flat().map((p) => [p.id, p.effectId]);
    // The loss first: one period row on every copy, the other co-author's is gone.
    for (const { model } of group) expect(periods(model)).toHaveLength(1);
    const lost = ids.find(([id]) => !periods(anna.model).some(([kept]) => kept === id));
    expect(lost).toBeDefined();

    const found = [];
    for (const [i, author] of [anna, bo].entries()) {
      found.push(await author.port.confirmRealisations(saved[i] ?? []));
      await author.port.confirmSaved([i === 0 ? first : second], "change");
      group.settle();
    }
    expect(found.flatMap((f) => f.rewritten)).toEqual([lost?.[0]]);
    expect(found.flatMap((f) => f.duplicates)).toEqual([]);
    for (const { model, name } of group) {
      expect({ name, periods: periods(model).sort() }).toEqual({ name, periods: [...ids].sort() });
      const lines = logged(model).filter(([, field]) => field === "Realisering");
      expect({ name, lines: lines.map(([id]) => id).sort() }).toEqual({
        name,
        lines: [first.id, second.id].sort(),
      });
      expect({ name, stray: strayBelow(model, REALISATION_TABLE_NAME) }).toEqual({
        name,
        stray: [],
      });
    }
    // A second confirmation finds everything and writes nothing again.
    expect(await anna.port.confirmRealisations(saved.flat())).toEqual({
      rewritten: [],
      duplicates: [],
    });
  });
});
