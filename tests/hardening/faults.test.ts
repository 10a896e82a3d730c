/**
 * Faults (issue 6 §2, issue 7 §3): Excel may refuse any round trip ("before": nothing of the
 * batch applied) or apply it and lose the answer ("after"). For each write operation
 * (support/operations.ts), its syncs are counted on a clean run first; then each sync in turn
 * fails, in both ways. Afterwards the workbook is whole — exactly as before the call or exactly
 * as after a clean run (the states each operation allows are named in its row) — no row has
 * changed without its log line, the error is a WorkbookError in Swedish, and calling again
 * (with the same ids, for appends) leaves exactly the clean run's workbook: the change and its
 * log lines once, every checksum holding. Operations that write a table row are also run with
 * each command failing in turn.
 */
import { describe, expect, it } from "@jest/globals";
import { WorkbookError } from "../../src/workbook/errors";
import { adapterOn, rowByHeader, syncsOf } from "../workbook/support/adapterOnFake";
import { BY, EDIT, OPERATIONS, withEffect } from "./support/operations";
import {
  SYNC_FAILED,
  isWorkbookError,
  rowsAndLog,
  steadyAdapter,
  tableState,
  thrownBy,
  unloggedChanges,
  workbookState,
} from "./support/workbookState";
import type { FakeWorkbook } from "../../src/preview/fakeExcel";

/** Rows that read as changed by hand after the add-in's own writes (none may). */
async function brokenChecksums(model: FakeWorkbook): Promise<string[]> {
  if (!model.tables.some((t) => t.name === "Effektiviseringar" && !t.deleted)) return [];
  const { effects } = await steadyAdapter(model).port.readEffects();
  return effects.filter((effect) => effect.editedOutside).map((effect) => effect.id);
}

describe.each(OPERATIONS)("fel i varje synk: $name", (op) => {
  it(`kostar ${op.syncs} synkar när inget går fel`, async () => {
    const { adapter, call } = await op.prepare();
    expect(await syncsOf(adapter.fake, call)).toBe(op.syncs);
  });

  it.each(["before", "after"] as const)(
    `synk för synk (%s): arbetsboken är hel (${op.whole}), felet är på svenska och ett nytt försök ger samma resultat som utan fel`,
    async (mode) => {
      const clean = await op.prepare();
      const before = workbookState(clean.adapter.fake.workbook);
      await clean.call();
      const after = workbookState(clean.adapter.fake.workbook);
      const whole = [before, after, ...(op.alsoWhole?.(clean.adapter.fake.workbook) ?? [])];

      for (let sync = 1; sync <= op.syncs; sync++) {
        const { adapter, call, check } = await op.prepare();
        const model = adapter.fake.workbook;
        const logged = rowsAndLog(model);
        adapter.fake.faults.failSync(sync, { mode });
        if (op.lastSyncOptional && sync === op.syncs) {
          // The optional step's failure is left for the next run; what came before stands.
          await call();
        } else {
          const error = await thrownBy(call);
          expect({ sync, error: isWorkbookError(error) && [error.kind, error.message] }).toEqual({
            sync,
            error: ["syncFailed", expect.stringMatching(SYNC_FAILED)],
          });
        }
        expect({ sync, whole: whole.includes(workbookState(model)) }).toEqual({
          sync,
          whole: true,
        });
        check?.(model);
        expect({ sync, unlogged: unloggedChanges(logged, model) }).toEqual({ sync, unlogged: [] });

        await call();
        expect({ sync, asClean: workbookState(model) === after }).toEqual({ sync, asClean: true });
        expect({ sync, broken: await brokenChecksums(model) }).toEqual({ sync, broken: [] });
      }
    }
  );
});

// A batch is not a transaction: the commands before a failing one stay applied (DESIGN).
describe.each(OPERATIONS.filter((op) => op.writesRow))(
  "ett kommando i taget fallerar: $name",
  (op) => {
    it("tabellen får aldrig en halv rad (t.ex. värden utan formel) eller en ändring utan loggrad, och ett nytt försök ger samma resultat som utan fel", async () => {
      const clean = await op.prepare();
      const before = tableState(clean.adapter.fake.workbook);
      let commands = 0;
      clean.adapter.fake.faults.failCommand(() => (commands++, false));
      await clean.call();
      const whole = [before, tableState(clean.adapter.fake.workbook)];
      const after = workbookState(clean.adapter.fake.workbook);

      for (let command = 0; command < commands; command++) {
        const { adapter, call } = await op.prepare();
        const model = adapter.fake.workbook;
        const logged = rowsAndLog(model);
        let seen = 0;
        adapter.fake.faults.failCommand(() => seen++ === command);
        const error = await thrownBy(call);
        expect({ command, error: isWorkbookError(error) && error.kind }).toEqual({
          command,
          error: "syncFailed",
        });
        expect({ command, whole: whole.includes(tableState(model)) }).toEqual({
          command,
          whole: true,
        });
        expect({ command, unlogged: unloggedChanges(logged, model) }).toEqual({
          command,
          unlogged: [],
        });
        await call();
        expect({ command, asClean: workbookState(model) === after }).toEqual({
          command,
          asClean: true,
        });
        expect({ command, broken: await brokenChecksums(model) }).toEqual({ command, broken: [] });
      }
      // One fresh workbook per command of the operation, each recalculated after every sync.
    }, 60_000);
  }
);

describe("ett nytt försök efter ett förlorat svar", () => {
  it("ändra: godtas som sparat och ger radens Senast ändrad, så nästa ändring går igenom", async () => {
    const { adapter, saved } = await withEffect();
    adapter.fake.faults.failSync(2, { mode: "after" });
    await expect(adapter.port.updateEffect(saved, EDIT, BY)).rejects.toBeInstanceOf(WorkbookError);
    const retried = await adapter.port.updateEffect(saved, EDIT, BY);
    expect(retried.lastModified).toBe(
      rowByHeader(adapter.fake.workbook, 1)["Senast ändrad"]?.value
    );
    await adapter.port.updateEffect(retried, { ...EDIT, comment: "Igen" }, BY);
    expect((await adapter.port.readEffects()).effects.map((e) => e.comment)).toEqual(["Igen"]);
  });

  it("ändra: en kollegas ändring mellan försöken vägras fortfarande, med kolumnen som ändrats", async () => {
    const { adapter, saved } = await withEffect();
    adapter.fake.faults.failSync(2, { mode: "after" });
    await expect(adapter.port.updateEffect(saved, EDIT, BY)).rejects.toBeInstanceOf(WorkbookError);
    const colleague = adapterOn(adapter.fake.workbook, "E-KOLL");
    const [theirs] = (await colleague.port.readEffects()).effects;
    if (!theirs) throw new Error("no effect");
    await colleague.port.updateEffect(
      theirs,
      { ...EDIT, supplier: "Nya Skrivare AB" },
      { by: "Kollegan" }
    );
    await expect(adapter.port.updateEffect(saved, EDIT, BY)).rejects.toMatchObject({
      kind: "staleEdit",
      message: expect.stringContaining("(Leverantör, Diarienummer, Kommentar)"),
    });
  });
});
