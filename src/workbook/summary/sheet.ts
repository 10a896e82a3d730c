/**
 * Refreshing the sheet `Sammanställning`: read the table (readEffects' chunked read), compute
 * with the domain, lay out (summaryLayout.ts, pure), then write the plan in one batch.
 *
 * The sheet is cleared and refilled, never deleted and re-added: deleting a sheet turns every
 * formula elsewhere that points at it (a budget sheet picking up a key figure) into #REF!, and a
 * new sheet would also move to the end of the tabs. Clearing contents and formats of the whole
 * sheet and deleting all of its charts leaves nothing of the previous refresh, so refreshing
 * twice gives the same sheet; column widths are set over a fixed span for the same reason.
 *
 * Cost: the table read (readEffects: one sync for 12 000 effects, one per further ~4.5 MB of
 * rows, seven for 100 000), which also carries the remembered filter, the period table (whole:
 * 20 000 periods are ~2 MB) and the sheet's old charts, then one sync that writes everything: the print setup first, then the cells as one
 * 2-D `formulas` write and one `numberFormat` write, styles in runs, widths, charts. Nothing
 * outside `Sammanställning` is written, except the remembered filter in the workbook's settings
 * when a new one is given. The sheet is then activated: from the ribbon, showing it is the only
 * sign that the refresh happened. Reading or computing fails before anything is written, so
 * such an error leaves the sheet as it was; the write is one batch, which Excel refuses whole
 * when it is too large (it is ~70 KB).
 */
import { selects, summarize } from "../../domain/calculate/aggregate";
import { findDuplicates } from "../../domain/calculate/duplicates";
import { rowsToFixFigures } from "../../domain/calculate/rowsToFix";
import { indexHeaders } from "../../domain/model/tableHeaders";
import { headerOf, type ColumnKey } from "../../domain/model/tableSchema";
import type { WorkbookEnv } from "../env";
import { SHEETS } from "../structure/layout";
import type { SummaryFilter, SummaryRefresh } from "../port";
import { readTable } from "../reading/readEffects";
import { queueRealisations } from "../reading/readRealisations";
import { cleanFilter, queueReadSettings, queueWriteSettings } from "../settings";
import type { ColumnNames } from "./formulas";
import { stampText } from "../../domain/model/dates";
import { buildSummaryPlan, followUpsOf, summarizeFilter } from "./layout";
import { planGrid, type PlanChart, type SheetPlan } from "./plan";
import { requireColumns } from "../structure/tableColumns";

export async function refreshSummary(
  context: Excel.RequestContext,
  env: WorkbookEnv,
  filter?: SummaryFilter
): Promise<SummaryRefresh> {
  // The remembered filter, the periods and the sheet's old charts travel in the table read's
  // first sync.
  const reading = await readTable(context, () => ({
    settings: queueReadSettings(context),
    realisations: queueRealisations(context),
    ...queueSheetAsFound(context),
  }));
  requireColumns(reading.headers);
  const { existing, oldCharts } = reading.also;
  const realisations = await reading.also.realisations();

  const saved = reading.also.settings();
  const used = cleanFilter(filter ?? saved.summaryFilter);
  const refreshedAt = env.stamp();
  const { lists } = reading;
  const selection = summarizeFilter(used);
  const summary = summarize(reading.effects, {
    asOf: refreshedAt.date,
    filter: selection,
    periods: realisations.periods,
    rowsToFixEffectIds: realisations.invalidRows.map((row) => row.effectIdCell),
    order: {
      type: lists.types,
      department: lists.departments,
      category: lists.categories,
      reason: lists.reasons,
    },
  });
  const rowsToFix = rowsToFixFigures(reading.invalidRows, selection);
  const counts = { effects: reading.effects.length, rowsToFix };
  const plan = buildSummaryPlan({
    summary,
    duplicates: findDuplicates(reading.effects.filter(selects(selection))),
    followUps: followUpsOf(reading.effects, realisations.periods, used, refreshedAt.date),
    lists,
    filter: used,
    refreshedAt,
    counts,
    columnNames: columnNames(reading.headers),
    periodTable: realisations.table,
  });

  const fill = (sheet: Excel.Worksheet) => {
    writePlan(sheet, plan);
    if (filter) queueWriteSettings(context, { ...saved, summaryFilter: used });
    sheet.activate();
  };
  await writeWithPrintSetup(context, { existing, oldCharts }, plan.print, fill);
  return {
    filter: used,
    // What the figures count: the valid effects within the filter, as the sheet's own count.
    effects: summary.totals.count,
    rowsToFix,
    refreshedAt: stampText(refreshedAt.serial),
  };
}

