/**
 * Table columns and rows. A TableRow "represents the physical location of the table row, but
 * not the data ... if new rows are added, a table row will continue to point at the index for
 * which it was created" (TableRowCollection reference): its handle is (table, index) and every
 * use re-reads whatever row is at that index now. Columns are kept by index too (Excel adjusts
 * them on inserts; the fake does not).
 */
import { fail } from "../errors";
import type { ContextCore } from "../engine/context";
import { FakeClientObject, type Loaders } from "../engine/clientObject";
import { readMatrix } from "../model/cells";
import { shiftCells } from "../model/shift";
import { bodyRect, columnNames } from "../model/tables";
import type { Rect, TableModel } from "../model/types";
import { writeCells } from "../model/writes";
import { live, sheetOf, type TablePartHandle, trackRange } from "./handles";
import { FakeRange } from "./range";

export type PartKind = "column" | "row";

export function partRect(h: TablePartHandle, kind: PartKind, location: string): Rect {
  const t = live(h.table, location);
  const body = bodyRect(t);
  if (kind === "row") {
    if (h.index >= body.rows) fail("ItemNotFound", location);
    return { ...body, row: body.row + h.index, rows: 1 };
  }
  if (h.index >= t.rect.cols) fail("ItemNotFound", location);
  return { ...t.rect, col: t.rect.col + h.index, cols: 1 };
}

const partValues = (kind: PartKind) => (h: TablePartHandle) =>
  readMatrix(h.sheet, partRect(h, kind, "values"), (c) => c.value);

export const rowLoaders: Loaders<TablePartHandle> = {
  index: (h) => h.index,
  values: partValues("row"),
};

export const columnLoaders: Loaders<TablePartHandle> = {
  index: (h) => h.index,
  values: partValues("column"),
  id: (h) => h.index + 1,
  name: (h) => columnNames(h.sheet, h.table)[h.index],
};

export abstract class FakeTablePart extends FakeClientObject<TablePartHandle> {
  protected abstract readonly kind: PartKind;

  get index(): number {
    return this.readProp("index");
  }
  get values(): unknown[][] {
    return this.readProp("values");
  }
  set values(input: unknown) {
    this.setProp("values", input, (h) =>
      writeCells(
        this.context.model,
        h.sheet,
        partRect(h, this.kind, "values"),
        input,
        "values",
        this.context.engine.quirks
      )
    );
  }
  protected range(method: string, rectFor: (r: Rect, t: TableModel) => Rect): FakeRange {
    return new FakeRange(this.context, `${this.path}.${method}()`, () => {
      const h = this.handle();
      return (
        h && trackRange(this.context, h.sheet, rectFor(partRect(h, this.kind, method), h.table))
      );
    });
  }
  getRange(): FakeRange {
    return this.range("getRange", (r) => r);
  }
  delete(): void {
    this.invoke("call", "delete", [], (h) => {
      const axis = this.kind === "row" ? "rows" : "cols";
      shiftCells(this.context.model, h.sheet, partRect(h, this.kind, "delete"), axis, false);
    });
  }
}

export const partHandle = (
  ctx: ContextCore,
  table: TableModel,
  index: number
): TablePartHandle => ({
  table,
  index,
  sheet: sheetOf(ctx.model, table),
});
