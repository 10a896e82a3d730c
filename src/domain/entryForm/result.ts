/**
 * The live result beside the form: what the amounts typed so far come to, before the rest of
 * the form is complete. It uses the same parsers as validation and the same calculations as
 * the summary, and a field with a validation issue (a date in 2062, 40 years) counts as empty,
 * so the result never shows a figure that saving would refuse.
 */
import { annualFromCosts, annualFromUnitPrices, forecastTotal } from "../calculate/calculate";
import type { EffectDraft, ValidationIssue } from "../model/draft";
import type { AmountBasis, EffectInput, Hours, Kronor } from "../model/effect";
import { BLANK_EFFECT_INPUT, hours } from "../model/effect";
import type { EntryFormState } from "./types";
import { draftOf } from "./draft";
import { basisOf } from "./fields";
import { phaseByYear, type YearAmount } from "../calculate/phasing";
import { readAmount, readCount, readDate, type KronorField } from "../validate/readFields";
import { Issues } from "../validate/issues";

export interface EntryResult {
  basis: AmountBasis | null;
  /** Årligt belopp, given or derived (Årlig); may be negative, a cost increase. */
  annualAmount: Kronor | null;
  contractYears: number | null;
  oneOffAmount: Kronor | null;
  implementationCost: Kronor | null;
  /** Kalkylerad effekt: over the contract (Årlig), or the one-off (Engång), net of costs. */
  forecast: Kronor | null;
  /** The forecast per budget year; [] until it has a start date. */
  byYear: YearAmount[];
  /** Saved working hours, in their own unit: never part of the kronor above. */
  savedHours: Hours | null;
}

/** Codes about the amount's value, not its text: the figure still shows while they stand. */
const ABOUT_THE_VALUE: ReadonlySet<string> = new Set(["costIncreaseUnconfirmed", "zeroAmount"]);

/** The figures the amounts typed so far give; `issues` is validateEffect's for draftOf(state). */
export function entryResult(
  state: EntryFormState,
  issues: readonly ValidationIssue[]
): EntryResult {
  const draft = draftOf(state);
  const usable = (field: keyof EffectDraft) =>
    !issues.some((issue) => issue.field === field && !ABOUT_THE_VALUE.has(issue.code));
  const scratch = new Issues();
  const amount = (field: KronorField) => (usable(field) ? readAmount(draft, field, scratch) : null);
  const count = (field: "annualVolume" | "contractYears" | "savedHours") =>
    usable(field) ? readCount(draft, field, scratch) : null;
  const date = (field: "startDate") => (usable(field) ? readDate(draft, field, scratch) : null);

  const basis = basisOf(state.values);
  const implementationCost = amount("implementationCost");
  const savedHours = count("savedHours");
  const annualAmount = basis === "Årlig" ? annualOf(state, amount, count) : null;
  const contractYears = basis === "Årlig" ? count("contractYears") : null;
  const oneOffAmount = basis === "Engång" ? amount("oneOffAmount") : null;
  const complete =
    basis === "Årlig" ? annualAmount !== null && contractYears !== null : oneOffAmount !== null;
  const base = { basis, annualAmount, contractYears, oneOffAmount, implementationCost };
  const result = { ...base, savedHours: savedHours === null ? null : hours(savedHours) };
  if (basis === null || !complete) return { ...result, forecast: null, byYear: [] };

  const input = calculationInput({ ...base, startDate: date("startDate") });
  return { ...result, forecast: forecastTotal(input), byYear: phaseByYear(input) };
}

function annualOf(
  state: EntryFormState,
  amount: (field: KronorField) => Kronor | null,
  count: (field: "annualVolume") => number | null
): Kronor | null {
  if (state.calculation === "direct") return amount("annualAmount");
  if (state.calculation === "costs") {
    const [previous, next] = [amount("previousAnnualCost"), amount("newAnnualCost")];
    return previous !== null && next !== null ? annualFromCosts(previous, next) : null;
  }
  const [previous, next, volume] = [
    amount("previousUnitPrice"),
    amount("newUnitPrice"),
    count("annualVolume"),
  ];
  return previous !== null && next !== null && volume !== null
    ? annualFromUnitPrices(previous, next, volume)
    : null;
}

type CalculationFields = Pick<
  EffectInput,
  "annualAmount" | "contractYears" | "oneOffAmount" | "implementationCost" | "startDate"
>;

/** The calculations read only these fields; the rest of an EffectInput is left blank. */
function calculationInput(fields: CalculationFields): EffectInput {
  return { ...BLANK_EFFECT_INPUT, ...fields };
}
