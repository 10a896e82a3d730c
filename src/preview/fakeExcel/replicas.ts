/**
 * Co-authors as replicas: each works on its own copy of the workbook, as each Excel client does,
 * and sees the others' changes only after a delay. What a sync changed is sent on as cell-level
 * operations (a cell's new content, a table's new bounds, a sheet's other parts, a setting),
 * replayed on every other copy `delaySyncs` round trips later (counted over all co-authors); two
 * writes to the same cell keep the later one.
 *
 * Known: coauthors see each other's changes seconds later, after the service merges them, and
 * cached values go stale (learn.microsoft.com "Coauthoring in Excel add-ins"); the same article
 * warns that `TableRowCollection.add` causes merge conflicts. Not known (undocumented): how the
 * service merges two clients' structural edits (inserted rows, table bounds) at the same place.
 * This model is the simplest that loses data the way those warnings describe: the later write
 * of a cell or of a table's bounds wins, and nothing is transformed. Inserts travel as the cells
 * they moved, not as an insert.
 */
import { createFakeExcel, type FakeExcel } from "./fakeExcel";
import type { FakeExcelQuirks } from "./quirks";
import type { CellModel, FakeWorkbook, SheetModel, TableModel } from "./model/types";

type SheetParts = Omit<SheetModel, "cells">;

export type Operation =
  | { kind: "cell"; sheetId: string; key: number; cell: CellModel | null }
  | { kind: "sheet"; sheet: SheetParts }
  | { kind: "sheetDeleted"; id: string }
  | { kind: "table"; table: TableModel }
  | { kind: "setting"; key: string; value: unknown }
  | { kind: "names"; names: FakeWorkbook["names"] };

/** A change as it travels between copies. */
export interface Change {
  /** The co-author who made it; breaks a tie between two changes stamped the same time. */
  from: number;
  /** When it was made (a round trip of the group, or a tab's clock): the later one wins. */
  time: number;
  operation: Operation;
}

type Stamp = Pick<Change, "from" | "time">;

const isLater = (a: Stamp, b: Stamp) => a.time > b.time || (a.time === b.time && a.from > b.from);

/**
 * One co-author's copy of the workbook: what it changes goes out as stamped operations, and
 * a co-author's change merges in unless this copy holds a later write of the same target, so
 * every copy ends the same whatever order the changes arrive in.
 */
export interface Replica {
  readonly from: number;
  /** The copy this co-author's Excel works on. */
  readonly model: FakeWorkbook;
  /** What this copy changed since the last call, stamped `time`. */
  takeChanges(time: number): Change[];
  merge(change: Change): void;
  /** The latest write of each target, for a copy that starts from this one (a new tab). */
  stamps(): Map<string, Stamp>;
}

/** A replica over its own copy of `workbook`; `stamps` from the copy it was taken from. */
export function createReplica(
  workbook: FakeWorkbook,
  from: number,
  stamps: Map<string, Stamp> = new Map()
): Replica {
  const model = cloneWorkbook(workbook);
  let seen = cloneWorkbook(model);
  const latest = new Map(stamps);
  return {
    from,
    model,
    takeChanges(time) {
      const changes = diff(seen, model).map((operation) => ({ from, time, operation }));
      for (const change of changes) latest.set(targetOf(change.operation), change);
      seen = cloneWorkbook(model);
      return changes;
    },
    merge(change) {
      const target = targetOf(change.operation);
      const own = latest.get(target);
      if (own && isLater(own, change)) return;
      latest.set(target, { from: change.from, time: change.time });
      apply(model, change.operation);
      apply(seen, change.operation);
    },
    stamps: () => new Map(latest),
  };
}

interface Sent extends Change {
  /** The group's round trip after which the others see it. */
  visibleAt: number;
}

export interface CoauthorOptions {
  /** Round trips (by anyone) before a change reaches the other copies. */
  delaySyncs?: number;
  /** The same quirks for every co-author's Excel. */
  quirks?: FakeExcelQuirks;
}

export type Coauthors = FakeExcel[] & {
  /** Lets every change reach every copy now (as when everyone has waited long enough). */
  settle(): void;
};

