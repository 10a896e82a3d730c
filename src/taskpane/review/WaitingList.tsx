import { Button } from "@fluentui/react-components";
import type { Effect } from "../../domain/model/effect";
import { useViewStyles } from "../shared/styles";
import { ReviewCard } from "./ReviewCard";
import { reviewStrings as t } from "./strings.sv";

export interface WaitingListProps {
  effects: readonly Effect[];
  onVerify: (effect: Effect) => void;
}

/** Effects that wait for a second person, each with Verifiera. */
export function WaitingList({ effects, onVerify }: WaitingListProps) {
  const view = useViewStyles();
  return (
    <ul className={view.plainList} aria-label={t.listLabel}>
      {effects.map((effect) => (
        <ReviewCard key={effect.id} effect={effect}>
          <Button aria-label={t.verifyLabel(effect.caseName)} onClick={() => onVerify(effect)}>
            {t.verify}
          </Button>
        </ReviewCard>
      ))}
    </ul>
  );
}
