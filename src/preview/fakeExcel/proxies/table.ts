/** Excel.Table and Excel.TableCollection (workbook.tables and worksheet.tables). */
import { fail, notSimulated } from "../errors";
import type { ContextCore } from "../engine/context";
import { FakeClientObject, type Loaders, type Resolver } from "../engine/clientObject";
import { FakeCollection } from "../engine/collection";
import { clearRect } from "../model/cells";
import {
  addTable,
  bodyRect,
  checkTableName,
  headerRect,
  normalizeHeaders,
  totalsRect,
} from "../model/tables";
import { isSetSupported } from "../quirks";
import { intersects, lastRow } from "../model/rect";
import type { FakeWorkbook, Rect, SheetModel, TableModel } from "../model/types";
import { findTable, sheetById, tablesOn } from "../model/workbook";
import {
  live,
  pathArgs,
  rectOf,
  type RangeHandle,
  sheetAndRect,
  sheetOf,
  trackRange,
} from "./handles";
import { FakeRange } from "./range";
import { FakeTableColumnCollection } from "./tableColumns";
import { FakeTableRowCollection } from "./tableRows";
import { worksheetProxy } from "./upward";
import type { FakeWorksheet } from "./worksheet";

const tableLoaders: Loaders<TableModel> = {
  id: (t) => t.id,
  name: (t) => t.name,
  style: (t) => t.style,
  showTotals: (t) => t.showTotals,
  showHeaders: () => true,
};

export class FakeTable extends FakeClientObject<TableModel> {
  // Created on first use: a proxy queues its instantiation, and one nobody touches must not
  // cost a round trip (real Office.js sends nothing for it).
  #columns: FakeTableColumnCollection | undefined;
  #rows: FakeTableRowCollection | undefined;
  #worksheet: FakeWorksheet | undefined;

  constructor(
    context: ContextCore,
    path: string,
    source: Resolver<TableModel> | { handle: TableModel }
  ) {
    super(context, "Table", path, source);
    Object.preventExtensions(this);
  }
  get columns(): FakeTableColumnCollection {
    const path = `${this.path}.columns`;
    this.#columns ??= new FakeTableColumnCollection(this.context, path, () => this.handle());
    return this.#columns;
  }
  get rows(): FakeTableRowCollection {
    this.#rows ??= new FakeTableRowCollection(this.context, `${this.path}.rows`, () =>
      this.handle()
    );
    return this.#rows;
  }
  protected override loaders(): Loaders<TableModel> {
    return tableLoaders;
  }
  get id(): string {
    return this.readProp("id");
  }
  get name(): string {
    return this.readProp("name");
  }
  set name(name: string) {
    this.setProp("name", name, (t) => {
      checkTableName(this.context.model, name, t);
      live(t, "Table").name = name;
    });
  }
  get style(): string {
    return this.readProp("style");
  }
  set style(style: string) {
    this.setProp("style", style, (t) => (live(t, "Table").style = style));
  }
  get showTotals(): boolean {
    return this.readProp("showTotals");
  }
  /** The totals row takes the row below the body; another table there is a conflict. */
  set showTotals(show: boolean) {
    this.setProp("showTotals", show, (t) => {
      if (t.showTotals === show) return;
      const rect: Rect = { ...t.rect, rows: t.rect.rows + (show ? 1 : -1) };
      const sheet = sheetOf(this.context.model, t);
      if (tablesOn(this.context.model, sheet).some((o) => o !== t && intersects(o.rect, rect))) {
        fail("InvalidOperation", "Table.showTotals");
      }
      if (!show) clearRect(sheet, { ...t.rect, row: lastRow(t.rect), rows: 1 }, "All");
      t.rect = rect;
      t.showTotals = show;
    });
  }
  get showHeaders(): boolean {
    return this.readProp("showHeaders");
  }
  get worksheet(): FakeWorksheet {
    this.#worksheet ??= worksheetProxy(this.context, `${this.path}.worksheet`, () => {
      const t = this.handle();
      return t && sheetOf(this.context.model, t);
    });
    return this.#worksheet;
  }

  #part(method: string, rectFor: (t: TableModel) => Rect | undefined): FakeRange {
    return new FakeRange(this.context, `${this.path}.${method}()`, () => {
      const t = this.handle();
      if (!t) return null;
      const rect = rectFor(live(t, "Table")) ?? fail("ItemNotFound", `Table.${method}`);
      return trackRange(this.context, sheetOf(this.context.model, t), rect);
    });
  }
  getRange(): FakeRange {
    return this.#part("getRange", (t) => t.rect);
  }
  getHeaderRowRange(): FakeRange {
    return this.#part("getHeaderRowRange", headerRect);
  }
  /** A fresh table's body is its one blank row (model/tables). */
  getDataBodyRange(): FakeRange {
    return this.#part("getDataBodyRange", bodyRect);
  }
  getTotalRowRange(): FakeRange {
    return this.#part("getTotalRowRange", totalsRect);
  }
  /**
   * Table.resize (ExcelApi 1.13): "The new range must overlap with the original table range and
   * the headers (or the top of the table) must be in the same row." Cells stay where they are.
   * On a host without 1.13 the call fails with ApiNotFound. With a totals row shown, where the
   * totals row goes is undocumented: not simulated (the adapter never does it).
   */
  resize(newRange: FakeRange | string): void {
    const location = "Table.resize";
    this.invoke("call", "resize", [typeof newRange === "string" ? newRange : "<Range>"], (t) => {
      if (!isSetSupported(this.context.engine.quirks, "ExcelApi", "1.13")) {
        fail("ApiNotFound", location);
      }
      if (t.showTotals) notSimulated("Table.resize with the totals row shown");
      const sheet = sheetOf(this.context.model, t);
      const rect = resizedRect(this.context.model, sheet, newRange, location);
      const fits = rect.row === t.rect.row && rect.rows >= 2 && intersects(rect, t.rect);
      const clash = tablesOn(this.context.model, sheet).some(
        (o) => o !== t && intersects(o.rect, rect)
      );
      if (!fits || clash) fail("InvalidArgument", location);
      t.rect = rect;
      normalizeHeaders(sheet, t);
    });
  }
  /** Deleting a table removes its cells' contents too (convertToRange would keep them). */
  delete(): void {
    this.invoke("call", "delete", [], (t) => {
      clearRect(sheetOf(this.context.model, t), t.rect, "All");
      t.deleted = true;
    });
  }
}

