/**
 * One registration as label–value pairs: the catalogue's detail columns in the table's order,
 * with the leakage after the realised amount, skipping what is empty.
 */
import { forecastTotal, leakage } from "../../domain/calculate/calculate";
import type { Effect } from "../../domain/model/effect";
import { formatAmount, formatHours, formatInputNumber } from "../../domain/model/format";
import { startDateLabel } from "../../domain/messages.sv";
import { TABLE_COLUMNS, type ColumnDef } from "../../domain/model/tableSchema";
import type { Fact } from "../shared/FactList";
import { registrationsStrings as t } from "../strings.sv";

const DETAIL_COLUMNS: readonly ColumnDef[] = TABLE_COLUMNS.filter((column) => "details" in column);

/** The form asks "Beskriv baslinjen"; read back, the column's name says what it is. */
const SHOWN_BY_HEADER: ReadonlySet<ColumnDef["key"]> = new Set(["baselineNote", "alsoReportedRef"]);

export function effectFacts(effect: Effect): Fact[] {
  const facts = DETAIL_COLUMNS.flatMap((column): [string, string | null][] => {
    const fact: [string, string | null] = [labelOf(column, effect), valueOf(column, effect)];
    return column.key === "realisedDate" ? [fact, [t.leakage, amount(leakage(effect))]] : [fact];
  });
  return facts.flatMap(([label, value]) => (value ? [{ label, value }] : []));
}

function labelOf(column: ColumnDef, effect: Effect): string {
  if (column.key === "startDate") return startDateLabel(effect.basis);
  if (column.key === "forecast") return t.forecast;
  return SHOWN_BY_HEADER.has(column.key) ? column.header : column.label;
}

const amount = (value: number | null) => (value === null ? null : formatAmount(value));

function valueOf({ key, kind }: ColumnDef, effect: Effect): string | null {
  if (key === "forecast") return formatAmount(forecastTotal(effect));
  const value = effect[key];
  if (value === null || value === "") return null;
  if (typeof value === "boolean") return value ? t.yes : t.no;
  if (typeof value === "string") return value;
  switch (kind) {
    case "kronor":
      return formatAmount(value);
    // A percent is stored as its fraction: 0.035 reads 3,5 %.
    case "percent":
      return `${formatInputNumber(value * 100)}\u00a0%`;
    default:
      return key === "savedHours" ? formatHours(value) : formatInputNumber(value);
  }
}
