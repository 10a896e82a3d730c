/** What the verifier checks, and against whose work: the figures first, then the people. */
import { forecastTotal, leakage } from "../../domain/calculate/calculate";
import type { Effect } from "../../domain/model/effect";
import { formatAmount } from "../../domain/model/format";
import { fieldLabels } from "../../domain/messages.sv";
import { stageToVerify } from "../../domain/trust/review";
import { reviewFacts } from "../registrations/reviewFacts";
import type { Fact } from "../shared/FactList";
import { reviewStrings as t } from "./strings.sv";

export function verifyFacts(effect: Effect): Fact[] {
  const realisation = stageToVerify(effect) === "Realisering";
  const spent = leakage(effect);
  const facts: [string, string | null][] = [
    [fieldLabels.department, effect.department],
    [fieldLabels.type, effect.type],
    [fieldLabels.baseline, effect.baseline],
    [fieldLabels.caseNumber, effect.caseNumber],
    [fieldLabels.supplier, effect.supplier],
    [t.forecastLabel, formatAmount(forecastTotal(effect))],
    [
      t.realisedLabel,
      realisation && effect.realised !== null ? formatAmount(effect.realised) : null,
    ],
    [fieldLabels.realisedDate, realisation ? effect.realisedDate : null],
    [t.leakageLabel, realisation && spent !== null ? formatAmount(spent) : null],
  ];
  return [
    ...facts.flatMap(([label, value]) => (value ? [{ label, value }] : [])),
    ...reviewFacts(effect),
  ];
}
