/**
 * The yearly amount (basis Årlig): given, or derived as previous − new annual cost, or as
 * (previous − new unit price) × annual volume. Whatever is filled in must agree, because the
 * row shows both the amount and what it came from (conservative and transparent, see DESIGN).
 */
import type { EffectDraft } from "../model/draft";
import type { EffectInput, Kronor } from "../model/effect";
import { annualFromCosts, annualFromUnitPrices } from "../calculate/calculate";
import {
  fieldLabels,
  requiredMessages,
  validationMessages,
  type AnnualSource,
} from "../messages.sv";
import { MAX_AMOUNT, readAmount, readCount, type KronorField } from "./readFields";
import { isFilled, type Issues } from "./issues";

export interface AmountRules {
  /** An effect in saved hours needs no kronor amount (the talk's e-handel example). */
  hoursOnly: boolean;
  costIncreaseConfirmed: boolean;
}

export const ANNUAL_FIELDS = [
  "previousAnnualCost",
  "newAnnualCost",
  "previousUnitPrice",
  "newUnitPrice",
  "annualVolume",
  "annualAmount",
] as const;

export type AnnualField = (typeof ANNUAL_FIELDS)[number];

/** The yearly amount and what it was derived from, as the effect stores them. */
export type AnnualAmounts = Pick<EffectInput, AnnualField>;

export const NO_ANNUAL_AMOUNTS = Object.fromEntries(
  ANNUAL_FIELDS.map((field) => [field, null])
) as AnnualAmounts;

/** Two derivations of the same yearly amount may differ by rounding, not more. */
const TOLERANCE = 1;

export function validateAnnual(
  draft: EffectDraft,
  rules: AmountRules,
  issues: Issues
): AnnualAmounts {
  const inputs = readAnnualInputs(draft, issues);
  const given = readAmount(draft, "annualAmount", issues);
  const derived = deriveAnnual(draft, inputs, issues);
  checkAgreement(given, derived, issues);
  const annualAmount = given ?? derived.costs ?? derived.unitPrices;
  if (annualAmount !== null) {
    checkAnnualAmount(annualAmount, rules, issues);
  } else if (!rules.hoursOnly && !ANNUAL_FIELDS.some((field) => issues.has(field))) {
    // Only when nothing else has told the person what to fill in.
    issues.add("annualAmount", "required", requiredMessages.annualAmount);
  }
  return { ...inputs, annualAmount };
}

type AnnualInputs = Omit<AnnualAmounts, "annualAmount">;

/** The inputs a yearly amount is derived from, each read and range-checked on its own. */
export function readAnnualInputs(draft: EffectDraft, issues: Issues): AnnualInputs {
  const nonNegative = (field: KronorField): Kronor | null => {
    const value = readAmount(draft, field, issues);
    if (value === null || value >= 0) return value;
    issues.add(field, "negativeAmount", validationMessages.negativeAmount(fieldLabels[field]));
    return null;
  };
  const inputs: AnnualInputs = {
    previousAnnualCost: nonNegative("previousAnnualCost"),
    newAnnualCost: nonNegative("newAnnualCost"),
    previousUnitPrice: nonNegative("previousUnitPrice"),
    newUnitPrice: nonNegative("newUnitPrice"),
    annualVolume: readCount(draft, "annualVolume", issues),
  };
  if (inputs.annualVolume !== null && inputs.annualVolume <= 0) {
    const message = validationMessages.notPositive(fieldLabels.annualVolume);
    issues.add("annualVolume", "notPositive", message);
    inputs.annualVolume = null;
  }
  return inputs;
}

type Derived = Record<AnnualSource, Kronor | null>;

/** Both derivations that the inputs allow; a half-filled one is an issue on its empty fields. */
function deriveAnnual(draft: EffectDraft, inputs: AnnualInputs, issues: Issues): Derived {
  const costs = complete(draft, ["previousAnnualCost", "newAnnualCost"], issues);
  const unitPrices = complete(draft, ["previousUnitPrice", "newUnitPrice", "annualVolume"], issues);
  const { previousAnnualCost, newAnnualCost, previousUnitPrice, newUnitPrice, annualVolume } =
    inputs;
  return {
    costs:
      costs && previousAnnualCost !== null && newAnnualCost !== null
        ? annualFromCosts(previousAnnualCost, newAnnualCost)
        : null,
    unitPrices:
      unitPrices && previousUnitPrice !== null && newUnitPrice !== null && annualVolume !== null
        ? annualFromUnitPrices(previousUnitPrice, newUnitPrice, annualVolume)
        : null,
  };
}

/** Whether all fields of a derivation are filled; if only some are, asks for the rest. */
function complete(draft: EffectDraft, fields: readonly AnnualField[], issues: Issues): boolean {
  const filled = fields.filter((field) => isFilled(draft, field));
  if (filled.length === fields.length) return true;
  if (filled.length > 0) {
    const filledLabels = filled.map((field) => fieldLabels[field]);
    for (const field of fields.filter((f) => !filled.includes(f))) {
      const message = validationMessages.incomplete(fieldLabels[field], filledLabels);
      issues.add(field, "incomplete", message);
    }
  }
  return false;
}

/** A given yearly amount must agree with every derivation, and derivations with each other. */
function checkAgreement(given: Kronor | null, derived: Derived, issues: Issues): void {
  const differs = (a: number, b: number) => Math.abs(a - b) > TOLERANCE;
  if (given !== null) {
    for (const source of ["costs", "unitPrices"] as const) {
      const value = derived[source];
      if (value !== null && differs(given, value)) {
        const message = validationMessages.annualMismatch(given, source, value);
        issues.add("annualAmount", "annualMismatch", message);
      }
    }
  } else if (derived.costs !== null && derived.unitPrices !== null) {
    if (differs(derived.costs, derived.unitPrices)) {
      const message = validationMessages.derivationMismatch(derived.costs, derived.unitPrices);
      issues.add("annualAmount", "annualMismatch", message);
    }
  }
}

function checkAnnualAmount(amount: Kronor, rules: AmountRules, issues: Issues): void {
  // A derived amount can exceed the limit that each of its inputs kept to.
  if (Math.abs(amount) > MAX_AMOUNT) {
    issues.add("annualAmount", "tooLarge", validationMessages.tooLarge(fieldLabels.annualAmount));
  } else if (amount === 0 && !rules.hoursOnly) {
    issues.add("annualAmount", "zeroAmount", validationMessages.zeroAmount);
  } else if (amount < 0 && !rules.costIncreaseConfirmed) {
    const message = validationMessages.costIncreaseUnconfirmed(amount);
    issues.add("annualAmount", "costIncreaseUnconfirmed", message);
  }
}
