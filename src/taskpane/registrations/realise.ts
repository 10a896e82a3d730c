/**
 * Realising a month, as pure functions: the month's amount becomes a period (source Manuell),
 * and the effect's row mirrors the new sum of its periods (status Realiserad, Realiserad
 * effekt = the sum, Realiserad datum = the end of the latest month), so formulas and sheets
 * that read the row keep working. The whole effect goes through the domain's validation.
 */
import { leakage } from "../../domain/calculate/calculate";
import { endOfMonth, realisedAfter, rowAfterPeriods } from "../../domain/calculate/realised";
import type { EffectDraft, ValidationIssue } from "../../domain/model/draft";
import {
  inputOfEffect,
  type Effect,
  type EffectInput,
  type Kronor,
} from "../../domain/model/effect";
import type { EffectLists } from "../../domain/model/lists";
import {
  monthOfText,
  type RealisationInput,
  type RealisationPeriod,
} from "../../domain/model/realisation";
import { realisationMessages, requiredMessages } from "../../domain/messages.sv";
import { parseAmount } from "../../domain/parse/parse";
import { validateEffect } from "../../domain/validate/validate";

export interface RealiseText {
  amount: string;
  month: string;
}

/** The effect without what the add-in records about its row (kept under the pane's name). */
export const inputOf = inputOfEffect;

export interface RealiseCheck {
  /** What to save; non-null exactly when there are no issues. */
  save: { period: RealisationInput; next: EffectInput } | null;
  /** Issues of the two fields in the form, shown on them. */
  amount: string | undefined;
  month: string | undefined;
  /** Issues elsewhere in the effect (a list value removed since), shown above the form. */
  other: ValidationIssue[];
}

export function checkRealisation(
  effect: Effect,
  text: RealiseText,
  lists: EffectLists,
  periods: readonly RealisationPeriod[]
): RealiseCheck {
  const month = monthOfText(text.month);
  const end = month === null ? null : endOfMonth(month);
  const draft: EffectDraft = {
    ...inputOf(effect),
    status: "Realiserad",
    realised: text.amount,
    realisedDate: end ?? "",
  };
  // A negative yearly amount was confirmed as a cost increase when it was registered.
  const costIncreaseConfirmed = (effect.annualAmount ?? 0) < 0;
  const { input, issues } = validateEffect(draft, lists, { costIncreaseConfirmed });
  const on = (field: string) =>
    issues
      .filter((issue) => issue.field === field)
      .map((issue) => issue.message)
      .join(" ") || undefined;
  const amount = text.amount.trim() === "" ? requiredMessages.realised : on("realised");
  const monthIssue =
    month === null
      ? realisationMessages.month
      : on("realisedDate") && realisationMessages.monthBeforeStart(effect.startDate ?? "");
  const other = issues.filter(
    (issue) => issue.field !== "realised" && issue.field !== "realisedDate"
  );
  const ready = input && month && end && !amount && !monthIssue && input.realised !== null;
  return {
    save: ready
      ? {
          period: {
            effectId: effect.id,
            month,
            amount: input.realised as Kronor,
            source: "Manuell",
            evidence: "",
          },
          next: rowAfterPeriods(effect, periods, [{ amount: input.realised as Kronor, month }]),
        }
      : null,
    amount,
    month: monthIssue,
    other,
  };
}

/** Effektläckage while typing: forecast − the sum with what is typed, or null until it reads. */
export function liveLeakage(
  effect: Effect,
  amountText: string,
  periods: readonly RealisationPeriod[]
): Kronor | null {
  const parsed = parseAmount(amountText);
  if (!parsed.ok || parsed.value === null) return null;
  return leakage({
    ...effect,
    realised: realisedAfter(effect, periods, [{ amount: parsed.value }]),
  });
}
