/** Excel.Worksheet and Excel.WorksheetCollection. */
import { fail } from "../errors";
import type { ContextCore } from "../engine/context";
import { FakeClientObject, type Loaders, type Resolver } from "../engine/clientObject";
import { MAX_COLUMNS, MAX_ROWS } from "../model/address";
import { usedRect } from "../model/cells";
import type { FakeWorkbook, SheetModel } from "../model/types";
import { checkSheetName, findSheet } from "../model/workbook";
import { FakeChartCollection } from "./chart";
import { live, pathArgs, rectOnSheet, trackRange } from "./handles";
import { FakeRange } from "./range";
import { FakeTableCollection } from "./table";
import { provideWorksheets } from "./upward";
import { FakeFreezePanes, FakePageLayout } from "./worksheetParts";

export const worksheetLoaders = (model: FakeWorkbook): Loaders<SheetModel> => ({
  id: (s) => s.id,
  name: (s) => s.name,
  visibility: (s) => s.visibility,
  position: (s) => model.sheets.indexOf(s),
});

function moveSheet(workbook: FakeWorkbook, sheet: SheetModel, position: number): void {
  if (!Number.isInteger(position) || position < 0 || position >= workbook.sheets.length) {
    fail("InvalidArgument", "Worksheet.position");
  }
  workbook.sheets.splice(workbook.sheets.indexOf(sheet), 1);
  workbook.sheets.splice(position, 0, sheet);
}

function deleteSheet(workbook: FakeWorkbook, sheet: SheetModel): void {
  const visible = workbook.sheets.filter((s) => s.visibility === "Visible");
  if (visible.length === 1 && visible[0] === sheet) fail("InvalidOperation", "Worksheet.delete");
  workbook.sheets.splice(workbook.sheets.indexOf(sheet), 1);
  sheet.deleted = true;
  for (const table of workbook.tables) if (table.sheetId === sheet.id) table.deleted = true;
  if (workbook.activeSheetId === sheet.id) {
    workbook.activeSheetId = workbook.sheets.find((s) => s.visibility === "Visible")?.id ?? "";
  }
}

export class FakeWorksheet extends FakeClientObject<SheetModel> {
  #tables: FakeTableCollection | undefined;
  #charts: FakeChartCollection | undefined;
  #freezePanes: FakeFreezePanes | undefined;
  #pageLayout: FakePageLayout | undefined;

  constructor(
    context: ContextCore,
    path: string,
    source: Resolver<SheetModel> | { handle: SheetModel }
  ) {
    super(context, "Worksheet", path, source);
    Object.preventExtensions(this);
  }
  protected override loaders(): Loaders<SheetModel> {
    return worksheetLoaders(this.context.model);
  }
  #sheet(): SheetModel | null {
    const sheet = this.handle();
    return sheet && live(sheet, "Worksheet");
  }

  get id(): string {
    return this.readProp("id");
  }
  get name(): string {
    return this.readProp("name");
  }
  set name(name: string) {
    this.setProp("name", name, (sheet) => {
      checkSheetName(name, "Worksheet.name");
      const other = findSheet(this.context.model, name);
      if (other && other !== sheet) fail("ItemAlreadyExists", "Worksheet.name");
      live(sheet, "Worksheet").name = name;
    });
  }
  get position(): number {
    return this.readProp("position");
  }
  set position(position: number) {
    this.setProp("position", position, (sheet) => moveSheet(this.context.model, sheet, position));
  }
  get visibility(): string {
    return this.readProp("visibility");
  }
  set visibility(value: string) {
    this.setProp("visibility", value, (sheet) => {
      if (value !== "Visible" && value !== "Hidden" && value !== "VeryHidden")
        fail("InvalidArgument", "Worksheet.visibility");
      const othersVisible = this.context.model.sheets.some(
        (s) => s !== sheet && s.visibility === "Visible"
      );
      if (value !== "Visible" && !othersVisible) fail("InvalidOperation", "Worksheet.visibility");
      sheet.visibility = value;
    });
  }

  get tables(): FakeTableCollection {
    this.#tables ??= new FakeTableCollection(this.context, `${this.path}.tables`, () => {
      const sheet = this.#sheet();
      return sheet && { workbook: this.context.model, sheet };
    });
    return this.#tables;
  }
  get charts(): FakeChartCollection {
    this.#charts ??= new FakeChartCollection(this.context, `${this.path}.charts`, () =>
      this.#sheet()
    );
    return this.#charts;
  }
  get freezePanes(): FakeFreezePanes {
    this.#freezePanes ??= new FakeFreezePanes(this.context, `${this.path}.freezePanes`, () =>
      this.#sheet()
    );
    return this.#freezePanes;
  }
  get pageLayout(): FakePageLayout {
    this.#pageLayout ??= new FakePageLayout(this.context, `${this.path}.pageLayout`, () =>
      this.#sheet()
    );
    return this.#pageLayout;
  }

  #range(
    method: string,
    args: unknown[],
    rectFor: (sheet: SheetModel) => Parameters<typeof trackRange>[2] | null
  ) {
    return new FakeRange(this.context, `${this.path}.${method}(${pathArgs(...args)})`, () => {
      const sheet = this.#sheet();
      const rect = sheet && rectFor(sheet);
      return sheet && rect ? trackRange(this.context, sheet, rect) : null;
    });
  }
  /** No address: the whole sheet. */
  getRange(address?: string): FakeRange {
    return this.#range("getRange", [address], (sheet) =>
      address === undefined
        ? { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLUMNS }
        : rectOnSheet(sheet, address, "Worksheet.getRange")
    );
  }
  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number
  ): FakeRange {
    return this.#range("getRangeByIndexes", [startRow, startColumn, rowCount, columnCount], () => ({
      row: startRow,
      col: startColumn,
      rows: rowCount,
      cols: columnCount,
    }));
  }
  getCell(row: number, column: number): FakeRange {
    return this.#range("getCell", [row, column], () => ({ row, col: column, rows: 1, cols: 1 }));
  }
  /** "If the entire worksheet is blank, this function will return the top left cell." */
  getUsedRange(valuesOnly = false): FakeRange {
    return this.#range(
      "getUsedRange",
      [valuesOnly],
      (s) => usedRect(s, valuesOnly) ?? { row: 0, col: 0, rows: 1, cols: 1 }
    );
  }
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return this.#range(
      "getUsedRangeOrNullObject",
      [valuesOnly],
      (s) => usedRect(s, valuesOnly) ?? null
    );
  }
  delete(): void {
    this.invoke("call", "delete", [], (sheet) =>
      deleteSheet(this.context.model, live(sheet, "Worksheet"))
    );
  }
  activate(): void {
    this.invoke("call", "activate", [], (sheet) => {
      if (live(sheet, "Worksheet").visibility !== "Visible")
        fail("InvalidOperation", "Worksheet.activate");
      this.context.model.activeSheetId = sheet.id;
    });
  }
}

provideWorksheets((context, path, source) => new FakeWorksheet(context, path, source));
