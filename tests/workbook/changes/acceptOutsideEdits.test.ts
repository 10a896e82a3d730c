/**
 * "Godkänn alla" (acceptOutsideEdits) on the simulated Excel: hundreds of rows changed by hand,
 * or every row of a workbook made before the checksum column, accepted in chunks of two syncs
 * each with the same rules as one row (stamps, no verification, checksum, log lines queued
 * first); rows changed again or deleted are left alone; and whatever sync or command fails, no
 * row changes without its log lines and a retry completes exactly once.
 */
import { describe, expect, it } from "@jest/globals";
import type { CellValue } from "../../../src/domain/model/cells";
import type { Effect, EffectId } from "../../../src/domain/model/effect";
import { headerOf, type ColumnKey } from "../../../src/domain/model/tableSchema";
import type { FakeWorkbook } from "../../../src/preview/fakeExcel";
import { cellKey } from "../../../src/preview/fakeExcel/model/cells";
import { ACCEPT_CHUNK_ROWS } from "../../../src/workbook/changes/acceptOutsideEdit";
import { WorkbookError } from "../../../src/workbook/errors";
import { anEffect } from "../../fixtures/effects";
import { byHand, coauthors } from "../../hardening/support/coauthors";
import { rowsAndLog, tableState, unloggedChanges } from "../../hardening/support/workbookState";
import {
  adapterOn,
  inputOf,
  logRows,
  recordTableWrites,
  syncsOf,
  tableCells,
  templateModel,
  type AdapterOnFake,
} from "../support/adapterOnFake";

// Hundreds of rows, each found with Range.find, which the simulated Excel does cell by cell.
jest.setTimeout(60_000);

const BENGT = { by: "Bengt Berg" };
const EVIDENCE = "Faktura 2026-4711";
const ROWS = 450;

/** The columns of a log line that say what changed (not when, nor under which change id). */
const lineFields = (line: Record<string, CellValue>) =>
  [line["ID"], line["Person"], line["Fält"], line["Tidigare värde"], line["Nytt värde"]].join("|");

/** `lines` grouped by one of their columns, in the order each value first appears. */
function groupedBy(lines: Record<string, CellValue>[], header: string) {
  const groups = new Map<string, Record<string, CellValue>[]>();
  for (const line of lines) {
    const key = String(line[header]);
    groups.set(key, [...(groups.get(key) ?? []), line]);
  }
  return groups;
}

/** Registers `count` effects as Anna and verifies those at `verified` as Carl. */
async function registered(count: number, verified: readonly number[] = []) {
  const setup = adapterOn(await templateModel());
  const inputs = Array.from({ length: count }, (_, i) =>
    inputOf(anEffect({ caseName: `Ärende ${i + 1}` }))
  );
  const effects = await setup.port.appendEffects(inputs, { registeredBy: "Anna" });
  for (const i of verified) {
    await setup.port.verifyEffect(effects[i] as Effect, { by: "Carl", evidence: EVIDENCE });
  }
  return setup;
}

/** Types a Kommentar into registrations `rows` by hand (0 is the first registration). */
function commentByHand(
  model: FakeWorkbook,
  rows: readonly number[],
  text: (row: number) => string
) {
  const { sheet, table, headers } = tableCells(model);
  const column = table.rect.col + headers.indexOf(headerOf("comment"));
  for (const row of rows) {
    sheet.cells.set(cellKey(table.rect.row + 2 + row, column), { value: text(row) });
  }
}

/** `count` registrations changed by hand, those at `verified` verified before; as read. */
async function handEdited(count: number, verified: readonly number[] = []) {
  const setup = await registered(count, verified);
  const all = Array.from({ length: count }, (_, i) => i);
  commentByHand(setup.fake.workbook, all, (row) => `Ändrad i Excel ${row + 1}`);
  const { effects } = await setup.port.readEffects();
  if (!effects.every((effect) => effect.editedOutside)) throw new Error("a hand edit went unseen");
  return { ...setup, effects };
}

