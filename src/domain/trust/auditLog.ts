/**
 * What a change writes to the audit trail: one line per changed column with its old and new
 * value as a reader sees them, or one line for a new registration. Pure; the workbook layer
 * appends these lines in the same batch as the change.
 */
import { forecastTotal } from "../calculate/calculate";
import type { Effect } from "../model/effect";
import type { RealisationPeriod } from "../model/realisation";
import { formatInputNumber, formatKronorExact } from "../model/format";
import type { LogLine } from "./logSchema";
import { logMessages } from "./reviewMessages.sv";
import { NO, STAMP_KEYS, TABLE_COLUMNS, YES, type ColumnDef } from "../model/tableSchema";

export interface ChangeMeta {
  time: number;
  by: string;
  change: string;
}

/** Bookkeeping columns that change on every write; they are the line's own time and person. */
const UNLOGGED = new Set<string>(["forecast", ...STAMP_KEYS]);
const LOGGED: readonly ColumnDef[] = TABLE_COLUMNS.filter((c) => !UNLOGGED.has(c.key));

/** The lines for `after` replacing `before`; a new registration (no `before`) gets one line. */
export function logLinesFor(before: Effect | null, after: Effect, meta: ChangeMeta): LogLine[] {
  const line = (field: string, old: string, next: string): LogLine => ({
    time: meta.time,
    by: meta.by,
    id: after.id,
    caseName: after.caseName,
    field,
    before: old,
    after: next,
    change: meta.change,
  });
  if (before === null) {
    return [
      line(logMessages.registered, "", logMessages.registeredAs(after.type, forecastTotal(after))),
    ];
  }
  const lines = LOGGED.flatMap((column) => {
    const [old, next] = [fieldText(before, column), fieldText(after, column)];
    return old === next ? [] : [line(column.header, old, next)];
  });
  // The calculated figure follows from the changed cells; a controller looks for it first.
  const [oldTotal, newTotal] = [forecastTotal(before), forecastTotal(after)];
  if (oldTotal !== newTotal) {
    lines.push(
      line(logMessages.forecast, formatKronorExact(oldTotal), formatKronorExact(newTotal))
    );
  }
  return lines;
}

/** The line recording that someone accepted a row changed by hand, as it now stands. */
export function outsideEditLine(effect: Effect, meta: ChangeMeta): LogLine {
  return {
    time: meta.time,
    by: meta.by,
    id: effect.id,
    caseName: effect.caseName,
    field: logMessages.editedOutside,
    before: "",
    after: logMessages.acceptedAs(forecastTotal(effect)),
    change: meta.change,
  };
}

/** The line recording a realisation period; the log's Ärende is left to the effect's row. */
export function realisationLine(period: RealisationPeriod, meta: ChangeMeta): LogLine {
  return {
    time: meta.time,
    by: meta.by,
    id: period.effectId,
    caseName: "",
    field: logMessages.realisation,
    before: "",
    after: logMessages.realisationAs(period.month, period.amount, period.source, period.evidence),
    change: meta.change,
  };
}

/** Decimals a person may type in a number or a percentage: all of them show in the log. */
const TYPED_DECIMALS = 10;

/**
 * A field as the log shows it: amounts as "3 200 000 kr" (öre when there are any), dates as
 * yyyy-mm-dd. Exact, since two values that read the same would leave their change unlogged.
 */
export function fieldText(effect: Effect, column: ColumnDef): string {
  if (column.key === "forecast") return formatKronorExact(forecastTotal(effect));
  const value = effect[column.key];
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? YES : NO;
  if (typeof value === "number") {
    if (column.kind === "kronor") return formatKronorExact(value);
    if (column.kind === "percent") return `${formatInputNumber(value * 100, TYPED_DECIMALS)} %`;
    if (column.kind === "datetime") return String(value);
    return formatInputNumber(value, TYPED_DECIMALS);
  }
  return value;
}
