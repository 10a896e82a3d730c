/**
 * What the pane gets of an effect's follow-up: every month's figures, but of the invoice lines
 * behind them only the first few, with what the pane shows of each, and their count. A big
 * supplier has thousands of lines; sending them all from the worker to the pane cost more than
 * matching them, for a list that shows 50.
 */
import type { EffectId } from "../model/effect";
import type { InvoiceLine } from "./lines";
import type { EffectFollowUp, MonthSuggestion } from "./suggest";

export type MonthFigures = Omit<MonthSuggestion, "lines">;

/** A line as the pane lists it: "Rad 12: 2026-03-05 Skrivarbolaget AB 2 500 kr". */
export type ShownLine = Pick<InvoiceLine, "line" | "date" | "supplier" | "amountOre">;

export interface ShownFollowUp {
  effectId: EffectId;
  months: MonthFigures[];
  /** The first lines, month by month in file order. */
  firstLines: ShownLine[];
  /** All the lines behind the months. */
  lineCount: number;
}

export function shownFollowUp(followUp: EffectFollowUp, shownLines: number): ShownFollowUp {
  const firstLines: ShownLine[] = [];
  let lineCount = 0;
  const months = followUp.months.map(({ lines, ...figures }) => {
    const shown = lines.slice(0, shownLines - firstLines.length);
    firstLines.push(
      ...shown.map(({ line, date, supplier, amountOre }) => ({ line, date, supplier, amountOre }))
    );
    lineCount += lines.length;
    return figures;
  });
  return { effectId: followUp.effectId, months, firstLines, lineCount };
}

/** The card's Summa row: each column's sum in öre; suggested is null when no month has one. */
export function monthTotals(
  months: readonly MonthFigures[]
): Pick<MonthFigures, "forecastOre" | "suggestedOre" | "invoicedOre"> {
  const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
  const suggested = months.flatMap((month) => month.suggestedOre ?? []);
  return {
    forecastOre: sum(months.map((month) => month.forecastOre)),
    suggestedOre: suggested.length === 0 ? null : sum(suggested),
    invoicedOre: sum(months.map((month) => month.invoicedOre)),
  };
}
