import { Button } from "@fluentui/react-components";
import type { Effect } from "../../domain/model/effect";
import type { EffectLists } from "../../domain/model/lists";
import type { RealisationPeriod } from "../../domain/model/realisation";
import type { SavedPeriods } from "../shared/confirmPeriods";
import { FactList } from "../shared/FactList";
import { Notice } from "../shared/Notice";
import { useViewStyles } from "../shared/styles";
import { registrationsStrings as t } from "../strings.sv";
import { EffectHistory } from "./EffectHistory";
import { effectFacts } from "./effectFacts";
import { RealiseForm } from "./RealiseForm";
import { reviewFacts } from "./reviewFacts";
import { StatusBadge } from "./StatusBadge";

export interface EffectDetailsProps {
  effect: Effect;
  lists: EffectLists;
  /** The workbook's realisation periods, for the realise form's sum. */
  periods: readonly RealisationPeriod[];
  realising: boolean;
  onEdit: () => void;
  onRealise: () => void;
  onCancelRealise: () => void;
  onRealised: (saved: SavedPeriods) => void;
  onReload: () => void;
}

/** One registration's details, who did what to it, its actions, and its history. */
export function EffectDetails(props: EffectDetailsProps) {
  const { effect, lists, periods, realising, onEdit, onRealise } = props;
  const { onCancelRealise, onRealised, onReload } = props;
  const styles = useViewStyles();
  return (
    <>
      <div className={styles.actions}>
        <StatusBadge effect={effect} />
      </div>
      {effect.editedOutside && <Notice intent="warning">{t.editedOutsideNote}</Notice>}
      <FactList facts={[...effectFacts(effect), ...reviewFacts(effect)]} />
      {!realising && (
        <div className={styles.actions}>
          <Button onClick={onEdit}>{t.edit}</Button>
          <Button
            appearance={effect.status === "Kalkylerad" ? "primary" : "secondary"}
            onClick={onRealise}
          >
            {effect.status === "Kalkylerad" ? t.realise : t.realiseMonth}
          </Button>
        </div>
      )}
      {realising && (
        <RealiseForm
          key={effect.id}
          effect={effect}
          lists={lists}
          periods={periods}
          onSaved={onRealised}
          onCancel={onCancelRealise}
          onReload={onReload}
        />
      )}
      <EffectHistory key={`history-${effect.id}`} effect={effect} />
    </>
  );
}
