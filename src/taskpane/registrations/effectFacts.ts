/** One registration as label–value pairs, in the table's order, skipping what is empty. */
import { forecastTotal, leakage } from "../../domain/calculate/calculate";
import type { Effect } from "../../domain/model/effect";
import { formatAmount, formatHours, formatInputNumber } from "../../domain/model/format";
import { fieldLabels, startDateLabel } from "../../domain/messages.sv";
import { headerOf } from "../../domain/model/tableSchema";
import type { Fact } from "../shared/FactList";
import { registrationsStrings as t } from "../strings.sv";

const amount = (value: number | null) => (value === null ? null : formatAmount(value));

export function effectFacts(effect: Effect): Fact[] {
  const spent = leakage(effect);
  const facts: [string, string | null][] = [
    [fieldLabels.id, effect.id],
    [fieldLabels.type, effect.type],
    [fieldLabels.category, effect.category],
    [fieldLabels.department, effect.department],
    [fieldLabels.reason, effect.reason],
    [fieldLabels.status, effect.status],
    [fieldLabels.basis, effect.basis],
    [fieldLabels.annualAmount, amount(effect.annualAmount)],
    [
      fieldLabels.contractYears,
      effect.contractYears === null ? null : formatInputNumber(effect.contractYears),
    ],
    [startDateLabel(effect.basis), effect.startDate],
    [fieldLabels.oneOffAmount, amount(effect.oneOffAmount)],
    [fieldLabels.implementationCost, amount(effect.implementationCost)],
    [t.forecast, formatAmount(forecastTotal(effect))],
    [fieldLabels.realised, amount(effect.realised)],
    [fieldLabels.realisedDate, effect.realisedDate],
    [t.leakage, amount(spent)],
    [fieldLabels.savedHours, effect.savedHours === null ? null : formatHours(effect.savedHours)],
    [fieldLabels.budgetAffecting, effect.budgetAffecting ? t.yes : t.no],
    [fieldLabels.supplier, effect.supplier],
    [fieldLabels.caseNumber, effect.caseNumber],
    [fieldLabels.comment, effect.comment],
    [fieldLabels.baseline, effect.baseline],
    // The form asks "Beskriv baslinjen"; read back, the column's name says what it is.
    [headerOf("baselineNote"), effect.baselineNote],
    [fieldLabels.indexName, effect.indexName],
    [
      fieldLabels.avoidedIncreasePercent,
      effect.avoidedIncreasePercent === null
        ? null
        : `${formatInputNumber(effect.avoidedIncreasePercent * 100)}\u00a0%`,
    ],
    [fieldLabels.avoidedIncrease, amount(effect.avoidedIncrease)],
    [fieldLabels.alsoReportedBy, effect.alsoReportedBy],
    [headerOf("alsoReportedRef"), effect.alsoReportedRef],
  ];
  return facts.flatMap(([label, value]) => (value ? [{ label, value }] : []));
}
