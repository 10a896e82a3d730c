import { useId, useMemo } from "react";
import {
  Button,
  Caption1,
  makeStyles,
  mergeClasses,
  Text,
  tokens,
} from "@fluentui/react-components";
import { forecastTotal } from "../../domain/calculate/calculate";
import { groupByCase, type CaseGroup } from "../../domain/calculate/cases";
import type { Effect } from "../../domain/model/effect";
import { formatAmount, formatHours } from "../../domain/model/format";
import { useViewStyles } from "../shared/styles";
import { registrationsStrings as t } from "../strings.sv";
import { StatusBadge } from "./StatusBadge";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    alignItems: "stretch",
    gap: tokens.spacingVerticalXXS,
    width: "100%",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    textAlign: "start",
    fontWeight: tokens.fontWeightRegular,
  },
  title: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  meta: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  // The case's effects hang under its name and total, set off by a line at the start edge.
  case: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    // Griffel flips left to right for right-to-left text.
    paddingLeft: tokens.spacingHorizontalS,
    borderLeftWidth: tokens.strokeWidthThick,
    borderLeftStyle: "solid",
    borderLeftColor: tokens.colorNeutralStroke1,
  },
  caseHeader: { display: "flex", flexDirection: "column" },
  amounts: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
  },
});

export interface EffectListProps {
  effects: readonly Effect[];
  onOpen: (effect: Effect) => void;
}

/**
 * Registrations as cards, which fit a 320 px pane where a five-column table would not. A case
 * (Ärende) with several effects shows them together under its name and total.
 */
export function EffectList({ effects, onOpen }: EffectListProps) {
  const view = useViewStyles();
  const cases = useMemo(() => groupByCase(effects), [effects]);
  return (
    <ul className={view.plainList} aria-label={t.listLabel}>
      {cases.map((group) => (
        <li key={group.effects[0]?.id}>
          {group.effects.length === 1 && group.effects[0] ? (
            <EffectCard effect={group.effects[0]} onOpen={onOpen} />
          ) : (
            <CaseEffects group={group} onOpen={onOpen} />
          )}
        </li>
      ))}
    </ul>
  );
}

function CaseEffects({ group, onOpen }: { group: CaseGroup; onOpen: (effect: Effect) => void }) {
  const styles = useStyles();
  const view = useViewStyles();
  const headingId = useId();
  const { effects, forecast, realised, savedHours } = group;
  return (
    <section className={styles.case} aria-labelledby={headingId}>
      <div className={styles.caseHeader}>
        <Text as="h2" id={headingId} className={mergeClasses(view.flush, styles.title)}>
          {group.caseName}
        </Text>
        <Caption1>
          {[
            t.caseEffects(effects.length),
            `${t.forecastShort} ${formatAmount(forecast)}`,
            realised !== 0 ? `${t.realisedShort} ${formatAmount(realised)}` : null,
            savedHours > 0 ? formatHours(savedHours) : null,
          ]
            .filter((part) => part !== null)
            .join(" · ")}
        </Caption1>
      </div>
      <ul className={view.plainList}>
        {effects.map((effect) => (
          <li key={effect.id}>
            <EffectCard effect={effect} onOpen={onOpen} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A whole card is one button: one tab stop per registration, its text its accessible name. */
function EffectCard({ effect, onOpen }: { effect: Effect; onOpen: (effect: Effect) => void }) {
  const styles = useStyles();
  return (
    <Button className={styles.card} onClick={() => onOpen(effect)}>
      <Text className={styles.title}>{effect.caseName}</Text>
      <Caption1 className={styles.meta}>
        {effect.type} · {effect.department}
      </Caption1>
      <span className={styles.amounts}>
        <StatusBadge effect={effect} />
        <Caption1>
          {t.forecastShort} {formatAmount(forecastTotal(effect))}
        </Caption1>
        {effect.realised !== null && (
          <Caption1>
            {t.realisedShort} {formatAmount(effect.realised)}
          </Caption1>
        )}
        {effect.savedHours !== null && effect.savedHours > 0 && (
          <Caption1>{formatHours(effect.savedHours)}</Caption1>
        )}
      </span>
    </Button>
  );
}
