/**
 * Realisation per period: what an effect actually saved in one calendar month, recorded by hand
 * or from the finance system's invoice lines. Each period is one row of its own table
 * (`Realiseringar`), so the summary's formulas can sum them by month.
 */
import type { ColumnKind } from "./tableSchema";
import type { EffectId, Kronor } from "./effect";

export const REALISATION_SOURCES = ["Manuell", "Import"] as const;
export type RealisationSource = (typeof REALISATION_SOURCES)[number];

export interface RealisationPeriod {
  /** The period row's own id. */
  id: string;
  effectId: EffectId;
  /** A calendar month, "2026-03". */
  month: string;
  /** Realised saving in that month; negative for leakage or a credit. */
  amount: Kronor;
  source: RealisationSource;
  /** Underlag: e.g. the invoice file's name for an import. */
  evidence: string;
  registeredBy: string;
  /** "2026-03-01 14:05", like other stamps. */
  registeredAt: string;
}

export type RealisationInput = Pick<
  RealisationPeriod,
  "effectId" | "month" | "amount" | "source" | "evidence"
>;

/** The period table's columns, declared once, in the table's order; found by header name. */
// One line per column, so the declaration reads as a table.
// prettier-ignore
export const REALISATION_COLUMNS = [
  { key: "id", header: "ID", kind: "text" },
  { key: "effectId", header: "Effekt-ID", kind: "text" },
  { key: "month", header: "Månad", kind: "month" },
  { key: "amount", header: "Belopp (kr)", kind: "kronor" },
  { key: "source", header: "Källa", kind: "choice" },
  { key: "evidence", header: "Underlag", kind: "text" },
  { key: "registeredBy", header: "Registrerad av", kind: "text" },
  { key: "registeredAt", header: "Registrerad", kind: "datetime" },
] as const satisfies readonly { key: keyof RealisationPeriod; header: string; kind: ColumnKind }[];

export type RealisationKey = (typeof REALISATION_COLUMNS)[number]["key"];

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Is this a calendar month as the model writes it, "2026-03"? */
export const isMonth = (text: string): boolean => MONTH.test(text) && text >= "1900-01";

/** The month's first day, "2026-03-01": what the Månad cell holds as a date. */
/**
 * How a period's Effekt-ID finds its effect: as the summary's COUNTIFS matches it, as text with
 * case aside (spaces count). Matching the same way, the pane counts the periods the sheet does.
 */
export const effectKey = (id: string): string => id.toLowerCase();

export const firstDayOf = (month: string): string => `${month}-01`;

/** "2026-03" from what a person types: "2026-03", "2026-3" or "2026-03-15"; null otherwise. */
export function monthOfText(text: string): string | null {
  const match = /^(\d{4})-(\d{1,2})(?:-\d{1,2})?$/.exec(text.trim());
  if (!match) return null;
  const month = `${match[1]}-${(match[2] ?? "").padStart(2, "0")}`;
  return isMonth(month) ? month : null;
}
