/**
 * What an xlsx holds, as plain data to compare: sheets, cells (value or formula, number
 * format, bold), column widths and formats, frozen panes, tables and data validations. Not
 * bytes: ExcelJS stamps zip entries with the time of writing.
 */
import * as ExcelJS from "exceljs";
import { dataValidationsOf, sheetXmlByName, zipTextParts, type ValidationXml } from "./xlsxParts";

export interface CellContent {
  address: string;
  value: unknown;
  numFmt: string | undefined;
  bold: boolean;
}

export interface TableContent {
  name: string;
  ref: string;
  columns: string[];
  style: unknown;
}

export interface SheetContent {
  name: string;
  frozen: { xSplit: number | undefined; ySplit: number | undefined } | null;
  columns: { letter: string | undefined; width: number | undefined; numFmt: string | undefined }[];
  cells: CellContent[];
  tables: TableContent[];
  validations: ValidationXml[];
}

export interface XlsxContent {
  properties: { creator: string; lastModifiedBy: string; created: string; modified: string };
  calcPr: string;
  sheets: SheetContent[];
}

export async function xlsxContent(bytes: Uint8Array): Promise<XlsxContent> {
  const workbook = new ExcelJS.Workbook();
  // ExcelJS would expand each whole-column validation into a million cells; read them from
  // the XML instead (xlsxParts).
  await workbook.xlsx.load(arrayBufferOf(bytes), { ignoreNodes: ["dataValidations"] });
  const sheetXml = sheetXmlByName(bytes);
  const workbookXml = zipTextParts(bytes).get("xl/workbook.xml") ?? "";
  return {
    properties: {
      creator: workbook.creator,
      lastModifiedBy: workbook.lastModifiedBy,
      created: workbook.created.toISOString(),
      modified: workbook.modified.toISOString(),
    },
    calcPr: /<calcPr\s[^>]*\/>/.exec(workbookXml)?.[0] ?? "",
    sheets: workbook.worksheets.map((sheet) => ({
      name: sheet.name,
      frozen: frozenPanes(sheet),
      columns: (sheet.columns ?? []).map((column) => ({
        letter: column.letter,
        width: column.width,
        numFmt: column.numFmt,
      })),
      cells: cellsOf(sheet),
      // ExcelJS types getTables() as [Table, void][]; it returns the tables.
      tables: (sheet.getTables() as unknown as ExcelJS.Table[]).map(tableOf),
      validations: dataValidationsOf(sheetXml.get(sheet.name) ?? ""),
    })),
  };
}

function frozenPanes(sheet: ExcelJS.Worksheet): SheetContent["frozen"] {
  // A loaded sheet without <sheetViews> has views null, despite the typings.
  const view = (sheet.views ?? []).find((v) => v.state === "frozen") as
    Partial<ExcelJS.WorksheetViewFrozen> | undefined;
  return view ? { xSplit: view.xSplit, ySplit: view.ySplit } : null;
}

function cellsOf(sheet: ExcelJS.Worksheet): CellContent[] {
  const cells: CellContent[] = [];
  sheet.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      cells.push({
        address: cell.address,
        value: cell.value,
        numFmt: cell.numFmt,
        bold: cell.font?.bold === true,
      });
    })
  );
  return cells;
}

/** ExcelJS's loaded table keeps its model in `table` (not in its typings). */
function tableOf(table: ExcelJS.Table): TableContent {
  const model = (table as unknown as { table: ExcelJS.TableProperties & { tableRef: string } })
    .table;
  return {
    name: model.name,
    ref: model.tableRef,
    columns: model.columns.map((column) => column.name),
    style: model.style,
  };
}

/** ExcelJS types its input as an ArrayBuffer (JSZip reads either). */
export const arrayBufferOf = (bytes: Uint8Array): ArrayBuffer =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
