/**
 * The months in which an effect's invoices can show it, as month indexes (phasing.ts'
 * monthIndex): a contract from its start month for round(avtalstid × 12) months; a one-off from
 * its month for a year, since credit notes and penalties arrive after the decision.
 */
import { monthIndex } from "../calculate/phasing";
import type { EffectInput } from "../model/effect";

/** Credit notes and penalties a year after a one-off still belong to it. */
export const ONE_OFF_MONTHS = 12;

export interface MonthWindow {
  first: number;
  /** Exclusive. */
  end: number;
}

export function contractMonths(effect: EffectInput): MonthWindow | null {
  if (effect.startDate === null) return null;
  const first = monthIndex(effect.startDate);
  const months =
    effect.basis === "Årlig" ? Math.round((effect.contractYears ?? 0) * 12) : ONE_OFF_MONTHS;
  return months > 0 ? { first, end: first + months } : null;
}

/** "2026-03" of a month index. */
export function monthText(index: number): string {
  const year = Math.floor(index / 12);
  return `${year}-${String((index % 12) + 1).padStart(2, "0")}`;
}
