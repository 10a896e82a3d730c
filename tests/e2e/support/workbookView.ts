/**
 * The preview's simulated Excel beside the pane: its sheet tabs, the selected sheet's cells as
 * the view draws them (number formats applied), its chart list, and the .xlsx download.
 */
import { readFile } from "node:fs/promises";
import * as ExcelJS from "exceljs";
import type { Locator, Page } from "playwright-core";
import { arrayBufferOf } from "../../support/xlsxContent";
import { plain } from "./eventually";

export function workbookRegion(page: Page): Locator {
  return page.getByRole("region", { name: "Arbetsbok (simulerad)" });
}

export function sheetTab(page: Page, sheet: string): Locator {
  return workbookRegion(page).getByRole("tab", { name: sheet, exact: true });
}

/** Shows a sheet (clicking its tab) and waits until its cells are drawn. */
export async function showSheet(page: Page, sheet: string): Promise<void> {
  const tab = sheetTab(page, sheet);
  if ((await tab.getAttribute("aria-selected")) !== "true") await tab.click();
  await sheetTable(page, sheet).waitFor();
}

export function sheetTable(page: Page, sheet: string): Locator {
  return workbookRegion(page).getByRole("table", { name: `Bladet ${sheet}` });
}

/**
 * The drawn cells of a sheet, row by row from row 1, as display text. A cell whose text runs
 * over its empty neighbours spans them, as in Excel: the covered columns read as "".
 */
export async function sheetCells(page: Page, sheet: string): Promise<string[][]> {
  await showSheet(page, sheet);
  const rows = await sheetTable(page, sheet)
    .locator("tbody tr")
    .evaluateAll((trs) =>
      trs.map((tr) =>
        Array.from(tr.children)
          .slice(1)
          .flatMap((cell) => {
            const span = (cell as HTMLTableCellElement).colSpan || 1;
            return [cell.textContent ?? "", ...Array<string>(span - 1).fill("")];
          })
      )
    );
  return rows.map((row) => row.map(plain));
}

/** The registration table (Effektiviseringar, header in row 1) as records by header. */
export async function registrationRows(page: Page): Promise<Record<string, string>[]> {
  const [header = [], ...body] = await sheetCells(page, "Registrering");
  return body
    .filter((row) => row[0] !== "")
    .map((row) => Object.fromEntries(header.map((name, col) => [name, row[col] ?? ""])));
}

export interface ChartItem {
  title: string;
  description: string;
}

/** "Diagram på bladet (n)" under a sheet: each chart's title and its line (type, place, series). */
export async function chartList(page: Page, sheet: string): Promise<ChartItem[]> {
  await showSheet(page, sheet);
  const region = workbookRegion(page).getByRole("region", { name: /^Diagram på bladet/ });
  const items = await region.getByRole("listitem").all();
  return Promise.all(
    items.map(async (item) => ({
      title: plain(await item.locator("strong").textContent()),
      description: plain(await item.textContent()),
    }))
  );
}

/** Clicks "Ladda ner arbetsboken (.xlsx)" and reads the downloaded file with ExcelJS. */
export async function downloadWorkbook(page: Page): Promise<ExcelJS.Workbook> {
  const button = workbookRegion(page).getByRole("button", {
    name: "Ladda ner arbetsboken (.xlsx)",
  });
  const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
  const bytes = await readFile(await download.path());
  const workbook = new ExcelJS.Workbook();
  // ExcelJS would expand the whole-column list validations into a million cells each.
  await workbook.xlsx.load(arrayBufferOf(bytes), { ignoreNodes: ["dataValidations"] });
  return workbook;
}

/** The rows of a worksheet's table whose header is in `headerRow`, as cells by header. */
export function tableCells(
  sheet: ExcelJS.Worksheet,
  headerRow = 1
): Array<Record<string, ExcelJS.Cell>> {
  const header = sheet.getRow(headerRow);
  const names = new Map<number, string>();
  header.eachCell((cell, col) => names.set(col, String(cell.value)));
  const rows: Array<Record<string, ExcelJS.Cell>> = [];
  for (let r = headerRow + 1; r <= sheet.rowCount; r += 1) {
    const cells = [...names].map(([col, name]) => [name, sheet.getCell(r, col)] as const);
    // Rows of the table have an ID; the template's empty body row has none.
    if (cells[0]?.[1].text) rows.push(Object.fromEntries(cells));
  }
  return rows;
}
