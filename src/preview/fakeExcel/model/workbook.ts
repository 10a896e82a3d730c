/** Creating and finding things in the model; used by proxies, tests and the xlsx bridge. */
import { fail } from "../errors";
import type { FakeWorkbook, PageLayoutModel, SheetModel, TableModel } from "./types";

export function createWorkbook(sheetNames: string[] = ["Sheet1"]): FakeWorkbook {
  const workbook: FakeWorkbook = {
    sheets: [],
    tables: [],
    settings: new Map(),
    names: [],
    activeSheetId: "",
    nextId: 1,
    trackedRanges: new Set(),
  };
  for (const name of sheetNames) addSheet(workbook, name);
  return workbook;
}

export function newId(workbook: FakeWorkbook, prefix: string): string {
  const id = `{${prefix}-${workbook.nextId}}`;
  workbook.nextId += 1;
  return id;
}

/** Excel's sheet-name rules: 1–31 characters, none of : \ / ? * [ ], no edge apostrophe. */
export function checkSheetName(name: string, location: string): void {
  const ok =
    name.length >= 1 &&
    name.length <= 31 &&
    !/[:\\/?*[\]]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    name.toLowerCase() !== "history";
  if (!ok) fail("InvalidArgument", location);
}

export function findSheet(
  workbook: Pick<FakeWorkbook, "sheets">,
  name: string
): SheetModel | undefined {
  const wanted = name.toLowerCase();
  return workbook.sheets.find((s) => s.name.toLowerCase() === wanted);
}

export function sheetById(workbook: FakeWorkbook, id: string): SheetModel {
  const sheet = workbook.sheets.find((s) => s.id === id);
  return sheet ?? fail("ItemNotFound");
}

export function addSheet(workbook: FakeWorkbook, name?: string): SheetModel {
  let sheetName = name;
  if (sheetName === undefined) {
    let n = workbook.sheets.length + 1;
    while (findSheet(workbook, `Sheet${n}`)) n += 1;
    sheetName = `Sheet${n}`;
  }
  checkSheetName(sheetName, "WorksheetCollection.add");
  if (findSheet(workbook, sheetName)) fail("ItemAlreadyExists", "WorksheetCollection.add");
  const sheet: SheetModel = {
    id: newId(workbook, "sheet"),
    name: sheetName,
    visibility: "Visible",
    cells: new Map(),
    columnWidths: new Map(),
    freeze: { rows: 0, columns: 0 },
    pageLayout: newSheetPageLayout(),
    validations: [],
    charts: [],
  };
  workbook.sheets.push(sheet);
  if (!workbook.activeSheetId) workbook.activeSheetId = sheet.id;
  return sheet;
}

export function tablesOn(workbook: FakeWorkbook, sheet: SheetModel): TableModel[] {
  return workbook.tables.filter((t) => t.sheetId === sheet.id && !t.deleted);
}

export function findTable(workbook: FakeWorkbook, name: string): TableModel | undefined {
  const wanted = name.toLowerCase();
  return workbook.tables.find((t) => !t.deleted && t.name.toLowerCase() === wanted);
}

/** A new sheet's page setup: portrait at 100 %, as Excel starts one. */
export const newSheetPageLayout = (): PageLayoutModel => ({
  orientation: "Portrait",
  zoom: { scale: 100 },
});