/** The bookkeeping columns issue 7 added; structure.test.ts removes every new column. */
const ADDED: ColumnKey[] = [
  "lastModifiedBy",
  "verifiedStage",
  "verifiedBy",
  "verifiedDate",
  "evidence",
  "checksum",
];

/** `count` registrations in a workbook made before the checksum and the log, after its repair. */
async function repairedOldWorkbook(count: number) {
  const model = (await registered(count)).fake.workbook;
  await byHand(model, (context) => {
    const table = context.workbook.tables.getItem("Effektiviseringar");
    for (const key of ADDED) table.columns.getItem(headerOf(key)).delete();
    context.workbook.worksheets.getItem("Logg").delete();
  });
  const setup = adapterOn(model, "E-NY");
  await setup.port.ensureStructure();
  const { effects } = await setup.port.readEffects();
  if (!effects.every((effect) => effect.editedOutside)) throw new Error("old rows read as checked");
  return { ...setup, effects };
}

describe("Godkänn alla", () => {
  it.each([
    ["ändrade för hand, några av dem verifierade", () => handEdited(ROWS, [0, 7, 449])],
    [
      "från en arbetsbok gjord före kontrollsumman, efter reparationen",
      () => repairedOldWorkbook(ROWS),
    ],
  ])(
    `${ROWS} rader %s: två synkar per bit om ${ACCEPT_CHUNK_ROWS}, och varje rad får sina stämplar och sina loggrader`,
    async (_, arrange) => {
      const { fake, port, effects } = await arrange();
      const linesBefore = logRows(fake.workbook).length;
      fake.stats.reset();
      let result: Awaited<ReturnType<typeof port.acceptOutsideEdits>> | undefined;
      const syncs = await syncsOf(fake, async () => {
        result = await port.acceptOutsideEdits(effects, BENGT);
      });

      // Three chunks (200, 200, 50), two syncs each: not two per row.
      expect(syncs).toBe(6);
      expect(syncs).toBe(2 * Math.ceil(ROWS / ACCEPT_CHUNK_ROWS));
      expect(fake.stats.maxRequestBytes).toBeLessThan(1024 * 1024);
      expect(fake.stats.maxResponseBytes).toBeLessThan(1024 * 1024);
      expect(result?.stale).toEqual([]);

      const read = (await port.readEffects()).effects;
      expect(read).toEqual(result?.accepted);
      expect(read).toHaveLength(ROWS);
      for (const effect of read) {
        expect([
          effect.editedOutside,
          effect.lastModifiedBy,
          effect.verifiedStage,
          effect.verifiedBy,
          effect.evidence,
        ]).toEqual([false, BENGT.by, null, "", ""]);
      }
      expect(read.map((effect) => effect.comment)).toEqual(effects.map((effect) => effect.comment));

      // One set of lines per row, under its own change id: the acceptance, then the
      // verification it removes.
      const lines = logRows(fake.workbook).slice(linesBefore);
      const byChange = groupedBy(lines, "Ändring");
      expect(byChange.size).toBe(ROWS);
      const sets = [...byChange.values()].map((set) => set.map((line) => line["Fält"]));
      const verified = effects.filter((effect) => effect.verifiedBy !== "").map((e) => e.id);
      expect(sets.filter((set) => set.length === 1)).toHaveLength(ROWS - verified.length);
      for (const set of byChange.values()) {
        const id = set[0]?.["ID"] as EffectId;
        expect(set.every((line) => line["ID"] === id && line["Person"] === BENGT.by)).toBe(true);
        expect(set.map((line) => line["Fält"])).toEqual(
          verified.includes(id)
            ? [
                "Ändrad utanför tillägget",
                "Verifierat",
                "Verifierad av",
                "Verifierad datum",
                "Underlag",
              ]
            : ["Ändrad utanför tillägget"]
        );
      }
    }
  );

  it("lämnar rader som ändrats igen eller tagits bort sedan de lästes, och godkänner resten", async () => {
    const { fake, port, effects } = await handEdited(5, [1]);
    const model = fake.workbook;
    // Row 2 is changed again by hand, row 4 (the last) deleted, after the pane read them.
    commentByHand(model, [2], () => "Ändrad igen");
    await byHand(model, (context) =>
      context.workbook.tables.getItem("Effektiviseringar").rows.getItemAt(5).delete()
    );
    const rowTwo = JSON.stringify(tableCells(model).body[3]);
    const logged = rowsAndLog(model);

    let result: Awaited<ReturnType<typeof port.acceptOutsideEdits>> | undefined;
    const syncs = await syncsOf(fake, async () => {
      result = await port.acceptOutsideEdits(effects, BENGT);
    });
    expect(syncs).toBe(2);
    const ids = effects.map((effect) => effect.id);
    expect(result?.stale).toEqual([ids[2], ids[4]]);
    expect(result?.accepted.map((effect) => effect.id)).toEqual([ids[0], ids[1], ids[3]]);

    expect(JSON.stringify(tableCells(model).body[3])).toBe(rowTwo);
    const newLines = rowsAndLog(model).logged;
    expect(newLines.get(ids[2] as string)).toBe(logged.logged.get(ids[2] as string));
    expect(newLines.get(ids[4] as string)).toBe(logged.logged.get(ids[4] as string));
    const read = (await port.readEffects()).effects;
    expect(read.map((effect) => [effect.comment, effect.editedOutside])).toEqual([
      ["Ändrad i Excel 1", false],
      ["Ändrad i Excel 2", false],
      ["Ändrad igen", true],
      ["Ändrad i Excel 4", false],
    ]);
  });

  it("en rad som en kollega tar bort mellan läsningen och skrivningen lämnas, de andra godkänns", async () => {
    const { fake, effects } = await handEdited(3);
    let syncs = 0;
    // Bengt and a colleague on their own copies. Before Bengt's second sync (the write), the
    // colleague deletes the middle row; it reaches Bengt's copy at that sync (no delay).
    const group = coauthors(fake.workbook, ["bengt", "kollega"], {
      delaySyncs: 0,
      beforeSync: async (name) => {
        const colleague = group[1];
        if (name !== "bengt" || ++syncs !== 2 || !colleague) return;
        await byHand(colleague.fake, (context) =>
          context.workbook.tables.getItem("Effektiviseringar").rows.getItemAt(2).delete()
        );
      },
    });
    const [bengt] = group;
    if (!bengt || group.length !== 2) throw new Error("no co-authors");
    const model = bengt.model;
    const logged = rowsAndLog(model);

    const result = await bengt.port.acceptOutsideEdits(effects, BENGT);
    const ids = effects.map((effect) => effect.id);
    expect(result.stale).toEqual([ids[1]]);
    expect(result.accepted.map((effect) => effect.id)).toEqual([ids[0], ids[2]]);
    // The write failed at the deleted row's find, before anything was written; read again.
    expect(syncs).toBe(4);
    expect(unloggedChanges(logged, model)).toEqual([]);
    expect(rowsAndLog(model).logged.get(ids[1] as string)).toBe(
      logged.logged.get(ids[1] as string)
    );
    const read = (await bengt.port.readEffects()).effects;
    expect(read.map((effect) => [effect.id, effect.editedOutside])).toEqual([
      [ids[0], false],
      [ids[2], false],
    ]);
  });
});