interface SheetAsFound {
  existing: Excel.Worksheet;
  oldCharts: Excel.ChartCollection;
}

const queueSheetAsFound = (context: Excel.RequestContext): SheetAsFound => {
  const existing = context.workbook.worksheets.getItemOrNullObject(SHEETS.summary);
  return { existing, oldCharts: existing.charts.load("items/name") };
};

/**
 * Writes the sheet and its print setup in one sync. The print setup is a nicety, and some Excel
 * versions refuse values the reference does not document (0 pages tall, "as many as it
 * takes"), so its failure must not fail the refresh. It goes first: a refused command stops
 * the batch before the sheet is touched (a batch applies up to the failing command). When the
 * sync fails for any reason, the sheet is found again (a lost answer may have come after a
 * whole write) and written without the print setup, which then keeps Excel's own; a write that
 * fails again fails the refresh.
 */
async function writeWithPrintSetup(
  context: Excel.RequestContext,
  found: SheetAsFound,
  print: SheetPlan["print"],
  fill: (sheet: Excel.Worksheet) => void
): Promise<void> {
  context.application.suspendScreenUpdatingUntilNextSync();
  const sheet = found.existing.isNullObject
    ? context.workbook.worksheets.add(SHEETS.summary)
    : found.existing;
  queuePrintSetup(sheet, print);
  fill(emptied(sheet, found));
  try {
    await context.sync();
    return;
  } catch {
    // Redone below without the print setup.
  }
  // No screen-updating pause this time: `application` was first used in the failed batch,
  // and objects a failed batch created are not to be relied on after it.
  const again = queueSheetAsFound(context);
  await context.sync();
  const retry = again.existing.isNullObject
    ? context.workbook.worksheets.add(SHEETS.summary)
    : again.existing;
  fill(emptied(retry, again));
  await context.sync();
}

/**
 * The summary sheet, emptied of contents, formats and every chart (none on a sheet just added).
 * Call after the sync that loaded `found`.
 */
function emptied(sheet: Excel.Worksheet, found: SheetAsFound): Excel.Worksheet {
  if (found.existing.isNullObject) return sheet;
  // Office.js enums as their string values: no global `Excel` needed beyond `Excel.run`.
  sheet.getRange().clear("All");
  for (const chart of found.oldCharts.items) chart.delete();
  return sheet;
}

/** Queues the whole plan on the sheet (no sync). */
export function writePlan(sheet: Excel.Worksheet, plan: SheetPlan): void {
  const grid = planGrid(plan);
  const area = sheet.getRangeByIndexes(0, 0, plan.size.rows, plan.size.columns);
  area.formulas = grid.formulas;
  // After the formulas: Excel gives a formula cell its precedents' format otherwise.
  area.numberFormat = grid.numberFormats;
  for (const run of grid.styles) {
    const format = sheet.getRangeByIndexes(run.row, run.column, 1, run.columns).format;
    if (run.style.bold) format.font.bold = true;
    if (run.style.fill) format.fill.color = run.style.fill;
  }
  for (const run of widthRuns(plan.columnWidths)) {
    sheet.getRangeByIndexes(0, run.column, 1, run.columns).format.columnWidth = run.width;
  }
  for (const chart of plan.charts) addChart(sheet, chart);
}

function queuePrintSetup(sheet: Excel.Worksheet, print: SheetPlan["print"]): void {
  sheet.pageLayout.orientation = print.orientation;
  // Whole objects only (PageLayout.zoom).
  sheet.pageLayout.zoom = {
    horizontalFitToPages: print.fitToPagesWide,
    verticalFitToPages: print.fitToPagesTall,
  };
}

function addChart(sheet: Excel.Worksheet, plan: PlanChart): void {
  const chart = sheet.charts.add(plan.type, sheet.getRange(plan.source), plan.seriesBy);
  chart.name = plan.name;
  chart.title.text = plan.title;
  chart.axes.valueAxis.numberFormat = plan.valueAxisFormat;
  chart.legend.position = "Bottom";
  chart.setPosition(plan.position.startCell, plan.position.endCell);
}

/** Neighbouring columns of one width are set by one command. */
function widthRuns(widths: readonly number[]) {
  const runs: { column: number; columns: number; width: number }[] = [];
  widths.forEach((width, column) => {
    const last = runs[runs.length - 1];
    if (last && last.width === width) last.columns += 1;
    else runs.push({ column, columns: 1, width });
  });
  return runs;
}

/** The table's own header texts (users may recase them), for the structured references. */
function columnNames(headers: readonly string[]): ColumnNames {
  const { indexOf } = indexHeaders(headers);
  return (key: ColumnKey) => headers[indexOf.get(key) ?? -1] ?? headerOf(key);
}
