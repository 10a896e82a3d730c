/**
 * What the task pane may ask of the workbook, named by intent and spoken in domain types.
 * `createExcelWorkbook()` implements it with Office.js; tests and the preview run that same
 * implementation on the simulated Excel.
 */
import type { EffectLists, ListName } from "../domain/model/lists";
import type { Effect, EffectId, EffectInput } from "../domain/model/effect";
import type { RealisationInput, RealisationPeriod } from "../domain/model/realisation";
import type { RealisationsReading } from "../domain/validate/periodRow";
import type { ValidationIssue, EffectDraft } from "../domain/model/draft";
import type { LogLine } from "../domain/trust/logSchema";
import type { RowsToFixFigures } from "../domain/calculate/rowsToFix";
import { BASELINES } from "../domain/model/effect";
import type { RememberedMapping } from "../domain/invoices/columns";
import type { InvoiceImport, StoredAggregate } from "./invoices/aggregateRows";

export type { InvoiceImport, StoredAggregate } from "./invoices/aggregateRows";
export type { InvalidPeriodRow, RealisationsReading } from "../domain/validate/periodRow";

// The errors the pane may meet: every port method throws only WorkbookError.
export { WorkbookError, asWorkbookError, type WorkbookErrorKind } from "./errors";
// Office's theme, which the pane follows (read by the composition root, see officeTheme.ts).
export { lightThemeSource, type ThemeSource } from "./officeTheme";

export interface WorkbookPort {
  /** What exists, what is missing, renamed or moved. Reads only. */
  inspect(): Promise<WorkbookInspection>;
  /** Creates what is missing without deleting or moving user data; running it twice changes nothing. */
  ensureStructure(): Promise<WorkbookInspection>;
  readLists(): Promise<EffectLists>;
  /** Adds a value to one of the Kategori sheet's lists (no-op when it is there already). */
  addListValue(list: ListName, value: string): Promise<EffectLists>;
  /**
   * The later confirmation of `addListValue`, seconds after it: the value must be in its list
   * exactly once. A value a co-author's simultaneous addition wrote over is added again, in the
   * list's own column; a value found more than once is reported, never removed.
   */
  confirmListValue(list: ListName, value: string): Promise<ListValueConfirmation>;
  /** Fresh ids for registrations about to be appended (keep them to retry with). */
  newEffectIds(count: number): EffectId[];
  /**
   * Appends effects as new rows; returns them as registered (with ids). To retry after an
   * error, pass the ids the failed call was given (`newEffectIds`): rows that did land then are
   * not written twice.
   */
  appendEffects(
    inputs: readonly EffectInput[],
    meta: { registeredBy: string; ids?: readonly EffectId[] }
  ): Promise<Effect[]>;
  /**
   * The later confirmation of a save, seconds after it (once co-authors' changes have had time
   * to arrive), for every write that logs: `saved` is what the write returned (appendEffects,
   * updateEffect, fixInvalidRow, verifyEffect, acceptOutsideEdit(s)'s accepted rows), `kind`
   * whether it registered them. Each log line this port wrote for them is looked for in the
   * log by its change id, and a missing one written again (once); each id must be in the table
   * exactly once: a registration's row that is gone (a co-author's row written over it) is
   * written again as saved, an id found more than once is reported, never removed. A changed
   * row's cells are not written again: a later edit of a cell legitimately wins.
   */
  confirmSaved(saved: readonly Effect[], kind?: SaveKind): Promise<SavedConfirmation>;
  /** Every row of the registration table; rows that fail validation come back with their issues. */
  readEffects(): Promise<EffectsReading>;
  /**
   * Rewrites the changed cells of one effect, found by id, as `meta.by`; a verified effect falls
   * back to unverified as `editFallback` says. Refuses (WorkbookError "staleEdit") when the row
   * changed since `expected` was read. The change's log lines go in the same sync, queued first.
   */
  updateEffect(expected: Effect, next: EffectInput, meta: ChangeAuthor): Promise<Effect>;
  /**
   * Saves a corrected version of a row typed by hand that did not validate, in place (it gets an
   * id if it had none). Refuses ("staleEdit") when the row no longer holds what was read.
   */
  fixInvalidRow(row: InvalidRow, next: EffectInput, meta: ChangeAuthor): Promise<Effect>;
  /**
   * Records `verification.by`'s verification of the effect's forecast or realisation with its
   * evidence. Refuses ("refused", the domain's Swedish reason) when `verify` does, e.g. when the
   * verifier registered or last changed it; "staleEdit" as updateEffect.
   */
  verifyEffect(expected: Effect, verification: { by: string; evidence: string }): Promise<Effect>;
  /**
   * Accepts a row changed by hand (`editedOutside`) as it now stands: new checksum, stamps and
   * a log line; any verification is removed, since nobody verified the new values.
   */
  acceptOutsideEdit(expected: Effect, meta: ChangeAuthor): Promise<Effect>;
  /**
   * "Godkänn alla": acceptOutsideEdit for many rows, in chunks of two syncs each. Rows that
   * changed again since they were read, or were deleted, are not written (nor logged) and come
   * back as `stale`. Retrying after an error writes no row and no log line twice.
   */
  acceptOutsideEdits(
    expected: readonly Effect[],
    meta: ChangeAuthor
  ): Promise<AcceptedOutsideEdits>;
  /**
   * Every realisation period in the period table, in its order (none before the table exists),
   * and its rows typed by hand that do not read as a period, with their problems.
   */
  readRealisations(): Promise<RealisationsReading>;
  /**
   * Appends periods, each with its log line; retry with the same ids writes none twice (like
   * appendEffects). Refuses ("refused", in Swedish) a period without a month or an amount.
   */
  appendRealisations(
    inputs: readonly RealisationInput[],
    meta: { registeredBy: string; ids?: readonly string[] }
  ): Promise<RealisationPeriod[]>;
  /** Fresh ids for periods about to be appended (keep them to retry with). */
  newRealisationIds(count: number): string[];
  /**
   * The later confirmation of `appendRealisations`, seconds after it: each saved period's id
   * must be in the period table exactly once. A period a co-author's simultaneous write took the
   * place of is written again, once, as saved; an id found more than once is reported, never
   * removed. The periods' log lines are confirmed with their effect (`confirmSaved`).
   */
  confirmRealisations(saved: readonly RealisationPeriod[]): Promise<RealisationConfirmation>;
  /** The audit trail's lines for one effect, oldest first. */
  readHistory(id: EffectId): Promise<LogLine[]>;
  readSettings(): Promise<AddinSettings>;
  saveSettings(settings: Partial<AddinSettings>): Promise<AddinSettings>;
  /**
   * (Re)builds the sheet `Sammanställning` (key figures, tables, charts) and touches nothing
   * else. With a filter it uses that one and remembers it in the workbook; without, it uses the
   * remembered one (the ribbon button).
   */
  refreshSummary(filter?: SummaryFilter): Promise<SummaryRefresh>;
  /**
   * Stores an invoice import's sums (supplier × month × account, never lines) in their own
   * table on a hidden sheet. The same file again writes nothing (`alreadyImported`); a retry
   * after an error writes only the sums that did not land.
   */
  saveInvoiceImport(saved: InvoiceImport, meta: ChangeAuthor): Promise<InvoiceImportSaved>;
  /** Every import's stored sums, in table order. */
  readInvoiceAggregates(): Promise<StoredAggregate[]>;
}

