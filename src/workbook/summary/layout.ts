/**
 * The sheet `Sammanställning` as a plan (summaryPlan.ts), from the domain's Summary: pure, no
 * Office.js, so it is unit-tested as data and the adapter only moves it into Excel.
 *
 * From the top: who owns the sheet, title, time of the refresh, period and filter, what the
 * figures rest on; key figures; tables per Typ, Förvaltning, Kategori and Anledning; per budget
 * year and per year × Typ; possible double registrations. The header and the key figures keep
 * their cells from one refresh to the next (a budget sheet may point at them); the tables follow
 * the lists' lengths. Charts stand to the right of the tables.
 */
import {
  isReportedElsewhere,
  selects,
  type Summary,
  type SummaryOptions,
} from "../../domain/calculate/aggregate";
import type { RealisationPeriod } from "../../domain/model/realisation";
import type { Effect } from "../../domain/model/effect";
import { shareWindow } from "../../domain/calculate/aggregateShare";
import type { DuplicateGroup } from "../../domain/calculate/duplicates";
import { dueForFollowUp, type FollowUp } from "../../domain/calculate/followUp";
import type { RowsToFixFigures } from "../../domain/calculate/rowsToFix";
import { isoDateToExcelSerial, stampText, toIsoDate, wholeMinute } from "../../domain/model/dates";
import type { IsoDate } from "../../domain/model/effect";
import type { EffectLists } from "../../domain/model/lists";
import { headerOf } from "../../domain/model/tableSchema";
import type { SummaryFilter } from "../port";
import { SHEETS, TABLE_NAME } from "../structure/layout";
import { CHART_COLUMNS, chartsBottom, planCharts } from "./charts";
import { PlanCells, type Scope } from "./cells";
import { charactersToPoints, FORMATS, STYLES, WIDTHS } from "./formats";
import {
  absolute,
  between,
  equalsCell,
  notBaseline,
  NOT_REPORTED_ELSEWHERE,
  REPORTED_ELSEWHERE,
  rowBlank,
  rowEquals,
  rowOtherThan,
  type ColumnNames,
  type Criterion,
} from "./formulas";
import { duplicatesSection } from "./duplicates";
import { followUpSection } from "./followUp";
import { keyFigures } from "./keyFigures";
import { summaryText } from "./messages.sv";
import type { SheetPlan } from "./plan";
import { groupTable, orderedGroups, yearsByTypeTable, yearTable } from "./tables";

export interface SummaryLayoutInput {
  /** From `summarize(effects, { asOf, filter: summarizeFilter(filter), order })`. */
  summary: Summary;
  /** `findDuplicates` among the effects the filter `selects` (any year). */
  duplicates: readonly DuplicateGroup[];
  /** `dueForFollowUp` of the effects the figures count, any year (`followUpsOf`). */
  followUps: readonly FollowUp[];
  /** The workbook's lists: the tables' row order. */
  lists: EffectLists;
  filter: SummaryFilter;
  /** The refresh: today (the summary's asOf) and now as an Excel serial date-time. */
  refreshedAt: { date: IsoDate; serial: number };
  /** Valid effects read, and what the rows to fix add to the formulas (`rowsToFixFigures`). */
  counts: { effects: number; rowsToFix: RowsToFixFigures };
  /** The table's header texts as found; the template's headers by default. */
  columnNames?: ColumnNames;
  /** False for a workbook made before the period table Realiseringar; true by default. */
  periodTable?: boolean;
}

/** The filter as `summarize` takes it, so that the values and the formulas count alike. */
export function summarizeFilter(filter: SummaryFilter): NonNullable<SummaryOptions["filter"]> {
  return {
    ...(filter.year === null ? {} : { year: filter.year }),
    ...(filter.department === null ? {} : { department: filter.department }),
    excludedBaselines: filter.excludedBaselines,
    includeReportedElsewhere: filter.includeReportedElsewhere,
  };
}

/**
 * Att följa upp under the summary's filter: Förvaltning, baselines and reported elsewhere, as
 * the figures count; not the year, since what is due by today is due whatever its year.
 */
