import { useMemo, useState } from "react";
import { Caption1, makeStyles, Text, tokens } from "@fluentui/react-components";
import { dueForFollowUp, type FollowUp } from "../../domain/calculate/followUp";
import { formatAmount } from "../../domain/model/format";
import { ErrorBar } from "../shared/ErrorBar";
import { FactList } from "../shared/FactList";
import { Loading } from "../shared/Loading";
import type { View } from "../shared/navigation";
import { useViewStyles } from "../shared/styles";
import { todayIso } from "../shared/today";
import { useWorkbookData } from "../shared/useWorkbookData";
import { ViewHeader } from "../shared/ViewHeader";
import { shellStrings } from "../strings.sv";
import { followUpStrings as t } from "./strings.sv";

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0, display: "grid", gap: tokens.spacingVerticalL },
  heading: { margin: 0 },
});

export interface FollowUpViewProps {
  onNavigate: (view: View) => void;
  /** @default false */
  focusOnMount?: boolean;
}

/**
 * Att följa upp: effects whose forecast is due by today but not fully realised, largest
 * leakage first (followUp.ts). Read again on every visit: co-authors realise things too.
 */
export function FollowUpView({ onNavigate, focusOnMount = false }: FollowUpViewProps) {
  const view = useViewStyles();
  const styles = useStyles();
  const data = useWorkbookData();
  const [today] = useState(todayIso);
  const value = data.value;
  const items = useMemo(
    () => (value ? dueForFollowUp(value.effects, value.periods, today) : null),
    [value, today]
  );
  return (
    <main className={view.view}>
      <ViewHeader
        title={t.title}
        focusOnMount={focusOnMount}
        back={{ label: shellStrings.backToStart, onClick: () => onNavigate({ name: "start" }) }}
      />
      <Text as="p" className={view.flush}>
        {t.intro(today)}
      </Text>
      {data.error && <ErrorBar error={data.error} onRetry={data.reload} />}
      {!items && !data.error && <Loading />}
      {items?.length === 0 && <Text>{t.none}</Text>}
      {items && items.length > 0 && (
        <ul className={styles.list} aria-label={t.listLabel(items.length)}>
          {items.map((item) => (
            <FollowUpItem key={item.effect.id} item={item} />
          ))}
        </ul>
      )}
    </main>
  );
}

function FollowUpItem({ item }: { item: FollowUp }) {
  const styles = useStyles();
  const { effect } = item;
  return (
    <li>
      <Text as="h2" weight="semibold" className={styles.heading}>
        {effect.caseName}
      </Text>
      <Caption1>{t.about(effect.type, effect.department, effect.startDate)}</Caption1>
      <FactList
        facts={[
          { label: t.forecastDue, value: formatAmount(item.forecastDue) },
          { label: t.realised, value: formatAmount(item.realised) },
          { label: t.leakage, value: formatAmount(item.leakage) },
        ]}
      />
    </li>
  );
}
