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

type Operation =
  | { kind: "cell"; sheetId: string; key: number; cell: CellModel | null }
  | { kind: "sheet"; sheet: SheetParts }
  | { kind: "sheetDeleted"; id: string }
  | { kind: "table"; table: TableModel }
  | { kind: "setting"; key: string; value: unknown }
  | { kind: "names"; names: FakeWorkbook["names"] };

interface Sent {
  from: number;
  /** The group's round trip that made it: the later one wins a cell both changed. */
  time: number;
  /** The group's round trip after which the others see it. */
  visibleAt: number;
  operation: Operation;
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
  const replicas = Array.from({ length: n }, (_, index) => {
    const model = cloneWorkbook(workbook);
    const stamps = new Map<string, number>();
    return { index, model, seen: cloneWorkbook(model), delivered: new Set<Sent>(), stamps };
  });
  type Replica = (typeof replicas)[number];

  const deliver = (replica: Replica, upTo: number) => {
    for (const item of sent) {
      if (item.from === replica.index || item.visibleAt > upTo || replica.delivered.has(item))
        continue;
      replica.delivered.add(item);
      // Every copy ends the same: a change older than this copy's own of that cell is dropped.
      const target = targetOf(item.operation);
      if ((replica.stamps.get(target) ?? -1) > item.time) continue;
      replica.stamps.set(target, item.time);
      apply(replica.model, item.operation);
      apply(replica.seen, item.operation);
    }
  };
  const publish = (replica: Replica) => {
    clock += 1;
    for (const operation of diff(replica.seen, replica.model)) {
      replica.stamps.set(targetOf(operation), clock);
      sent.push({ from: replica.index, time: clock, visibleAt: clock + delay, operation });
    }
    replica.seen = cloneWorkbook(replica.model);
  };

  const authors = replicas.map((replica) =>
    createFakeExcel(replica.model, {
      quirks: options.quirks,
      replica: {
        beforeSync: () => deliver(replica, clock),
        afterSync: () => publish(replica),
      },
    })
  );
  const settle = () => replicas.forEach((replica) => deliver(replica, Infinity));
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