/** `n` co-authors of `workbook`, each on their own copy of it. */
export function createCoauthors(
  workbook: FakeWorkbook,
  n: number,
  options: CoauthorOptions = {}
): Coauthors {
  const delay = options.delaySyncs ?? 1;
  const sent: Sent[] = [];
  let clock = 0;
  const replicas = Array.from({ length: n }, (_, index) => ({
    replica: createReplica(workbook, index),
    delivered: new Set<Sent>(),
  }));
  type Author = (typeof replicas)[number];

  const deliver = ({ replica, delivered }: Author, upTo: number) => {
    for (const item of sent) {
      if (item.from === replica.from || item.visibleAt > upTo || delivered.has(item)) continue;
      delivered.add(item);
      replica.merge(item);
    }
  };
  const publish = ({ replica }: Author) => {
    clock += 1;
    for (const change of replica.takeChanges(clock)) {
      sent.push({ ...change, visibleAt: clock + delay });
    }
  };

  const authors = replicas.map((author) =>
    createFakeExcel(author.replica.model, {
      quirks: options.quirks,
      replica: {
        beforeSync: () => deliver(author, clock),
        afterSync: () => publish(author),
      },
    })
  );
  const settle = () => replicas.forEach((author) => deliver(author, Infinity));
  return Object.assign(authors, { settle });
}

/** What an operation writes: two operations on the same target, the later wins. */
function targetOf(operation: Operation): string {
  switch (operation.kind) {
    case "cell":
      return `cell:${operation.sheetId}:${operation.key}`;
    case "sheet":
      return `sheet:${operation.sheet.id}`;
    case "sheetDeleted":
      return `sheet:${operation.id}`;
    case "table":
      return `table:${operation.table.id}`;
    case "setting":
      return `setting:${operation.key}`;
    case "names":
      return "names";
  }
}

function cloneWorkbook(model: FakeWorkbook): FakeWorkbook {
  return { ...structuredClone({ ...model, trackedRanges: new Set() }), trackedRanges: new Set() };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What changed from `before` to `after`, as operations that replay it. */
function diff(before: FakeWorkbook, after: FakeWorkbook): Operation[] {
  const operations: Operation[] = [];
  for (const sheet of after.sheets) {
    const old = before.sheets.find((s) => s.id === sheet.id);
    const { cells, ...parts } = sheet;
    if (!old || !same({ ...old, cells: undefined }, { ...parts, cells: undefined })) {
      operations.push({ kind: "sheet", sheet: structuredClone(parts) });
    }
    for (const [key, cell] of cells) {
      if (!same(old?.cells.get(key), cell)) {
        operations.push({ kind: "cell", sheetId: sheet.id, key, cell: { ...cell } });
      }
    }
    for (const key of old?.cells.keys() ?? []) {
      if (!cells.has(key)) operations.push({ kind: "cell", sheetId: sheet.id, key, cell: null });
    }
  }
  for (const sheet of before.sheets) {
    if (!after.sheets.some((s) => s.id === sheet.id)) {
      operations.push({ kind: "sheetDeleted", id: sheet.id });
    }
  }
  for (const table of after.tables) {
    const old = before.tables.find((t) => t.id === table.id);
    if (!same(old, table)) operations.push({ kind: "table", table: structuredClone(table) });
  }
  for (const [key, value] of after.settings) {
    if (!same(before.settings.get(key), value)) operations.push({ kind: "setting", key, value });
  }
  for (const key of before.settings.keys()) {
    if (!after.settings.has(key)) operations.push({ kind: "setting", key, value: undefined });
  }
  if (!same(before.names, after.names)) operations.push({ kind: "names", names: after.names });
  return operations;
}

function apply(model: FakeWorkbook, operation: Operation): void {
  switch (operation.kind) {
    case "cell": {
      const sheet = model.sheets.find((s) => s.id === operation.sheetId);
      if (!sheet) return;
      if (operation.cell) sheet.cells.set(operation.key, { ...operation.cell });
      else sheet.cells.delete(operation.key);
      return;
    }
    case "sheet": {
      const parts = structuredClone(operation.sheet);
      const sheet = model.sheets.find((s) => s.id === parts.id);
      if (sheet) Object.assign(sheet, parts);
      else model.sheets.push({ ...parts, cells: new Map() });
      return;
    }
    case "sheetDeleted": {
      const i = model.sheets.findIndex((s) => s.id === operation.id);
      const [gone] = i >= 0 ? model.sheets.splice(i, 1) : [];
      if (gone) gone.deleted = true;
      return;
    }
    case "table": {
      const table = structuredClone(operation.table);
      const i = model.tables.findIndex((t) => t.id === table.id);
      if (i >= 0) model.tables[i] = table;
      else model.tables.push(table);
      return;
    }
    case "setting":
      if (operation.value === undefined) model.settings.delete(operation.key);
      else model.settings.set(operation.key, structuredClone(operation.value));
      return;
    case "names":
      model.names = structuredClone(operation.names);
  }
}
