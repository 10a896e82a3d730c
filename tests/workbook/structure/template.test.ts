import { readFile } from "node:fs/promises";
import { join } from "node:path";
import * as ExcelJS from "exceljs";
import { columnLetter } from "../../../src/domain/model/cells";
import { BASELINES } from "../../../src/domain/model/effect";
import { DEFAULT_LISTS, LIST_HEADERS } from "../../../src/domain/model/lists";
import { LOG_COLUMNS } from "../../../src/domain/trust/logSchema";
import { forecastFormula } from "../../../src/domain/model/rows";
import { TABLE_COLUMNS } from "../../../src/domain/model/tableSchema";
import { loadWorkbookFromXlsx } from "../../../src/preview/fakeExcel/xlsx";
import {
  LOG_TABLE_NAME,
  NUMBER_FORMATS,
  SHEETS,
  TABLE_NAME,
} from "../../../src/workbook/structure/layout";
import { LISTS_INSTRUCTION } from "../../../src/workbook/structure/listsLayout";
import { TEMPLATE_PATH, templateBuffer } from "../../../src/workbook/structure/template";
import {
  arrayBufferOf,
  xlsxContent,
  type SheetContent,
  type XlsxContent,
} from "../../support/xlsxContent";

const headers = TABLE_COLUMNS.map((column) => column.header);
const columnLetters = headers.map((_, i) => columnLetter(i));

let committed: XlsxContent;
let fresh: XlsxContent;
const sheet = (name: string): SheetContent => {
  const found = committed.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`No sheet ${name}`);
  return found;
};
const cell = (sheetName: string, address: string) =>
  sheet(sheetName).cells.find((c) => c.address === address);

beforeAll(async () => {
  const file = await readFile(join(__dirname, "..", "..", "..", TEMPLATE_PATH));
  [committed, fresh] = await Promise.all([
    xlsxContent(new Uint8Array(file)),
    templateBuffer().then(xlsxContent),
  ]);
});

describe("mallfilen", () => {
  it("har samma innehåll som generatorn ger av domänens definitioner", () => {
    try {
      expect(committed).toEqual(fresh);
    } catch (error) {
      throw new Error(
        `${TEMPLATE_PATH} is out of date with the domain definitions (TABLE_COLUMNS, lists, ` +
          `layout): run npm run build:template and commit the file.\n\n${String(error)}`
      );
    }
  });

  it("ger samma innehåll varje gång (fasta egenskaper och datum)", async () => {
    expect(await templateBuffer().then(xlsxContent)).toEqual(fresh);
    expect(committed.properties).toEqual({
      creator: "Effektiviseringar",
      lastModifiedBy: "Effektiviseringar",
      created: "2026-01-01T00:00:00.000Z",
      modified: "2026-01-01T00:00:00.000Z",
    });
    expect(committed.calcPr).toContain('fullCalcOnLoad="1"');
  });

  it("har bladen Kategori, Registrering, Logg och Realisering men ingen sammanställning", () => {
    expect(committed.sheets.map((s) => s.name)).toEqual([
      SHEETS.lists,
      SHEETS.registration,
      SHEETS.log,
      SHEETS.realisation,
    ]);
  });
});

describe("bladet Kategori", () => {
  it("har instruktionen i A1 och fetstilta listrubriker i A3:D3, som i föredraget", () => {
    expect(cell(SHEETS.lists, "A1")?.value).toBe(LISTS_INSTRUCTION);
    const row3 = ["A3", "B3", "C3", "D3"].map((address) => cell(SHEETS.lists, address));
    expect(row3.map((c) => c?.value)).toEqual([
      "Kategori",
      "Förvaltning",
      "Typ av effektivisering",
      "Anledning till effektivisering",
    ]);
    expect(row3.map((c) => c?.value)).toEqual(Object.values(LIST_HEADERS));
    expect(row3.every((c) => c?.bold)).toBe(true);
  });

  it("har standardtyperna i C och anledningarna i D från rad 4, och tomma A och B", () => {
    const column = (letter: string) =>
      sheet(SHEETS.lists)
        .cells.filter((c) => c.address.startsWith(letter) && Number(c.address.slice(1)) >= 4)
        .filter((c) => c.value !== null)
        .map((c) => c.value);
    expect(column("A")).toEqual([]);
    expect(column("B")).toEqual([]);
    expect(column("C")).toEqual(["Engångsbelopp/vite", "Nytt avtal", "Cost avoidance", "Annat"]);
    expect(column("C")).toEqual(DEFAULT_LISTS.types);
    expect(column("D")).toEqual(DEFAULT_LISTS.reasons);
    expect(cell(SHEETS.lists, "D4")?.value).toBe("Ramavtal/kontrakt");
  });

  it("har kolumner breda nog för rubrikerna", () => {
    const widths = sheet(SHEETS.lists).columns.map((c) => c.width ?? 0);
    Object.values(LIST_HEADERS).forEach((header, i) =>
      expect(widths[i]).toBeGreaterThan(header.length)
    );
  });
});

