/**
 * Dates and the outcome: when the effect starts, and what was realised when. A realised
 * amount belongs to status Realiserad, so that forecast and outcome are never mixed up in the
 * summary's leakage.
 */
import type { EffectDraft } from "../model/draft";
import type { AmountBasis, EffectStatus, IsoDate, Kronor } from "../model/effect";
import { requiredMessages, validationMessages } from "../messages.sv";
import { readAmount, readDate } from "./readFields";
import { isFilled, type Issues } from "./issues";

export interface Outcome {
  startDate: IsoDate | null;
  realised: Kronor | null;
  realisedDate: IsoDate | null;
}

export function validateOutcome(
  draft: EffectDraft,
  status: EffectStatus | null,
  basis: AmountBasis | null,
  hoursOnly: boolean,
  issues: Issues
): Outcome {
  // Both bases need it: the start of the yearly amounts, or the day of the one-off.
  const startDate = readDate(draft, "startDate", issues);
  if (!isFilled(draft, "startDate"))
    issues.add("startDate", "required", requiredMessages.startDate);
  const realised = readAmount(draft, "realised", issues);
  const realisedDate = readDate(draft, "realisedDate", issues);

  if (status === "Realiserad") {
    // Saved hours are realised in hours: there may be no kronor to state.
    if (!isFilled(draft, "realised") && !hoursOnly) {
      issues.add("realised", "required", requiredMessages.realised);
    }
    if (!isFilled(draft, "realisedDate")) {
      issues.add("realisedDate", "required", requiredMessages.realisedDate);
    }
  } else if (
    status === "Kalkylerad" &&
    (isFilled(draft, "realised") || isFilled(draft, "realisedDate"))
  ) {
    issues.add("status", "realisedNeedsStatus", validationMessages.realisedNeedsStatus);
  }
  // ISO dates compare correctly as strings.
  if (startDate !== null && realisedDate !== null && realisedDate < startDate) {
    issues.add(
      "realisedDate",
      "realisedBeforeStart",
      validationMessages.realisedBeforeStart(basis, startDate)
    );
  }
  return { startDate, realised, realisedDate };
}