function resizedRect(
  model: FakeWorkbook,
  sheet: SheetModel,
  newRange: FakeRange | string,
  location: string
): Rect {
  if (typeof newRange === "string") {
    const found = sheetAndRect(model.sheets, sheet, newRange, location);
    if (found.sheet !== sheet) fail("InvalidArgument", location);
    return found.rect;
  }
  const h = (newRange.handle() as RangeHandle | null) ?? fail("InvalidArgument", location);
  if (h.sheet !== sheet) fail("InvalidArgument", location);
  return { ...rectOf(h) };
}

interface TablesScope {
  workbook: FakeWorkbook;
  sheet?: SheetModel;
}

export class FakeTableCollection extends FakeCollection<TablesScope, TableModel, FakeTable> {
  constructor(context: ContextCore, path: string, source: Resolver<TablesScope>) {
    super(context, "TableCollection", path, source);
    Object.preventExtensions(this);
  }
  protected itemHandles(scope: TablesScope): TableModel[] {
    const all = scope.workbook.tables.filter((t) => !t.deleted);
    return scope.sheet ? all.filter((t) => t.sheetId === scope.sheet?.id) : all;
  }
  protected createItem(table: TableModel, index: number): FakeTable {
    return new FakeTable(this.context, `${this.path}.items[${index}]`, { handle: table });
  }
  protected itemLoaders(): Loaders<TableModel> {
    return tableLoaders;
  }
  #find(method: string, key: string | number, orNull: boolean): FakeTable {
    return new FakeTable(this.context, `${this.path}.${method}(${pathArgs(key)})`, () => {
      const scope = this.handle();
      if (!scope) return null;
      const items = this.itemHandles(scope);
      const found =
        typeof key === "number"
          ? items[key]
          : items.find((t) => t.id === key || t === findTable(scope.workbook, key));
      return found ?? (orNull ? null : fail("ItemNotFound", `TableCollection.${method}`));
    });
  }
  getItem(key: string): FakeTable {
    return this.#find("getItem", key, false);
  }
  getItemOrNullObject(key: string): FakeTable {
    return this.#find("getItemOrNullObject", key, true);
  }
  getItemAt(index: number): FakeTable {
    return this.#find("getItemAt", index, false);
  }
  /** `address` may name the sheet; a Range works too. Header-less tables are not simulated. */
  add(address: string | FakeRange, hasHeaders: boolean): FakeTable {
    if (!hasHeaders) notSimulated("tables.add(address, false)");
    let created: TableModel | undefined;
    const wireAddress = typeof address === "string" ? address : "<Range>";
    this.invoke("call", "add", [wireAddress, hasHeaders], (scope) => {
      const model = scope.workbook;
      let sheet: SheetModel;
      let rect: Rect;
      if (address instanceof FakeRange) {
        const h = address.handle() ?? fail("InvalidArgument", "TableCollection.add");
        ({ sheet, rect } = { sheet: (h as RangeHandle).sheet, rect: rectOf(h) });
      } else {
        const active = scope.sheet ?? sheetById(model, model.activeSheetId);
        ({ sheet, rect } = sheetAndRect(model.sheets, active, address, "TableCollection.add"));
      }
      if (scope.sheet && sheet !== scope.sheet) fail("InvalidArgument", "TableCollection.add");
      created = addTable(model, sheet, rect);
    });
    return new FakeTable(
      this.context,
      `${this.path}.add(${pathArgs(wireAddress)})`,
      () => created ?? null
    );
  }
}
