/**
 * The import's work, run in the worker (worker.ts) or, where there is no worker (tests), in
 * process: the same code either way. It keeps the file's table between the two requests, so
 * the lines are read once and never leave it.
 */
import { aggregateInvoiceLines, fingerprintBytes } from "../../domain/invoices/aggregates";
import { mappingFor } from "../../domain/invoices/columns";
import { fileMessages } from "../../domain/invoices/importMessages.sv";
import { readInvoiceLines } from "../../domain/invoices/lines";
import { shownFollowUp } from "../../domain/invoices/shownFollowUp";
import { matchInvoiceLines } from "../../domain/invoices/match";
import { suggestRealisations } from "../../domain/invoices/suggest";
import { tableFromCsv, tableFromSheet, type InvoiceTable } from "../../domain/invoices/table";
import { readCsv } from "./papaCsv";
import { platformUtf8 } from "./platformUtf8";
import type { ImportRequest, ImportResponse, ImportStep } from "./protocol";

const PREVIEW_LINES = 5;
/** A big supplier has thousands of lines a year: the pane lists the first, the file has all. */
const SHOWN_LINES = 50;

const ENCODING_NAMES: Record<InvoiceTable["encoding"], string> = {
  "utf-8": "UTF-8",
  "utf-8-bom": "UTF-8 med BOM",
  "windows-1252": "Windows-1252",
  "utf-16le": "UTF-16",
  xlsx: "Excel (.xlsx)",
};

/** An .xlsx file is a zip: it starts with "PK". */
const isZip = (bytes: Uint8Array): boolean => bytes[0] === 0x50 && bytes[1] === 0x4b;

export function createImportJob(onProgress: (step: ImportStep) => void = () => undefined) {
  let table: InvoiceTable | null = null;
  let fingerprint = "";

  async function handle(request: ImportRequest): Promise<ImportResponse> {
    if (request.kind === "analyse") {
      onProgress("reading");
      const bytes = new Uint8Array(request.bytes);
      fingerprint = fingerprintBytes(bytes);
      const reading = isZip(bytes)
        ? tableFromSheet(await readXlsxRows(bytes))
        : tableFromCsv(bytes, readCsv, platformUtf8);
      if (!reading.ok) return { kind: "failed", message: reading.message };
      table = reading.table;
      return {
        kind: "analysed",
        header: table.header,
        preview: table.rows.filter((row) => row.length > 0).slice(0, PREVIEW_LINES),
        mapping: mappingFor(table.header, request.remembered),
        encoding: ENCODING_NAMES[table.encoding],
        lineCount: table.rows.filter((row) => row.length > 0).length,
      };
    }
    if (table === null) return { kind: "failed", message: fileMessages.unreadable };
    onProgress("matching");
    const read = readInvoiceLines(table, request.mapping);
    if (!read.ok) return { kind: "failed", message: read.message };
    const { lines, problems } = read.reading;
    const matched = matchInvoiceLines(lines, request.effects);
    const followUps = request.effects.flatMap((effect) => {
      const effectLines = matched.get(effect.id);
      return effectLines
        ? [shownFollowUp(suggestRealisations(effect, effectLines), SHOWN_LINES)]
        : [];
    });
    return {
      kind: "matched",
      problems,
      lineCount: lines.length,
      matchedLineCount: [...matched.values()].reduce((sum, list) => sum + list.length, 0),
      followUps,
      aggregates: aggregateInvoiceLines(lines),
      fingerprint,
    };
  }

  return {
    handle: (request: ImportRequest): Promise<ImportResponse> =>
      handle(request).catch(() => ({ kind: "failed", message: fileMessages.unreadable })),
  };
}

/** The first sheet's rows; ExcelJS loads only here, never in the pane's first script. */
async function readXlsxRows(bytes: Uint8Array) {
  const ExcelJS = await import(/* webpackChunkName: "exceljs" */ "exceljs");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
  );
  const sheet = workbook.worksheets[0];
  const rows: (string | number | null)[][] = [];
  sheet?.eachRow({ includeEmpty: true }, (row, number) => {
    const values = (row.values as unknown[]).slice(1);
    rows[number - 1] = values.map(cellOf);
  });
  return Array.from(rows, (row) => row ?? []);
}

/** A cell as the domain reads it: dates as ISO text, formulas by their result, rich text joined. */
function cellOf(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string") return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    const cell = value as { result?: unknown; richText?: { text: string }[]; text?: unknown };
    if (cell.result !== undefined) return cellOf(cell.result);
    if (cell.richText) return cell.richText.map((part) => part.text).join("");
    if (typeof cell.text === "string") return cell.text;
  }
  return String(value);
}
