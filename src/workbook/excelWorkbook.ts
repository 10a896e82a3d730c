/**
 * The WorkbookPort on Office.js: one `Excel.run` per use case, every error a WorkbookError.
 * Tests and the browser preview pass the simulated Excel's `run`; inside Excel it is the real one.
 */
import { acceptOutsideEdit, acceptOutsideEdits } from "./changes/acceptOutsideEdit";
import { appendEffects } from "./changes/appendEffects";
import { appendRealisations } from "./changes/appendRealisations";
import { createChangeIds } from "./changes/changeIds";
import { confirmRealisations } from "./changes/confirmRealisations";
import { confirmSaved } from "./changes/confirmSaved";
import { defaultEnv, type WorkbookEnv } from "./env";
import { asWorkbookError } from "./errors";
import { ensureStructure } from "./structure/ensureStructure";
import { fixInvalidRow } from "./changes/fixInvalidRow";
import { inspectStructure } from "./structure/inspect";
import { readListsSheet } from "./structure/listsSheet";
import { addListValue, confirmListValue } from "./structure/listValues";
import type { WorkbookPort } from "./port";
import { readEffects } from "./reading/readEffects";
import { readHistory } from "./reading/readHistory";
import { readRealisations } from "./reading/readRealisations";
import { readSettings, saveSettings } from "./settings";
import { readInvoiceSums, saveInvoiceSums } from "./invoices/invoiceSums";
import { updateEffect } from "./changes/updateEffect";
import { verifyEffect } from "./changes/verifyEffect";

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ExcelWorkbookOptions {
  run?: ExcelRun;
  env?: Partial<WorkbookEnv>;
  /** Office's document settings, where the auto-open flag lives; absent outside Office. */
  documentSettings?: DocumentSettings | null;
}

/** The part of `Office.context.document.settings` the add-in uses. */
export interface DocumentSettings {
  set(name: string, value: unknown): void;
  saveAsync(callback?: () => void): void;
}

/** Makes the task pane open for everyone who opens the workbook (the manifest's button id). */
const AUTO_OPEN_SETTING = "Office.AutoShowTaskpaneWithDocument";

export function createExcelWorkbook(options: ExcelWorkbookOptions = {}): WorkbookPort {
  const run: ExcelRun = options.run ?? ((batch) => Excel.run(batch));
  const env: WorkbookEnv = { ...defaultEnv, ...options.env };
  // Kept across calls: a retry of a failed write reuses its change id (changeIds.ts).
  const changeIds = createChangeIds(() => env.newChangeId());
  const documentSettings =
    options.documentSettings === undefined ? officeDocumentSettings() : options.documentSettings;
  const guarded = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> =>
    run(batch).catch((error: unknown) => {
      throw asWorkbookError(error);
    });

  return {
    inspect: () => guarded(async (context) => (await inspectStructure(context)).inspection),
    ensureStructure: async () => {
      const inspection = await guarded(ensureStructure);
      await enableAutoOpen(documentSettings);
      return inspection;
    },
    readLists: () => guarded(readListsSheet),
    addListValue: (list, value) => guarded((context) => addListValue(context, list, value)),
    confirmListValue: (list, value) => guarded((context) => confirmListValue(context, list, value)),
    newEffectIds: (count) => Array.from({ length: count }, () => env.newId()),
    appendEffects: (inputs, meta) =>
      guarded((context) => appendEffects(context, env, changeIds, inputs, meta)),
    confirmSaved: (saved, kind = "registration") =>
      guarded((context) => confirmSaved(context, env, changeIds, saved, kind)),
    readEffects: () => guarded(readEffects),
    updateEffect: (expected, next, meta) =>
      guarded((context) => updateEffect(context, env, changeIds, expected, next, meta)),
    fixInvalidRow: (row, next, meta) =>
      guarded((context) => fixInvalidRow(context, env, changeIds, row, next, meta)),
    verifyEffect: (expected, verification) =>
      guarded((context) => verifyEffect(context, env, changeIds, expected, verification)),
    acceptOutsideEdit: (expected, meta) =>
      guarded((context) => acceptOutsideEdit(context, env, changeIds, expected, meta)),
    acceptOutsideEdits: (expected, meta) =>
      guarded((context) => acceptOutsideEdits(context, env, changeIds, expected, meta)),
    readRealisations: () => guarded(readRealisations),
    appendRealisations: (inputs, meta) =>
      guarded((context) => appendRealisations(context, env, changeIds, inputs, meta)),
    confirmRealisations: (saved) => guarded((context) => confirmRealisations(context, env, saved)),
    newRealisationIds: (count) => Array.from({ length: count }, () => env.newRealisationId()),
    readHistory: (id) => guarded((context) => readHistory(context, id)),
    readSettings: () => guarded(readSettings),
    saveSettings: (changes) => guarded((context) => saveSettings(context, changes)),
    refreshSummary: (filter) =>
      guarded(async (context) => {
        // The summary sheet's code (a fifth of the adapter) loads when first asked for, so it
        // is not in the script the pane loads before its first screen.
        const { refreshSummary } = await import(
          /* webpackChunkName: "summarysheet" */ "./summary/sheet"
        );
        return refreshSummary(context, env, filter);
      }),
    saveInvoiceImport: (saved, meta) =>
      guarded((context) => saveInvoiceSums(context, env, saved, meta)),
    readInvoiceAggregates: () => guarded(readInvoiceSums),
  };
}

function officeDocumentSettings(): DocumentSettings | null {
  return typeof Office !== "undefined" ? (Office.context?.document?.settings ?? null) : null;
}

function enableAutoOpen(settings: DocumentSettings | null): Promise<void> {
  if (!settings) return Promise.resolve();
  settings.set(AUTO_OPEN_SETTING, true);
  return new Promise((resolve) => settings.saveAsync(() => resolve()));
}
