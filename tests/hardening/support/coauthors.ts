/**
 * Co-authors as replicas (src/preview/fakeExcel/replicas.ts): each their own Excel over their
 * own copy of one workbook; a change reaches the others `delaySyncs` round trips later (counted
 * over everyone) and the later write of a cell wins. `settle()` lets every change arrive.
 * `Turns` makes their round trips happen in an order the test writes down, e.g. both read the
 * table's end before either writes:
 *   const saving = Promise.all([anna.port.appendEffects(...), bo.port.appendEffects(...)]);
 *   await turns.play("anna", "bo", "anna", "bo");
 */
import { effectId, isoDate, type Effect } from "../../../src/domain/model/effect";
import {
  asExcelNamespace,
  createCoauthors,
  createFakeExcel,
  type FakeExcel,
  type FakeRequestContext,
  type FakeWorkbook,
} from "../../../src/preview/fakeExcel";
import { createExcelWorkbook, type ExcelRun } from "../../../src/workbook/excelWorkbook";
import { LOG_TABLE_NAME, REALISATION_TABLE_NAME } from "../../../src/workbook/structure/layout";
import { tableCells, type AdapterOnFake } from "../../workbook/support/adapterOnFake";

/** Every write is a second later than the last, whoever makes it ("Senast ändrad" always moves). */
let ticks = 0;

export interface Coauthor extends AdapterOnFake {
  name: string;
  /** This co-author's own copy of the workbook. */
  model: FakeWorkbook;
}

export type Coauthors = Coauthor[] & {
  /** Every change reaches every copy now (everyone has waited long enough). */
  settle(): void;
};

export interface CoauthorOptions {
  /** Round trips (by anyone) before a change reaches the other copies; 1 by default. */
  delaySyncs?: number;
  /** Runs before each of a co-author's round trips (nothing to wait for by default). */
  beforeSync?: (name: string) => Promise<void>;
}

/** Co-authors named `names`, each on their own replica of `workbook`. */
export function coauthors(
  workbook: FakeWorkbook,
  names: readonly string[],
  { delaySyncs = 1, beforeSync = () => Promise.resolve() }: CoauthorOptions = {}
): Coauthors {
  const replicas = createCoauthors(workbook, names.length, { delaySyncs });
  const authors = names.map((name, i) => {
    const fake = replicas[i];
    if (!fake) throw new Error(`no replica for ${name}`);
    return onReplica(fake, name, () => beforeSync(name));
  });
  return Object.assign(authors, { settle: () => replicas.settle() });
}

/** A co-author whose round trips go through `beforeSync`. */
function onReplica(fake: FakeExcel, name: string, beforeSync: () => Promise<void>): Coauthor {
  const excelRun = asExcelNamespace(fake).run;
  const run: ExcelRun = (batch) => excelRun((context) => batch(waitingBefore(context, beforeSync)));
  let ids = 0;
  let changes = 0;
  const port = createExcelWorkbook({
    run,
    env: {
      newId: () => effectId(`E-${name.toUpperCase()}${String(++ids).padStart(3, "0")}`),
      newChangeId: () => `C-${name.toUpperCase()}${String(++changes).padStart(3, "0")}`,
      stamp: () => ({ date: isoDate("2026-11-24"), serial: 46350 + (43_200 + ++ticks) / 86_400 }),
    },
    documentSettings: null,
  });
  return { name, fake, port, model: fake.workbook };
}

/** The context with `sync` waiting for `beforeSync` first; everything else is the context's. */
function waitingBefore(context: Excel.RequestContext, beforeSync: () => Promise<void>) {
  return new Proxy(context, {
    get(target, property) {
      if (property === "sync") {
        return async <T>(value?: T) => {
          await beforeSync();
          return target.sync(value);
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/**
 * Round trips in a written order: each co-author's next sync waits for their turn. After
 * `play`, round trips run freely again (to read back what happened).
 */
export class Turns {
  #waiting = new Map<string, (() => void)[]>();
  #arrivals = new Map<string, (() => void)[]>();
  #free = false;

  /** Co-authors on replicas of `workbook` whose round trips wait for their turn. */
  authors(workbook: FakeWorkbook, names: readonly string[], delaySyncs = 1): Coauthors {
    return coauthors(workbook, names, { delaySyncs, beforeSync: (name) => this.#arrive(name) });
  }

  /** Lets each named co-author make one round trip, in this order. */
  async play(...order: string[]): Promise<void> {
    for (const [step, name] of order.entries()) {
      const waiting = this.#list(this.#waiting, name);
      if (waiting.length === 0) await this.#arrival(name, `turn ${step + 1}: ${name} never syncs`);
      waiting.shift()?.();
      // The sync and the code after it run in microtasks; let them, up to the next sync.
      await new Promise((resolve) => setImmediate(resolve));
    }
    const stuck = [...this.#waiting].filter(([, list]) => list.length > 0).map(([n]) => n);
    if (stuck.length > 0) throw new Error(`still waiting for a turn: ${stuck.join(", ")}`);
    this.#free = true;
  }

  /** Waits until `name` is at a sync; fails after a second (a turn that never comes). */
  async #arrival(name: string, late: string): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      await new Promise<void>((resolve, reject) => {
        this.#list(this.#arrivals, name).push(resolve);
        timer = setTimeout(() => reject(new Error(late)), 1_000);
      });
    } finally {
      clearTimeout(timer);
    }
  }

  #arrive(name: string): Promise<void> {
    if (this.#free) return Promise.resolve();
    return new Promise((resolve) => {
      this.#list(this.#waiting, name).push(resolve);
      this.#list(this.#arrivals, name).shift()?.();
    });
  }

  #list(map: Map<string, (() => void)[]>, name: string): (() => void)[] {
    const list = map.get(name) ?? [];
    map.set(name, list);
    return list;
  }
}

/**
 * A change made by hand (or by another program) through the Excel API, between operations: on
 * one person's copy `model`, or in a co-author's Excel `fake` (then it reaches the others).
 */
export async function byHand(
  target: FakeWorkbook | FakeExcel,
  change: (context: FakeRequestContext) => void
): Promise<void> {
  const fake = "Excel" in target ? target : createFakeExcel(target);
  await fake.Excel.run(async (context) => {
    change(context);
    await context.sync();
  });
}

/** The table's body, column by column under each header: every cell as the model holds it. */
export function columnsByHeader(model: FakeWorkbook) {
  // The registration table, whatever its name now; the log and the periods are the others.
  const [table, ...others] = model.tables.filter(
    (t) => !t.deleted && t.name !== LOG_TABLE_NAME && t.name !== REALISATION_TABLE_NAME
  );
  if (!table || others.length > 0) throw new Error("expected the registration table alone");
  const { headers, body } = tableCells(model, table.name);
  return new Map(headers.map((header, i) => [header, body.map((row) => row[i])]));
}

/** The effects by id, as the add-in reads them (what a repair must not change). */
export const byId = (effects: readonly Effect[]) =>
  Object.fromEntries(effects.map(({ lastModified: _m, ...effect }) => [effect.id, effect]));
