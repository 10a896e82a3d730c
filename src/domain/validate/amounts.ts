/**
 * The amount fields, by basis. Årlig: a yearly amount over a contract length (validateAnnual).
 * Engång: one amount on a date. Fields of the other basis must be empty, so that a row never
 * holds numbers its forecast silently ignores.
 */
import type { EffectDraft } from "../model/draft";
import type { AmountBasis, Kronor } from "../model/effect";
import { fieldLabels, requiredMessages, validationMessages } from "../messages.sv";
import { readAmount, readCount } from "./readFields";
import {
  ANNUAL_FIELDS,
  NO_ANNUAL_AMOUNTS,
  readAnnualInputs,
  validateAnnual,
  type AmountRules,
  type AnnualAmounts,
  type AnnualField,
} from "./annual";
import { isFilled, type Issues } from "./issues";

export type { AmountRules } from "./annual";

export interface Amounts extends AnnualAmounts {
  contractYears: number | null;
  oneOffAmount: Kronor | null;
}

const MAX_CONTRACT_YEARS = 20;

export function validateAmounts(
  draft: EffectDraft,
  basis: AmountBasis | null,
  rules: AmountRules,
  issues: Issues
): Amounts {
  const contractYears = readContractYears(draft, basis, issues);
  if (basis === "Årlig") {
    reportWrongBasis(draft, ["oneOffAmount"], "Engång", issues);
    return { ...validateAnnual(draft, rules, issues), contractYears, oneOffAmount: null };
  }
  if (basis === "Engång") {
    reportWrongBasis(draft, ANNUAL_FIELDS, "Årlig", issues);
    const oneOffAmount = validateOneOff(draft, rules, issues);
    return { ...NO_ANNUAL_AMOUNTS, contractYears, oneOffAmount };
  }
  // Without a basis, still report what cannot be read, so that it is fixed in the same pass.
  readAnnualInputs(draft, issues);
  readAmount(draft, "annualAmount", issues);
  readAmount(draft, "oneOffAmount", issues);
  return { ...NO_ANNUAL_AMOUNTS, contractYears, oneOffAmount: null };
}

function reportWrongBasis(
  draft: EffectDraft,
  fields: readonly (AnnualField | "oneOffAmount")[],
  usedBy: AmountBasis,
  issues: Issues
): void {
  for (const field of fields.filter((f) => isFilled(draft, f))) {
    issues.add(field, "wrongBasis", validationMessages.wrongBasis(fieldLabels[field], usedBy));
  }
}

/**
 * Required for Årlig. Optional for Engång (a note such as "4-års avtal"): the forecast
 * multiplies it only by the yearly amount, which Engång leaves empty.
 */
function readContractYears(
  draft: EffectDraft,
  basis: AmountBasis | null,
  issues: Issues
): number | null {
  const years = readCount(draft, "contractYears", issues);
  if (years === null) {
    if (basis === "Årlig" && !isFilled(draft, "contractYears")) {
      issues.add("contractYears", "required", requiredMessages.contractYears);
    }
    return null;
  }
  if (years <= 0) {
    issues.add("contractYears", "outOfRange", validationMessages.contractYearsTooShort);
    return null;
  }
  if (years > MAX_CONTRACT_YEARS) {
    issues.add("contractYears", "outOfRange", validationMessages.contractYearsTooLong(years));
    return null;
  }
  return years;
}

function validateOneOff(draft: EffectDraft, rules: AmountRules, issues: Issues): Kronor | null {
  const amount = readAmount(draft, "oneOffAmount", issues);
  if (amount === null) {
    if (!isFilled(draft, "oneOffAmount") && !rules.hoursOnly) {
      issues.add("oneOffAmount", "required", requiredMessages.oneOffAmount);
    }
    return null;
  }
  if (amount < 0) {
    issues.add("oneOffAmount", "negativeAmount", validationMessages.negativeOneOff);
    return null;
  }
  if (amount === 0 && !rules.hoursOnly) {
    issues.add("oneOffAmount", "zeroAmount", validationMessages.zeroAmount);
  }
  return amount;
}
