/**
 * What the pane gets of an effect's follow-up: every month's figures, but of the invoice lines
 * behind them only the first few and their count. A big supplier has thousands of lines; sending
 * them all from the worker to the pane cost more than matching them, for a list that shows 50.
 */
import type { EffectId } from "../model/effect";
import type { InvoiceLine } from "./lines";
import type { EffectFollowUp, MonthSuggestion } from "./suggest";

export type MonthFigures = Omit<MonthSuggestion, "lines">;

export interface ShownFollowUp {
  effectId: EffectId;
  months: MonthFigures[];
  /** The first lines, month by month in file order. */
  firstLines: InvoiceLine[];
  /** All the lines behind the months. */
  lineCount: number;
}

export function shownFollowUp(followUp: EffectFollowUp, shownLines: number): ShownFollowUp {
  const firstLines: InvoiceLine[] = [];
  let lineCount = 0;
  const months = followUp.months.map(({ lines, ...figures }) => {
    firstLines.push(...lines.slice(0, shownLines - firstLines.length));
    lineCount += lines.length;
    return figures;
  });
  return { effectId: followUp.effectId, months, firstLines, lineCount };
}