export function followUpsOf(
  effects: readonly Effect[],
  periods: readonly RealisationPeriod[],
  filter: SummaryFilter,
  asOf: IsoDate
): FollowUp[] {
  const selected = selects(summarizeFilter(filter));
  const counted = effects.filter(
    (effect) =>
      selected(effect) && (filter.includeReportedElsewhere || !isReportedElsewhere(effect))
  );
  return dueForFollowUp(counted, periods, asOf);
}

/** Fixed rows of the header (0-based). */
export const HEADER_ROWS = {
  ownership: 0,
  title: 1,
  refreshed: 2,
  period: 3,
  department: 4,
  basis: 5,
  toFix: 6,
  method: 7,
  keyFigures: 9,
} as const;

/** The first column of the widths the plan sets, at least: columns a wider table used before. */
const MIN_WIDTH_COLUMNS = 40;
const DEFAULT_WIDTH_CHARACTERS = 8.43;

export function buildSummaryPlan(input: SummaryLayoutInput): SheetPlan {
  const { summary, lists, filter, refreshedAt } = input;
  const cells = new PlanCells();
  const stamp = stampText(refreshedAt.serial);
  const scope = headerBlock(cells, input, stamp);

  const dueAt = shareWindow(refreshedAt.date, filter.year ?? undefined).dueAt;
  const key = keyFigures(cells, scope, HEADER_ROWS.keyFigures, summary, dueAt);
  let row = key.bottom + 2;

  const tablesTop = row;
  const types = orderedGroups(summary.groups.type, lists.types);
  const byType = groupTable(cells, scope, row, "type", types, key.figures);
  row = byType.bottom + 2;
  const departments = orderedGroups(summary.groups.department, lists.departments);
  const byDepartment = groupTable(cells, scope, row, "department", departments, key.figures);
  row = byDepartment.bottom + 2;
  const categories = orderedGroups(summary.groups.category, lists.categories);
  row = groupTable(cells, scope, row, "category", categories, key.figures).bottom + 2;
  const reasons = orderedGroups(summary.groups.reason, lists.reasons);
  row = groupTable(cells, scope, row, "reason", reasons, key.figures).bottom + 2;

  const years = yearTable(cells, scope, row, summary, stamp, key.figures);
  row = (years?.bottom ?? row + 1) + 2;
  const typeNames = types.map((group) => group.key);
  const yearsByType = yearsByTypeTable(cells, row, summary, typeNames);

  const lastTableColumn = Math.max(4, yearsByType?.lastColumn ?? 0);
  const chartColumn = lastTableColumn + 2;
  const charts = planCharts(
    { byType, byDepartment, yearsByType, types: typeNames },
    tablesTop,
    chartColumn
  );
  // Below the charts too, so that its lists of IDs may run on to the right.
  const afterTables = yearsByType ? yearsByType.bottom + 2 : row;
  const afterCharts = chartsBottom(tablesTop, charts.length) + 2;
  const duplicatesEnd = duplicatesSection(
    cells,
    Math.max(afterTables, afterCharts),
    input.duplicates
  );
  followUpSection(cells, duplicatesEnd + 2, input.followUps, stamp);
  const size = {
    rows: Math.max(...cells.cells.map((cell) => cell.row)) + 1,
    columns: Math.max(...cells.cells.map((cell) => cell.column)) + 1,
  };
  return {
    sheetName: SHEETS.summary,
    cells: cells.cells,
    size,
    columnWidths: columnWidths(cells, lastTableColumn, chartColumn + CHART_COLUMNS),
    charts,
    print: { orientation: "Landscape", fitToPagesWide: 1, fitToPagesTall: 0 },
  };
}

