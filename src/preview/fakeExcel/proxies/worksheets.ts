/** Excel.WorksheetCollection: `context.workbook.worksheets`. */
import { fail } from "../errors";
import type { ContextCore } from "../engine/context";
import type { Loaders, Resolver } from "../engine/clientObject";
import { FakeCollection } from "../engine/collection";
import type { FakeWorkbook, SheetModel } from "../model/types";
import { addSheet, findSheet } from "../model/workbook";
import { pathArgs } from "./handles";
import { FakeWorksheet, worksheetLoaders } from "./worksheet";

export class FakeWorksheetCollection extends FakeCollection<
  FakeWorkbook,
  SheetModel,
  FakeWorksheet
> {
  constructor(context: ContextCore, path: string, source: Resolver<FakeWorkbook>) {
    super(context, "WorksheetCollection", path, source);
    Object.preventExtensions(this);
  }
  protected itemHandles(workbook: FakeWorkbook): SheetModel[] {
    return [...workbook.sheets];
  }
  protected createItem(sheet: SheetModel, index: number): FakeWorksheet {
    return new FakeWorksheet(this.context, `${this.path}.items[${index}]`, { handle: sheet });
  }
  protected itemLoaders(): Loaders<SheetModel> {
    return worksheetLoaders(this.context.model);
  }
  #find(method: string, key: string, orNull: boolean): FakeWorksheet {
    return new FakeWorksheet(this.context, `${this.path}.${method}(${pathArgs(key)})`, () => {
      const workbook = this.handle();
      if (!workbook) return null;
      const sheet = findSheet(workbook, key) ?? workbook.sheets.find((s) => s.id === key);
      return sheet ?? (orNull ? null : fail("ItemNotFound", `WorksheetCollection.${method}`));
    });
  }
  getItem(key: string): FakeWorksheet {
    return this.#find("getItem", key, false);
  }
  getItemOrNullObject(key: string): FakeWorksheet {
    return this.#find("getItemOrNullObject", key, true);
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, `${this.path}.getActiveWorksheet()`, () => {
      const workbook = this.handle();
      return (
        workbook &&
        (workbook.sheets.find((s) => s.id === workbook.activeSheetId) ?? fail("ItemNotFound"))
      );
    });
  }
  add(name?: string): FakeWorksheet {
    let created: SheetModel | undefined;
    this.invoke("call", "add", [name], (workbook) => {
      created = addSheet(workbook, name);
    });
    return new FakeWorksheet(
      this.context,
      `${this.path}.add(${pathArgs(name)})`,
      () => created ?? null
    );
  }
}
