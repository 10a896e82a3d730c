/** Excel.TableColumn and TableColumnCollection (kept by position, see tablePart.ts). */
import { fail } from "../errors";
import type { ContextCore } from "../engine/context";
import type { Loaders, Resolver } from "../engine/clientObject";
import { FakeCollection } from "../engine/collection";
import { addTableColumn } from "../model/tableEdits";
import { bodyRect, columnNames, normalizeHeaders } from "../model/tables";
import type { TableModel } from "../model/types";
import { writeCells } from "../model/writes";
import { live, pathArgs, sheetOf, type TablePartHandle } from "./handles";
import type { FakeRange } from "./range";
import { columnLoaders, FakeTablePart, partHandle, partRect } from "./tablePart";

export class FakeTableColumn extends FakeTablePart {
  protected readonly kind = "column";
  constructor(
    context: ContextCore,
    path: string,
    source: Resolver<TablePartHandle> | { handle: TablePartHandle }
  ) {
    super(context, "TableColumn", path, source);
    Object.preventExtensions(this);
  }
  protected override loaders(): Loaders<TablePartHandle> {
    return columnLoaders;
  }
  get id(): number {
    return this.readProp("id");
  }
  get name(): string {
    return this.readProp("name");
  }
  set name(name: string) {
    this.setProp("name", name, (h) => {
      const header = partRect(h, "column", "TableColumn.name");
      writeCells(
        this.context.model,
        h.sheet,
        { ...header, rows: 1 },
        [[name]],
        "TableColumn.name",
        this.context.engine.quirks
      );
      normalizeHeaders(h.sheet, h.table);
    });
  }
  getDataBodyRange(): FakeRange {
    return this.range("getDataBodyRange", (r, t) => ({
      ...r,
      row: bodyRect(t).row,
      rows: bodyRect(t).rows,
    }));
  }
  getHeaderRowRange(): FakeRange {
    return this.range("getHeaderRowRange", (r) => ({ ...r, rows: 1 }));
  }
}

export class FakeTableColumnCollection extends FakeCollection<
  TableModel,
  TablePartHandle,
  FakeTableColumn
> {
  constructor(context: ContextCore, path: string, source: Resolver<TableModel>) {
    super(context, "TableColumnCollection", path, source);
    Object.preventExtensions(this);
  }
  protected itemHandles(t: TableModel): TablePartHandle[] {
    return Array.from({ length: live(t, "Table").rect.cols }, (_, i) =>
      partHandle(this.context, t, i)
    );
  }
  protected createItem(handle: TablePartHandle, index: number): FakeTableColumn {
    return new FakeTableColumn(this.context, `${this.path}.items[${index}]`, { handle });
  }
  protected itemLoaders(): Loaders<TablePartHandle> {
    return columnLoaders;
  }
  #find(method: string, key: string | number, orNull: boolean): FakeTableColumn {
    return new FakeTableColumn(this.context, `${this.path}.${method}(${pathArgs(key)})`, () => {
      const t = this.handle();
      if (!t) return null;
      const names = columnNames(sheetOf(this.context.model, t), t).map((n) => n.toLowerCase());
      const index =
        typeof key === "number"
          ? method === "getItemAt"
            ? key
            : key - 1
          : names.indexOf(key.toLowerCase());
      if (index >= 0 && index < names.length) return partHandle(this.context, t, index);
      return orNull ? null : fail("ItemNotFound", `TableColumnCollection.${method}`);
    });
  }
  /** By name, or by id (the fake's ids are 1-based positions). */
  getItem(key: string | number): FakeTableColumn {
    return this.#find("getItem", key, false);
  }
  getItemOrNullObject(key: string | number): FakeTableColumn {
    return this.#find("getItemOrNullObject", key, true);
  }
  getItemAt(index: number): FakeTableColumn {
    return this.#find("getItemAt", index, false);
  }
  add(index?: number | null, values?: unknown, name?: string): FakeTableColumn {
    let created: TablePartHandle | undefined;
    this.invoke("call", "add", [index ?? null, values ?? null, name ?? null], (t) => {
      const rect = addTableColumn(
        this.context.model,
        sheetOf(this.context.model, t),
        t,
        index,
        values,
        name
      );
      created = partHandle(this.context, t, rect.col - t.rect.col);
    });
    return new FakeTableColumn(this.context, `${this.path}.add()`, () => created ?? null);
  }
}
