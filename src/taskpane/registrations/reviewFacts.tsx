/** Who registered, changed and verified an effect, and against what. */
import type { Effect } from "../../domain/model/effect";
import { fieldLabels } from "../../domain/messages.sv";
import { dateTimeText } from "../shared/dateTime";
import { EvidenceText } from "../shared/EvidenceText";
import type { Fact } from "../shared/FactList";

export function reviewFacts(effect: Effect): Fact[] {
  const facts: Fact[] = [
    { label: fieldLabels.registered, value: effect.registered },
    { label: fieldLabels.registeredBy, value: effect.registeredBy },
    {
      label: fieldLabels.lastModified,
      value: effect.lastModified === null ? "" : dateTimeText(effect.lastModified),
    },
    { label: fieldLabels.lastModifiedBy, value: effect.lastModifiedBy },
    { label: fieldLabels.verifiedBy, value: effect.verifiedBy },
    { label: fieldLabels.verifiedDate, value: effect.verifiedDate ?? "" },
    {
      label: fieldLabels.evidence,
      value: effect.evidence === "" ? "" : <EvidenceText evidence={effect.evidence} />,
    },
  ];
  return facts.filter((fact) => fact.value !== "");
}
