/**
 * The section "Att följa upp": the domain's effects whose forecast is due but not (fully)
 * realised (dueForFollowUp), the largest leakage first. A snapshot of the refresh (values, not
 * formulas: what is due depends on the phasing); at most MAX_FOLLOW_UPS rows, then how many
 * more, so the sheet's single write stays small whatever the data.
 */
import type { FollowUp } from "../../domain/calculate/followUp";
import { PlanCells } from "./cells";
import { amountFormat, STYLES } from "./formats";
import { summaryText } from "./messages.sv";

export const MAX_FOLLOW_UPS = 10;

/** Writes the section from `top`, saying it was computed at `stamp`; returns its last row. */
export function followUpSection(
  cells: PlanCells,
  top: number,
  followUps: readonly FollowUp[],
  stamp: string
): number {
  const text = summaryText.followUp;
  cells.text(top, 0, text.heading, { style: STYLES.label, spills: true });
  if (followUps.length === 0) {
    cells.text(top + 1, 0, text.none, { spills: true });
    cells.text(top + 2, 0, text.note(stamp), { spills: true });
    return top + 2;
  }
  cells.header(top + 1, [
    text.id,
    text.caseName,
    text.department,
    text.forecastDue,
    text.realised,
    text.leakage,
  ]);
  const listed = followUps.slice(0, MAX_FOLLOW_UPS);
  const format = amountFormat(listed.flatMap((f) => [f.forecastDue, f.realised, f.leakage]));
  const computed = { numberFormat: format, style: STYLES.computed };
  listed.forEach(({ effect, forecastDue, realised, leakage }, i) => {
    const row = top + 2 + i;
    // User text, written as text (never a formula) by the plan's text cells.
    cells.text(row, 0, effect.id);
    cells.text(row, 1, effect.caseName);
    cells.text(row, 2, effect.department);
    cells.number(row, 3, forecastDue, computed);
    cells.number(row, 4, realised, computed);
    cells.number(row, 5, leakage, computed);
  });
  let last = top + 1 + listed.length;
  if (listed.length < followUps.length) {
    last += 1;
    cells.text(last, 0, text.more(followUps.length - listed.length), { spills: true });
  }
  cells.text(last + 1, 0, text.note(stamp), { spills: true });
  return last + 1;
}