/** What saving an import did. */
export interface InvoiceImportSaved {
  written: number;
  alreadyImported: boolean;
}

/** Who makes a change: the pane's per-user "Ditt namn". */
export interface ChangeAuthor {
  by: string;
}

/** What a save did to the rows it names: registered them (default), or changed saved rows. */
export type SaveKind = "registration" | "change";

/**
 * What the later confirmation found: ids whose row was written again, ids whose log lines (some
 * or all) were written again, and ids in the table more than once.
 */
export interface SavedConfirmation {
  rewritten: EffectId[];
  relogged: EffectId[];
  duplicates: EffectId[];
}

/** What the later confirmation of periods found: period ids written again, and there twice or more. */
export interface RealisationConfirmation {
  rewritten: string[];
  duplicates: string[];
}

/** What the later confirmation of a list value found: added again, and/or there twice or more. */
export interface ListValueConfirmation {
  rewritten: boolean;
  duplicate: boolean;
}

/** What "Godkänn alla" did: the rows accepted, as stored, and the ids of those left alone. */
export interface AcceptedOutsideEdits {
  accepted: Effect[];
  stale: EffectId[];
}

export interface EffectsReading {
  effects: Effect[];
  invalidRows: InvalidRow[];
}

/** A row typed by hand that does not validate: kept with its problems, never dropped. */
export interface InvalidRow {
  /** 1-based row number in the sheet, for the user to find it. */
  sheetRow: number;
  id: EffectId | null;
  draft: EffectDraft;
  issues: ValidationIssue[];
}

export interface WorkbookInspection {
  /** True when everything the add-in needs is in place. */
  ready: boolean;
  lists: {
    /** The sheet holding the lists (normally "Kategori"), or null when none was found. */
    sheet: string | null;
    missing: ListName[];
  };
  table: {
    /** The table's current name and sheet, or null when no registration table was found. */
    name: string | null;
    sheet: string | null;
    rowCount: number;
    missingColumns: string[];
    /** Missing columns whose header is there, mistyped (the repair corrects the header). */
    misspeltColumns: { found: string; expected: string }[];
    /** Columns users added; they are kept and ignored. */
    extraColumns: string[];
  };
  summarySheet: string | null;
  /** Each problem found, in Swedish, as the pane shows it. */
  problems: string[];
}

/**
 * The summary's filter: one budget year and/or one Förvaltning (null means all); baselines left
 * out ("" stands for rows without one); and whether effects also reported elsewhere count.
 */
export interface SummaryFilter {
  year: number | null;
  department: string | null;
  excludedBaselines: string[];
  includeReportedElsewhere: boolean;
}

/** What a refresh of the summary did. */
export interface SummaryRefresh {
  filter: SummaryFilter;
  /** Effects in the figures: valid rows within the filter. */
  effects: number;
  /**
   * Rows that need fixing: the live formulas count them (those within the filter), the
   * computed values and `effects` do not. The sheet's line "Att rätta" states the same.
   */
  rowsToFix: RowsToFixFigures;
  /** The time written on the sheet, "2026-03-01 14:05". */
  refreshedAt: string;
}

/** Settings that travel with the shared workbook. */
export interface AddinSettings {
  summaryFilter: SummaryFilter;
  /** The invoice import's columns as the user last chose them, by header name. */
  invoiceMapping: RememberedMapping;
}

export const DEFAULT_SETTINGS: AddinSettings = {
  summaryFilter: {
    year: null,
    department: null,
    excludedBaselines: [],
    includeReportedElsewhere: false,
  },
  invoiceMapping: {},
};

/**
 * The baselines a summary filter can leave out, in the order the sheet and the pane show them;
 * "" stands for effects without one.
 */
export const EXCLUDABLE_BASELINES: readonly string[] = [...BASELINES, ""];
