/**
 * The messages between the pane and the import worker. The file's lines stay in the worker:
 * the pane gets the header, a preview, the report, the per-effect suggestions with the first
 * lines behind each, and the sums the workbook keeps.
 */
import type { ColumnMapping, RememberedMapping } from "../../domain/invoices/columns";
import type { InvoiceCell } from "../../domain/invoices/csvRows";
import type { InvoiceAggregate } from "../../domain/invoices/aggregates";
import type { LineProblem } from "../../domain/invoices/lines";
import type { ShownFollowUp } from "../../domain/invoices/shownFollowUp";
import type { Effect } from "../../domain/model/effect";

export type ImportRequest =
  | { kind: "analyse"; bytes: ArrayBuffer; fileName: string; remembered: RememberedMapping }
  | { kind: "match"; mapping: ColumnMapping; effects: Effect[] };

export interface Analysed {
  kind: "analysed";
  header: string[];
  /** The first lines, for the mapping preview. */
  preview: InvoiceCell[][];
  mapping: ColumnMapping;
  /** "UTF-8", "Windows-1252", "Excel (.xlsx)" … as the pane shows it. */
  encoding: string;
  lineCount: number;
}

export interface Matched {
  kind: "matched";
  problems: LineProblem[];
  lineCount: number;
  matchedLineCount: number;
  followUps: ShownFollowUp[];
  aggregates: InvoiceAggregate[];
  fingerprint: string;
}

export type ImportResponse =
  Analysed | Matched | { kind: "failed"; message: string } | { kind: "progress"; step: ImportStep };

export type ImportStep = "reading" | "matching";
