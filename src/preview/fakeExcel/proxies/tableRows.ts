/** Excel.TableRow and TableRowCollection: a TableRow is a physical position (tablePart.ts). */
import type { ContextCore } from "../engine/context";
import type { Loaders, Resolver } from "../engine/clientObject";
import { FakeCollection } from "../engine/collection";
import { addTableRows } from "../model/tableEdits";
import { bodyRect } from "../model/tables";
import type { TableModel } from "../model/types";
import { live, sheetOf, type TablePartHandle } from "./handles";
import { FakeTablePart, partHandle, partRect, rowLoaders } from "./tablePart";

export class FakeTableRow extends FakeTablePart {
  protected readonly kind = "row";
  constructor(
    context: ContextCore,
    path: string,
    source: Resolver<TablePartHandle> | { handle: TablePartHandle }
  ) {
    super(context, "TableRow", path, source);
    Object.preventExtensions(this);
  }
  protected override loaders(): Loaders<TablePartHandle> {
    return rowLoaders;
  }
}

export class FakeTableRowCollection extends FakeCollection<
  TableModel,
  TablePartHandle,
  FakeTableRow
> {
  constructor(context: ContextCore, path: string, source: Resolver<TableModel>) {
    super(context, "TableRowCollection", path, source);
    Object.preventExtensions(this);
  }
  protected itemHandles(t: TableModel): TablePartHandle[] {
    return Array.from({ length: bodyRect(live(t, "Table")).rows }, (_, i) =>
      partHandle(this.context, t, i)
    );
  }
  protected createItem(handle: TablePartHandle, index: number): FakeTableRow {
    return new FakeTableRow(this.context, `${this.path}.items[${index}]`, { handle });
  }
  protected itemLoaders(): Loaders<TablePartHandle> {
    return rowLoaders;
  }
  getItemAt(index: number): FakeTableRow {
    return new FakeTableRow(this.context, `${this.path}.getItemAt(${index})`, () => {
      const t = this.handle();
      if (!t) return null;
      const handle = partHandle(this.context, t, index);
      partRect(handle, "row", "TableRowCollection.getItemAt");
      return handle;
    });
  }
  /** Inserts cells: the co-authoring hazard the adapter avoids (see model/tableEdits). */
  add(index?: number | null, values?: unknown, alwaysInsert?: boolean): FakeTableRow {
    let created: TablePartHandle | undefined;
    this.invoke("call", "add", [index ?? null, values ?? null, alwaysInsert ?? null], (t) => {
      const sheet = sheetOf(this.context.model, t);
      const rect = addTableRows(this.context.model, sheet, t, index, values);
      created = partHandle(this.context, t, rect.row - bodyRect(t).row);
    });
    return new FakeTableRow(this.context, `${this.path}.add()`, () => created ?? null);
  }
}
