/**
 * The committed template opened by a real spreadsheet engine (LibreOffice headless): what a
 * person without the add-in sees, and the calculated column computed by something other
 * than our own code.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import * as ExcelJS from "exceljs";
import { DEFAULT_LISTS, readLists } from "../../../src/domain/model/lists";
import { LOG_COLUMNS } from "../../../src/domain/trust/logSchema";
import { REALISATION_COLUMNS } from "../../../src/domain/model/realisation";
import { TABLE_COLUMNS, headerOf } from "../../../src/domain/model/tableSchema";
import { SHEETS } from "../../../src/workbook/structure/layout";
import { TEMPLATE_PATH } from "../../../src/workbook/structure/template";
import {
  libreOfficeVersion,
  recalculateWithLibreOffice,
  sheetsAsCsv,
} from "../../support/libreoffice";
import { arrayBufferOf } from "../../support/xlsxContent";

// LibreOffice starts cold in a fresh profile for every conversion (about a second each).
jest.setTimeout(120_000);

const headers: string[] = TABLE_COLUMNS.map((column) => column.header);
const columnOf = (key: Parameters<typeof headerOf>[0]) => headers.indexOf(headerOf(key)) + 1;

let template: Uint8Array;
let sheets: Map<string, string[][]>;

beforeAll(async () => {
  await libreOfficeVersion(); // fails first, and clearly, when soffice is missing
  template = new Uint8Array(await readFile(join(__dirname, "..", "..", "..", TEMPLATE_PATH)));
  sheets = await sheetsAsCsv(template);
});

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // Whole-column validations would cost ExcelJS a million cells each; they are not needed here.
  await workbook.xlsx.load(arrayBufferOf(bytes), { ignoreNodes: ["dataValidations"] });
  return workbook;
}

const written = async (workbook: ExcelJS.Workbook) =>
  new Uint8Array(await workbook.xlsx.writeBuffer());

describe("mallen öppnad i LibreOffice", () => {
  it("visar bladen Kategori, Registrering och Realisering, och loggbladet", () => {
    expect([...sheets.keys()].sort()).toEqual(
      [SHEETS.lists, SHEETS.log, SHEETS.realisation, SHEETS.registration].sort()
    );
  });

  it("har periodtabellens rubriker i rubrikraden på Realisering", () => {
    expect(sheets.get(SHEETS.realisation)?.[0]).toEqual(
      REALISATION_COLUMNS.map((column) => column.header)
    );
  });

  it("har loggens rubriker i rubrikraden på Logg", () => {
    expect(sheets.get(SHEETS.log)?.[0]).toEqual(LOG_COLUMNS.map((column) => column.header));
  });

  it("ger Kategoris listor genom readLists: standardvärden och tomma organisationslistor", () => {
    const reading = readLists(sheets.get(SHEETS.lists) ?? []);
    expect(reading.missing).toEqual([]);
    expect(reading.lists).toEqual(DEFAULT_LISTS);
    expect(reading.lists.categories).toEqual([]);
    expect(reading.lists.departments).toEqual([]);
  });

  it("har tabellens rubriker i rubrikraden på Registrering", () => {
    expect(sheets.get(SHEETS.registration)?.[0]).toEqual(headers);
  });

  it("räknar den kalkylerade kolumnen i mallens tabellrad: 2 mkr/år i 7 år = 14 mkr", async () => {
    const workbook = await load(template);
    const row = workbook.getWorksheet(SHEETS.registration)?.getRow(2);
    if (!row) throw new Error("The template has no table row");
    row.getCell(columnOf("annualAmount")).value = 2_000_000;
    row.getCell(columnOf("contractYears")).value = 7;
    const computed = await sheetsAsCsv(await written(workbook));
    const cells = computed.get(SHEETS.registration)?.[1] ?? [];
    expect(cells[columnOf("forecast") - 1]).toBe("14000000");
  });
});

describe("LibreOffice-hjälpen", () => {
  it("räknar om formler vid inläsning, även när filen har ett inaktuellt sparat värde", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Blad1");
    sheet.getRow(1).values = [2_000_000, 7, "", ""];
    sheet.getCell("E1").value = { formula: "N(A1)*N(B1)+N(C1)-N(D1)", result: 1 };

    const recalculated = await load(await recalculateWithLibreOffice(await written(workbook)));
    expect(recalculated.getWorksheet("Blad1")?.getCell("E1").value).toEqual({
      formula: "N(A1)*N(B1)+N(C1)-N(D1)",
      result: 14_000_000,
    });
    const csv = await sheetsAsCsv(await written(workbook));
    expect(csv.get("Blad1")).toEqual([["2000000", "7", "", "", "14000000"]]);
  });

  it("läser citattecken, kommatecken och radbrytningar i CSV-exporten", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Text med mellanslag").getCell("A1").value = 'Hej, "du"\nrad två';
    const csv = await sheetsAsCsv(await written(workbook));
    expect(csv.get("Text med mellanslag")).toEqual([['Hej, "du"\nrad två']]);
  });
});
