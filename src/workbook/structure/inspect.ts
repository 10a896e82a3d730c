/**
 * What the workbook holds, compared with what the add-in needs: the lists, the registration
 * table and its columns, the log, the period table, the summary sheet. Two syncs at most; the second only looks
 * for a renamed table or moved lists when the expected names are not found.
 */
import type { CellValue } from "../../domain/model/cells";
import { sameText } from "../../domain/model/cells";
import {
  LIST_HEADERS,
  readLists,
  type ListName,
  type ListsReading,
} from "../../domain/model/lists";
import { LOG_COLUMNS } from "../../domain/trust/logSchema";
import { REALISATION_COLUMNS } from "../../domain/model/realisation";
import { TABLE_COLUMNS, headerOf } from "../../domain/model/tableSchema";
import { LOG_TABLE_NAME, REALISATION_TABLE_NAME, SHEETS, TABLE_NAME } from "./layout";
import { listsReading, queueListsRange } from "./listsSheet";
import { workbookMessages } from "../messages.sv";
import type { WorkbookInspection } from "../port";
import { extraColumns, misspeltColumns, missingColumns, type KnownColumns } from "./tableColumns";

/** How far from A1 the search for moved lists looks on other sheets. */
const LIST_SEARCH_AREA = "A1:AD60";

/** What the repair needs to know beyond the inspection shown to the user. */
export interface StructureFacts {
  inspection: WorkbookInspection;
  sheetNames: string[];
  /** The table as found: by its name, or a renamed one recognised by its headers. */
  table: TableFacts | null;
  /** The log's table, found the same way. */
  log: TableFacts | null;
  /** The period table (realisation per month), found the same way. */
  realisations: TableFacts | null;
  /** The lists as found, on `inspection.lists.sheet`. */
  lists: ListsReading | null;
  /**
   * A `Registrering` sheet the repair may put the table on: empty, or holding only the header
   * row an interrupted repair wrote. Any other sheet of that name is someone's, never written.
   */
  registrationSheetFree: boolean;
  /** The same for the log's sheet `Logg`. */
  logSheetFree: boolean;
  /** The same for the period table's sheet `Realisering`. */
  realisationSheetFree: boolean;
}

export interface TableFacts {
  name: string;
  sheet: string;
  headers: string[];
  bodyRowIndex: number;
  rowCount: number;
  columnIndex: number;
}

interface FoundTable {
  table: Excel.Table;
  sheet: Excel.Worksheet;
  header: Excel.Range;
  body: Excel.Range;
}

function queueFoundTable(table: Excel.Table): FoundTable {
  table.load("name");
  return {
    table,
    sheet: table.worksheet.load("name"),
    header: table.getHeaderRowRange().load("values, columnIndex"),
    body: table.getDataBodyRange().load("rowIndex, rowCount"),
  };
}

function headersOf(found: FoundTable): string[] {
  return (found.header.values[0] ?? []).map((cell) => String(cell).trim());
}

const hasHeaders = (headers: readonly string[], wanted: readonly string[]): boolean =>
  wanted.every((header) => headers.some((h) => sameText(h, header)));

/** The log under another name (an interrupted repair leaves Excel's) by its Fält and Ändring. */
const LOG_SIGNATURE = LOG_COLUMNS.filter((c) => c.key === "field" || c.key === "change").map(
  (c) => c.header
);
const looksLikeLog = (headers: readonly string[]): boolean => hasHeaders(headers, LOG_SIGNATURE);

/** The period table under another name, by its Effekt-ID and Månad. */
const REALISATION_SIGNATURE = REALISATION_COLUMNS.filter(
  (c) => c.key === "effectId" || c.key === "month"
).map((c) => c.header);
const looksLikeRealisations = (headers: readonly string[]): boolean =>
  hasHeaders(headers, REALISATION_SIGNATURE);

/** A registration table under another name is recognised by its ID and Ärende columns. */
const looksLikeRegistrationTable = (headers: readonly string[]): boolean =>
  hasHeaders(headers, [headerOf("id"), headerOf("caseName")]) && !looksLikeLog(headers);

