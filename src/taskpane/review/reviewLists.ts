/** What the Granska view lists, as pure functions of what was read. */
import { forecastTotal } from "../../domain/calculate/calculate";
import { sameText } from "../../domain/model/cells";
import type { Effect } from "../../domain/model/effect";
import { formatAmount } from "../../domain/model/format";
import { awaitsVerification, stageToVerify } from "../../domain/trust/review";
import { newestFirst } from "../registrations/filterEffects";
import { reviewStrings as t } from "./strings.sv";

export interface ReviewLists {
  waiting: Effect[];
  editedOutside: Effect[];
}

/** Effects waiting for a second person, and rows changed by hand, in one Förvaltning or all. */
export function reviewLists(effects: readonly Effect[], department: string | null): ReviewLists {
  const shown = newestFirst(effects).filter(
    (effect) => department === null || effect.department === department
  );
  return {
    waiting: shown.filter(awaitsVerification),
    editedOutside: shown.filter((effect) => effect.editedOutside),
  };
}

/** The figure the verifier checks: the forecast, or the realised amount against it. */
export function figureToCheck(effect: Effect): string {
  const forecast = formatAmount(forecastTotal(effect));
  if (stageToVerify(effect) === "Kalkyl" || effect.realised === null) return t.forecast(forecast);
  return t.realisedOf(formatAmount(effect.realised), forecast);
}

/** Who registered it, and who changed it last when that is someone else. */
export function whoText(effect: Effect): string {
  const registered = effect.registeredBy || t.unknownPerson;
  const changed = effect.lastModifiedBy;
  return changed === "" || sameText(changed, registered)
    ? t.registeredBy(registered)
    : t.registeredAndChanged(registered, changed);
}
