/**
 * What the forecast is measured against (Baslinje), and for an index adjustment the index and
 * the increase it avoided. A controller can leave estimate-based savings out of the summary,
 * so these say how each figure was reached.
 */
import { sameText } from "../model/cells";
import type { EffectDraft } from "../model/draft";
import { BASELINES, INDEX_REASON, type Baseline, type Kronor } from "../model/effect";
import { requiredMessages, validationMessages } from "../messages.sv";
import { readAmount, readPercent } from "./readFields";
import { readChoice, textOf } from "./text";
import { isFilled, type Issues } from "./issues";

export interface BaselineFields {
  baseline: Baseline | null;
  avoidedIncreasePercent: number | null;
  avoidedIncrease: Kronor | null;
}

/** The texts validateFreeTexts has read (trimmed and length-checked). */
interface BaselineTexts {
  baselineNote: string;
  indexName: string;
}

export function validateBaseline(
  draft: EffectDraft,
  texts: BaselineTexts,
  requireBaseline: boolean,
  issues: Issues
): BaselineFields {
  const baseline = readChoice(draft, "baseline", BASELINES, issues, requireBaseline);
  if (baseline === "Annan" && texts.baselineNote === "") {
    issues.add("baselineNote", "required", requiredMessages.baselineNote);
  }
  const avoidedIncreasePercent = readAvoidedPercent(draft, issues);
  const avoidedIncrease = readAvoidedKronor(draft, issues);
  // Other reasons may state them too (a row typed by hand); only Indexjustering needs them.
  if (sameText(textOf(draft.reason), INDEX_REASON)) {
    if (texts.indexName === "") {
      issues.add("indexName", "required", requiredMessages.indexName);
    }
    const stated = isFilled(draft, "avoidedIncreasePercent") || isFilled(draft, "avoidedIncrease");
    if (!stated) {
      issues.add("avoidedIncreasePercent", "required", requiredMessages.avoidedIncrease);
    }
  }
  return { baseline, avoidedIncreasePercent, avoidedIncrease };
}

/** A fraction above 0 and at most 1 (100 %). */
function readAvoidedPercent(draft: EffectDraft, issues: Issues): number | null {
  const value = readPercent(draft, "avoidedIncreasePercent", issues);
  if (value === null || (value > 0 && value <= 1)) return value;
  issues.add("avoidedIncreasePercent", "outOfRange", validationMessages.percentOutOfRange);
  return null;
}

/** Kronor per year above 0. */
function readAvoidedKronor(draft: EffectDraft, issues: Issues): Kronor | null {
  const value = readAmount(draft, "avoidedIncrease", issues);
  if (value === null || value > 0) return value;
  issues.add("avoidedIncrease", "notPositive", validationMessages.avoidedIncreaseNotPositive);
  return null;
}