/** Ownership, title, refresh time, period and filter; returns the filter as criteria. */
function headerBlock(plan: PlanCells, input: SummaryLayoutInput, at: string): Scope {
  const { filter, refreshedAt, counts, columnNames } = input;
  const text = summaryText;
  const rows = HEADER_ROWS;
  plan.text(rows.ownership, 0, text.ownership, { spills: true });
  plan.text(rows.title, 0, text.title, { style: STYLES.title, spills: true });
  plan.text(rows.refreshed, 0, text.refreshed, { style: STYLES.label });
  plan.number(rows.refreshed, 1, wholeMinute(refreshedAt.serial), {
    numberFormat: FORMATS.dateTime,
  });

  plan.text(rows.period, 0, text.period, { style: STYLES.label });
  const names = columnNames ?? headerOf;
  const filters: Criterion[] = [];
  // The same conditions as 1/0 factors over the rows, for the realised per budget year.
  const factors: string[] = [];
  let realised: Criterion[] = [];
  let hours: Criterion[] = [];
  let year: Scope["year"] = null;
  if (filter.year === null) plan.text(rows.period, 1, text.allYears, { spills: true });
  else {
    const first = isoDateToExcelSerial(toIsoDate(filter.year, 1, 1));
    const last = isoDateToExcelSerial(toIsoDate(filter.year, 12, 31));
    plan.number(rows.period, 1, first, { numberFormat: FORMATS.date });
    plan.number(rows.period, 2, last, { numberFormat: FORMATS.date });
    plan.text(rows.period, 3, text.budgetYear(filter.year));
    const [from, to] = [absolute(rows.period, 1), absolute(rows.period, 2)];
    realised = between("realisedDate", from, to);
    hours = between("startDate", from, to);
    year = { from, to };
  }

  plan.text(rows.department, 0, text.department, { style: STYLES.label });
  if (filter.department === null) {
    plan.text(rows.department, 1, text.allDepartments, { spills: true });
  } else {
    // The department is user text: it goes in this cell, and formulas refer to the cell.
    plan.text(rows.department, 1, filter.department, { spills: true });
    const cell = absolute(rows.department, 1);
    filters.push(["department", equalsCell(cell, filter.department)]);
    factors.push(rowEquals(names, "department", cell));
  }
  filters.push(...filter.excludedBaselines.map(notBaseline));
  factors.push(...filter.excludedBaselines.map((b) => rowOtherThan(names, "baseline", b)));
  const included = filter.includeReportedElsewhere;
  const base = included ? filters : [...filters, NOT_REPORTED_ELSEWHERE];
  if (!included) factors.push(rowBlank(names, "alsoReportedBy"));

  plan.text(rows.basis, 0, text.basis, { style: STYLES.label });
  const basis = text.basisText(counts.effects, TABLE_NAME, SHEETS.registration);
  const selection = text.selection(filter.excludedBaselines, included);
  plan.text(rows.basis, 1, `${basis} ${selection}`, { spills: true });
  plan.text(rows.toFix, 0, text.toFix, { style: STYLES.label });
  const toFix = counts.rowsToFix.count === 0 ? text.noRowsToFix : text.rowsToFix(counts.rowsToFix);
  plan.text(rows.toFix, 1, toFix, { spills: true });
  plan.text(rows.method, 0, text.method, { style: STYLES.label });
  plan.text(rows.method, 1, text.methodText(at), { spills: true });

  return {
    names,
    yearFiltered: filter.year !== null,
    base,
    baseFilter: { criteria: base, factors },
    realised: [...realised, ...base],
    year,
    hours: [...hours, ...base],
    reportedElsewhereIncluded: included,
    reportedElsewhere: [...filters, REPORTED_ELSEWHERE],
    periodTable: input.periodTable ?? true,
  };
}

/**
 * Labels fit column A; amount columns fit "1 234 567 890 kr"; type names fit their column in
 * the year × type table. Every column up to the charts' right edge (and at least to AN) gets a
 * width, so a refresh after the lists shrank leaves no wider column from the last one.
 */
function columnWidths(cells: PlanCells, lastTableColumn: number, chartsEnd: number): number[] {
  const longest = new Map<number, number>();
  for (const cell of cells.cells) {
    if (cell.spills || cell.content.kind !== "text") continue;
    const length = cell.content.text.length;
    longest.set(cell.column, Math.max(longest.get(cell.column) ?? 0, length));
  }
  const count = Math.max(MIN_WIDTH_COLUMNS, chartsEnd + 1);
  return Array.from({ length: count }, (_, column) => {
    if (column === 0) {
      const label = Math.max(WIDTHS.minLabel, (longest.get(0) ?? 0) + 2);
      return charactersToPoints(Math.min(label, WIDTHS.maxLabel));
    }
    if (column <= lastTableColumn) {
      const text = Math.min((longest.get(column) ?? 0) + 2, WIDTHS.maxText);
      return charactersToPoints(Math.max(WIDTHS.amount, text));
    }
    if (column === lastTableColumn + 1) return charactersToPoints(WIDTHS.gap);
    return charactersToPoints(DEFAULT_WIDTH_CHARACTERS);
  });
}