describe("bladet Registrering", () => {
  const registration = () => sheet(SHEETS.registration);

  it("har tabellen Effektiviseringar i A1 med alla kolumner i ordning och en tom rad", () => {
    expect(registration().tables).toEqual([
      {
        name: TABLE_NAME,
        ref: `A1:${columnLetters.at(-1)}2`,
        columns: headers,
        style: expect.objectContaining({ theme: "TableStyleMedium2", showRowStripes: true }),
      },
    ]);
    const firstRow = registration().cells.filter((c) => /^[A-Z]+1$/.test(c.address));
    expect(firstRow.map((c) => c.value)).toEqual(headers);
  });

  it("låser rubrikraden", () => {
    expect(registration().frozen).toEqual({ xSplit: 0, ySplit: 1 });
  });

  it("har den kalkylerade kolumnens formel i tabellraden", () => {
    const index = headers.indexOf("Kalkylerad effekt (kr)");
    const formula = forecastFormula({ headers, firstColumn: 0, rowNumber: 2 });
    expect(formula).toBe("=N(O2)*N(P2)+N(R2)-N(S2)");
    expect(cell(SHEETS.registration, `${columnLetters[index]}2`)?.value).toEqual({
      formula: formula.slice(1),
    });
    const others = registration().cells.filter((c) => /^[A-Z]+2$/.test(c.address));
    expect(others.filter((c) => c.value !== null)).toHaveLength(1);
  });

  it.each(TABLE_COLUMNS.map((column, i) => [column.header, column.kind, i] as const))(
    "formaterar %s (%s) på tabellraden och i hela kolumnen",
    (header, kind, index) => {
      const format = NUMBER_FORMATS[kind];
      const expected = format === "General" ? undefined : format;
      expect(cell(SHEETS.registration, `${columnLetters[index]}2`)?.numFmt).toBe(expected);
      expect(registration().columns[index]?.numFmt).toBe(expected);
      expect(registration().columns[index]?.width ?? 0).toBeGreaterThan(header.length);
    }
  );

  it("har listvalideringar på hela kolumner från rad 2, mot listorna på Kategori", () => {
    const rules = registration().validations.map((v) => [v.sqref, v.formula1]);
    // In the file's order, which sorts the ranges as text (AB before D).
    expect(rules).toEqual([
      ["AB2:AB1048576", `"${BASELINES.join(",")}"`],
      ["D2:D1048576", "'Kategori'!$A$4:$A$503"],
      ["E2:E1048576", "'Kategori'!$B$4:$B$503"],
      ["F2:F1048576", "'Kategori'!$C$4:$C$503"],
      ["G2:G1048576", "'Kategori'!$D$4:$D$503"],
      ["H2:H1048576", '"Kalkylerad,Realiserad"'],
      ["I2:I1048576", '"Årlig,Engång"'],
      ["W2:W1048576", '"Ja,Nej"'],
    ]);
    registration().validations.forEach((v) =>
      expect(v.attributes).toMatchObject({ type: "list", allowBlank: "1", showErrorMessage: "1" })
    );
    const byHeader = (letter: string) => headers[columnLetters.indexOf(letter)];
    expect(["AB", "D", "E", "F", "G", "H", "I", "W"].map(byHeader)).toEqual([
      "Baslinje",
      "Kategori",
      "Förvaltning",
      "Typ av effektivisering",
      "Anledning till effektivisering",
      "Status",
      "Beräkningsgrund",
      "Budgetpåverkande",
    ]);
  });
});

describe("bladet Logg", () => {
  const logHeaders = LOG_COLUMNS.map((column) => column.header);
  const logSheet = () => sheet(SHEETS.log);

  it("är dolt för den som bara tittar, men inte mycket dolt", async () => {
    const workbook = new ExcelJS.Workbook();
    const file = await readFile(join(__dirname, "..", "..", "..", TEMPLATE_PATH));
    await workbook.xlsx.load(arrayBufferOf(new Uint8Array(file)), {
      ignoreNodes: ["dataValidations"],
    });
    expect(workbook.getWorksheet(SHEETS.log)?.state).toBe("hidden");
    expect(workbook.getWorksheet(SHEETS.registration)?.state).toBe("visible");
    // And so the simulated Excel opens it, as Excel.SheetVisibility "Hidden".
    const model = await loadWorkbookFromXlsx(new Uint8Array(file));
    expect(model.sheets.map((s) => [s.name, s.visibility])).toEqual([
      [SHEETS.lists, "Visible"],
      [SHEETS.registration, "Visible"],
      [SHEETS.log, "Hidden"],
      [SHEETS.realisation, "Visible"],
    ]);
  });

  it("har tabellen Effektlogg i A1 med loggens kolumner och en tom rad, och låst rubrikrad", () => {
    expect(logSheet().tables).toEqual([
      {
        name: LOG_TABLE_NAME,
        ref: `A1:${columnLetter(logHeaders.length - 1)}2`,
        columns: logHeaders,
        style: expect.objectContaining({ theme: "TableStyleMedium2", showRowStripes: true }),
      },
    ]);
    expect(logSheet().frozen).toEqual({ xSplit: 0, ySplit: 1 });
    expect(logSheet().validations).toEqual([]);
    expect(logSheet().cells.filter((c) => c.address.endsWith("2") && c.value !== null)).toEqual([]);
  });

  it.each(LOG_COLUMNS.map((column, i) => [column.header, column.kind, i] as const))(
    "formaterar %s (%s) på tabellraden och i hela kolumnen",
    (header, kind, index) => {
      const format = NUMBER_FORMATS[kind];
      const expected = format === "General" ? undefined : format;
      expect(cell(SHEETS.log, `${columnLetter(index)}2`)?.numFmt).toBe(expected);
      expect(logSheet().columns[index]?.numFmt).toBe(expected);
      expect(logSheet().columns[index]?.width ?? 0).toBeGreaterThan(header.length);
    }
  );
});