export async function inspectStructure(context: Excel.RequestContext): Promise<StructureFacts> {
  const sheets = context.workbook.worksheets.load("items/name");
  const tables = context.workbook.tables.load("items/name");
  const named = queueFoundTable(context.workbook.tables.getItemOrNullObject(TABLE_NAME));
  const listsRange = queueListsRange(context);
  const namedLog = queueFoundTable(context.workbook.tables.getItemOrNullObject(LOG_TABLE_NAME));
  const namedRealisations = queueFoundTable(
    context.workbook.tables.getItemOrNullObject(REALISATION_TABLE_NAME)
  );
  const summary = context.workbook.worksheets.getItemOrNullObject(SHEETS.summary).load("name");
  const registration = queueFreeSheet(context, SHEETS.registration, TABLE_COLUMNS);
  const logSheet = queueFreeSheet(context, SHEETS.log, LOG_COLUMNS);
  const realisationSheet = queueFreeSheet(context, SHEETS.realisation, REALISATION_COLUMNS);
  await context.sync();

  const sheetNames = sheets.items.map((s) => s.name);
  let found = named.table.isNullObject ? null : named;
  let log = namedLog.table.isNullObject ? null : namedLog;
  let realisations = namedRealisations.table.isNullObject ? null : namedRealisations;
  let lists = listsReading(listsRange);
  let listsSheet: string | null = lists ? SHEETS.lists : null;

  if (!found || !lists || !log || !realisations) {
    const candidates = found && log && realisations ? [] : tables.items.map(queueFoundTable);
    // The registration table's header repeats the list headers: never take it for the lists.
    const tableSheet = found ? found.sheet.name : null;
    const areas = lists
      ? []
      : sheets.items
          .filter((sheet) => sheet.name !== tableSheet)
          .map((sheet) => ({
            name: sheet.name,
            range: sheet.getRange(LIST_SEARCH_AREA).load("values"),
          }));
    await context.sync();
    found = found ?? candidates.find((c) => looksLikeRegistrationTable(headersOf(c))) ?? null;
    log = log ?? candidates.find((c) => looksLikeLog(headersOf(c))) ?? null;
    realisations =
      realisations ?? candidates.find((c) => looksLikeRealisations(headersOf(c))) ?? null;
    for (const area of areas) {
      const reading = readLists(area.range.values as CellValue[][]);
      if (reading.missing.length < Object.keys(LIST_HEADERS).length) {
        lists = reading;
        listsSheet = area.name;
        break;
      }
    }
  }

  const table = found && factsOf(found);
  const logFacts = log && factsOf(log);
  const realisationFacts = realisations && factsOf(realisations);
  const summarySheet = summary.isNullObject ? null : summary.name;
  return {
    sheetNames,
    table,
    log: logFacts,
    realisations: realisationFacts,
    lists,
    registrationSheetFree: sheetFree(registration),
    logSheetFree: sheetFree(logSheet),
    realisationSheetFree: sheetFree(realisationSheet),
    inspection: describe(table, logFacts, realisationFacts, lists, listsSheet, summarySheet),
  };
}

function factsOf(found: FoundTable): TableFacts {
  return {
    name: found.table.name,
    sheet: found.sheet.name,
    headers: headersOf(found),
    bodyRowIndex: found.body.rowIndex,
    rowCount: found.body.rowCount,
    columnIndex: found.header.columnIndex,
  };
}

/** Size only (a full sheet may hold 100 000 rows), and the one row a header would be on. */
function queueFreeSheet(context: Excel.RequestContext, name: string, columns: KnownColumns) {
  const sheet = context.workbook.worksheets.getItemOrNullObject(name);
  sheet.load("name");
  return {
    sheet,
    columns,
    used: sheet.getUsedRangeOrNullObject(true).load("rowIndex, columnIndex, rowCount"),
    headerRow: sheet.getRangeByIndexes(0, 0, 1, columns.length).load("values"),
  };
}