describe("Godkänn alla när Excel fallerar", () => {
  /** Over one chunk, so that a failure can fall in either chunk. */
  const COUNT = ACCEPT_CHUNK_ROWS + 10;
  const VERIFIED = [0, ACCEPT_CHUNK_ROWS + 5];

  type Setup = AdapterOnFake & { effects: Effect[] };

  /** The registration table (clock columns left out) and the log's lines without time and id. */
  const outcome = (model: FakeWorkbook) => ({
    table: tableState(model),
    lines: logRows(model).map(lineFields).sort(),
  });

  /** A clean run on the same workbook: its syncs and what it leaves. */
  async function clean(arrange: () => Promise<Setup>) {
    const { fake, port, effects } = await arrange();
    const syncs = await syncsOf(fake, () => port.acceptOutsideEdits(effects, BENGT));
    return { syncs, after: outcome(fake.workbook) };
  }

  /**
   * The call fails with a WorkbookError; every row is either as before or accepted whole, none
   * changed without a new log line; the retry accepts every row and the workbook ends as after
   * a clean run, each row's lines written once, under one change id.
   */
  async function expectFailureThenRetry(setup: Setup, after: ReturnType<typeof outcome>) {
    const model = setup.fake.workbook;
    const before = rowsAndLog(model);
    const error = await setup.port.acceptOutsideEdits(setup.effects, BENGT).catch((e) => e);
    expect(error).toBeInstanceOf(WorkbookError);

    expect(unloggedChanges(before, model)).toEqual([]);
    const now = rowsAndLog(model);
    const read = new Map((await setup.port.readEffects()).effects.map((e) => [e.id, e]));
    for (const { id } of setup.effects) {
      const unchanged = now.rows.get(id) === before.rows.get(id);
      const accepted = read.get(id);
      const whole = unchanged || (accepted?.lastModifiedBy === BENGT.by && !accepted.editedOutside);
      expect({ id, whole }).toEqual({ id, whole: true });
    }

    const result = await setup.port.acceptOutsideEdits(setup.effects, BENGT);
    expect([result.accepted.length, result.stale]).toEqual([setup.effects.length, []]);
    const end = outcome(model);
    expect(end.table === after.table).toBe(true);
    expect(end.lines).toEqual(after.lines);
    for (const [id, lines] of groupedBy(logRows(model), "ID")) {
      const mine = lines.filter((line) => line["Person"] === BENGT.by);
      expect({ id, changes: new Set(mine.map((line) => line["Ändring"])).size }).toEqual({
        id,
        changes: 1,
      });
    }
  }

  it.each(["before", "after"] as const)(
    "synk för synk över två bitar (%s): ingen rad ändras utan sina loggrader, och ett nytt försök blir klart exakt en gång",
    async (mode) => {
      const arrange = () => handEdited(COUNT, VERIFIED);
      const { syncs, after } = await clean(arrange);
      expect(syncs).toBe(4);
      for (let sync = 1; sync <= syncs; sync++) {
        const setup = await arrange();
        setup.fake.faults.failSync(sync, { mode });
        await expectFailureThenRetry(setup, after);
      }
    }
  );

  it("ett kommando i taget, för tre rader: aldrig en ändring utan loggrader, och ett nytt försök blir klart", async () => {
    const arrange = () => handEdited(3, [1]);
    const { after } = await clean(arrange);
    const counting = await arrange();
    let commands = 0;
    counting.fake.faults.failCommand(() => (commands++, false));
    await counting.port.acceptOutsideEdits(counting.effects, BENGT);

    for (let command = 0; command < commands; command++) {
      const setup = await arrange();
      let seen = 0;
      setup.fake.faults.failCommand(() => seen++ === command);
      await expectFailureThenRetry(setup, after);
    }
  });

  it("ett kommando i den andra biten: loggraderna, den första, en mittre och den sista radens skrivning", async () => {
    const arrange = () => handEdited(COUNT, VERIFIED);
    const { after } = await clean(arrange);
    // The writes of the last chunk (sync 4), recorded on a clean run.
    const probe = await arrange();
    const recorded = recordTableWrites(probe.fake);
    await probe.port.acceptOutsideEdits(probe.effects, BENGT);
    const writes = (table: string) =>
      recorded.filter((write) => write.sync === 4 && write.table === table);
    const rowWrites = writes("Effektiviseringar");
    expect([writes("Effektlogg").length, rowWrites.length]).toEqual([1, COUNT - ACCEPT_CHUNK_ROWS]);
    const chosen = [
      writes("Effektlogg")[0],
      rowWrites[0],
      rowWrites[Math.floor(rowWrites.length / 2)],
      rowWrites.at(-1),
    ];

    for (const write of chosen) {
      const setup = await arrange();
      setup.fake.stats.reset();
      // Predicates run before their sync is counted: three syncs are done during the fourth.
      setup.fake.faults.failCommand(
        (_, index) => setup.fake.stats.syncs === 3 && index === write?.index
      );
      await expectFailureThenRetry(setup, after);
    }
  });
});
