/**
 * The preview's simulated Excel beside the pane: its sheet tabs, the selected sheet's cells as
 * the view draws them (number formats applied), its drawn charts, and the .xlsx download.
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

export interface DrawnChart {
  caption: string;
  /** The chart's numbers table (its text alternative): the column headers are the series. */
  series: string[];
  rows: string[][];
  /** The figure takes keyboard focus. */
  focusable: boolean;
  /** Canvas pixels that are not transparent: a drawn chart has thousands. */
  paintedPixels: number;
}

/** The charts under a sheet, as drawn: caption, numbers table, focus and painted pixels. */
export async function drawnCharts(page: Page, sheet: string): Promise<DrawnChart[]> {
  await showSheet(page, sheet);
  const region = workbookRegion(page).getByRole("region", { name: /^Diagram på bladet/ });
  const figures = await region.getByRole("figure").all();
  await Promise.all(
    figures.map((figure) =>
      figure.and(page.locator("[data-chart-drawn=true]")).waitFor({ timeout: 30_000 })
    )
  );
  return Promise.all(
    figures.map((figure) =>
      figure.evaluate((element) => {
        const canvas = element.querySelector("canvas");
        const context = canvas?.getContext("2d");
        const pixels = context?.getImageData(0, 0, canvas?.width ?? 0, canvas?.height ?? 0).data;
        let painted = 0;
        for (let i = 3; i < (pixels?.length ?? 0); i += 4) if ((pixels?.[i] ?? 0) > 0) painted += 1;
        const texts = (cells: Iterable<Element>) => Array.from(cells, (c) => c.textContent ?? "");
        return {
          caption: element.querySelector("figcaption")?.textContent ?? "",
          series: texts(element.querySelectorAll("thead th")),
          rows: Array.from(element.querySelectorAll("tbody tr"), (tr) => texts(tr.children)),
          focusable: (element as HTMLElement).tabIndex === 0,
          paintedPixels: painted,
        };
      })
    )
  ).then((charts) =>
    charts.map((chart) => ({
      ...chart,
      caption: plain(chart.caption),
      rows: chart.rows.map((row) => row.map(plain)),
    }))
  );
}

/** Clicks "Ladda ner arbetsboken (.xlsx)": the file's bytes. */
export async function downloadedBytes(page: Page): Promise<Uint8Array> {
  const button = workbookRegion(page).getByRole("button", {
    name: "Ladda ner arbetsboken (.xlsx)",
  });
  const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
  return new Uint8Array(await readFile(await download.path()));
}

/** The downloaded file, read with ExcelJS. */
export async function downloadWorkbook(page: Page): Promise<ExcelJS.Workbook> {
  const bytes = await downloadedBytes(page);
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
