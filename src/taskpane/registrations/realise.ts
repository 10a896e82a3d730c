/**
 * Marking a forecast as realised, as pure functions: the rest of the effect is kept exactly as
 * read, and the whole effect goes through the domain's validation before it is saved.
 */
import { leakage } from "../../domain/calculate/calculate";
import type { EffectDraft, ValidationIssue } from "../../domain/model/draft";
import {
  inputOfEffect,
  type Effect,
  type EffectInput,
  type Kronor,
} from "../../domain/model/effect";
import type { EffectLists } from "../../domain/model/lists";
import { parseAmount } from "../../domain/parse/parse";
import { validateEffect } from "../../domain/validate/validate";

export interface RealiseText {
  realised: string;
  realisedDate: string;
}

/** The effect without what the add-in records about its row (kept under the pane's name). */
export const inputOf = inputOfEffect;

export interface RealiseCheck {
  /** What to save; non-null exactly when there are no issues. */
  next: EffectInput | null;
  /** Issues of the two fields in the form, shown on them. */
  realised: string | undefined;
  realisedDate: string | undefined;
  /** Issues elsewhere in the effect (a list value removed since), shown above the form. */
  other: ValidationIssue[];
}

export function checkRealisation(
  effect: Effect,
  text: RealiseText,
  lists: EffectLists
): RealiseCheck {
  const draft: EffectDraft = { ...inputOf(effect), status: "Realiserad", ...text };
  // A negative yearly amount was confirmed as a cost increase when it was registered.
  const costIncreaseConfirmed = (effect.annualAmount ?? 0) < 0;
  const { input, issues } = validateEffect(draft, lists, { costIncreaseConfirmed });
  const on = (field: string) =>
    issues
      .filter((issue) => issue.field === field)
      .map((issue) => issue.message)
      .join(" ") || undefined;
  return {
    next: input && {
      ...inputOf(effect),
      status: "Realiserad",
      realised: input.realised,
      realisedDate: input.realisedDate,
    },
    realised: on("realised"),
    realisedDate: on("realisedDate"),
    other: issues.filter((issue) => issue.field !== "realised" && issue.field !== "realisedDate"),
  };
}

/** Effektläckage while typing: forecast − what is typed, or null until it reads as an amount. */
export function liveLeakage(effect: Effect, realisedText: string): Kronor | null {
  const parsed = parseAmount(realisedText);
  if (!parsed.ok || parsed.value === null) return null;
  return leakage({ ...effect, realised: parsed.value });
}