function sheetFree(queued: ReturnType<typeof queueFreeSheet>): boolean {
  if (queued.sheet.isNullObject) return false;
  if (queued.used.isNullObject) return true;
  const { rowIndex, columnIndex, rowCount } = queued.used;
  const headers = (queued.headerRow.values[0] ?? []).map(String);
  return (
    rowIndex === 0 &&
    columnIndex === 0 &&
    rowCount === 1 &&
    queued.columns.every((column, i) => sameText(headers[i] ?? "", column.header))
  );
}

function describe(
  table: TableFacts | null,
  log: TableFacts | null,
  realisations: TableFacts | null,
  lists: ListsReading | null,
  listsSheet: string | null,
  summarySheet: string | null
): WorkbookInspection {
  const problems: string[] = [];
  const missingLists: ListName[] = lists
    ? lists.missing
    : ["categories", "departments", "types", "reasons"];
  if (!listsSheet) problems.push(workbookMessages.missingListSheet(SHEETS.lists));
  else {
    if (listsSheet !== SHEETS.lists)
      problems.push(workbookMessages.listSheetMoved(listsSheet, SHEETS.lists));
    if (missingLists.length > 0) {
      problems.push(workbookMessages.missingLists(missingLists.map((l) => LIST_HEADERS[l])));
    }
  }
  const missing = table ? missingColumns(table.headers) : [];
  const misspelt = table ? misspeltColumns(table.headers) : [];
  if (!table) problems.push(workbookMessages.missingTable(TABLE_NAME, SHEETS.registration));
  else {
    if (table.name !== TABLE_NAME)
      problems.push(workbookMessages.tableRenamed(table.name, TABLE_NAME));
    if (table.sheet !== SHEETS.registration) {
      problems.push(workbookMessages.tableMoved(table.sheet, SHEETS.registration));
    }
    for (const { found, expected } of misspelt) {
      problems.push(workbookMessages.misspeltColumn(found, expected));
    }
    const reallyMissing = missing.filter((m) => !misspelt.some((c) => c.expected === m));
    if (reallyMissing.length > 0) problems.push(workbookMessages.missingColumns(reallyMissing));
  }
  const missingLog = log ? missingColumns(log.headers, LOG_COLUMNS) : [];
  if (!log) problems.push(workbookMessages.missingLog(SHEETS.log));
  else {
    if (log.name !== LOG_TABLE_NAME) {
      problems.push(workbookMessages.logRenamed(log.name, LOG_TABLE_NAME));
    }
    if (missingLog.length > 0) problems.push(workbookMessages.missingLogColumns(missingLog));
  }
  const missingPeriods = realisations
    ? missingColumns(realisations.headers, REALISATION_COLUMNS)
    : [];
  if (!realisations) problems.push(workbookMessages.missingRealisations(SHEETS.realisation));
  else {
    if (realisations.name !== REALISATION_TABLE_NAME) {
      problems.push(
        workbookMessages.realisationsRenamed(realisations.name, REALISATION_TABLE_NAME)
      );
    }
    if (missingPeriods.length > 0) {
      problems.push(workbookMessages.missingRealisationColumns(missingPeriods));
    }
  }
  return {
    ready:
      table !== null &&
      table.name === TABLE_NAME &&
      missing.length === 0 &&
      log !== null &&
      log.name === LOG_TABLE_NAME &&
      missingLog.length === 0 &&
      realisations !== null &&
      realisations.name === REALISATION_TABLE_NAME &&
      missingPeriods.length === 0 &&
      listsSheet === SHEETS.lists &&
      missingLists.length === 0,
    lists: { sheet: listsSheet, missing: listsSheet ? missingLists : [] },
    table: {
      name: table?.name ?? null,
      sheet: table?.sheet ?? null,
      rowCount: table?.rowCount ?? 0,
      missingColumns: missing,
      misspeltColumns: misspelt,
      extraColumns: table ? extraColumns(table.headers) : [],
    },
    summarySheet,
    problems,
  };
}
