import { Button } from "@fluentui/react-components";
import type { Effect } from "../../domain/model/effect";
import type { EffectLists } from "../../domain/model/lists";
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
  realising: boolean;
  onEdit: () => void;
  onRealise: () => void;
  onCancelRealise: () => void;
  onRealised: (effect: Effect) => void;
  onReload: () => void;
}

/** One registration's details, who did what to it, its actions, and its history. */
export function EffectDetails(props: EffectDetailsProps) {
  const { effect, lists, realising, onEdit, onRealise, onCancelRealise, onRealised, onReload } =
    props;
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
          {effect.status === "Kalkylerad" && (
            <Button appearance="primary" onClick={onRealise}>
              {t.realise}
            </Button>
          )}
        </div>
      )}
      {realising && (
        <RealiseForm
          key={effect.id}
          effect={effect}
          lists={lists}
          onSaved={onRealised}
          onCancel={onCancelRealise}
          onReload={onReload}
        />
      )}
      <EffectHistory key={`history-${effect.id}`} effect={effect} />
    </>
  );
}
