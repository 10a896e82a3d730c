import { Button, Caption1, makeStyles, Text, tokens } from "@fluentui/react-components";
import { forecastTotal } from "../../domain/calculate/calculate";
import type { Effect } from "../../domain/model/effect";
import { formatAmount, formatHours } from "../../domain/model/format";
import { useViewStyles } from "../shared/styles";
import { registrationsStrings as t } from "../strings.sv";
import { StatusBadge } from "./StatusBadge";

const useStyles = makeStyles({
  // A whole card is one button: one tab stop per registration, its text its accessible name.
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

/** Registrations as cards, which fit a 320 px pane where a five-column table would not. */
export function EffectList({ effects, onOpen }: EffectListProps) {
  const styles = useStyles();
  const view = useViewStyles();
  return (
    <ul className={view.plainList} aria-label={t.listLabel}>
      {effects.map((effect) => (
        <li key={effect.id}>
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
        </li>
      ))}
    </ul>
  );
}
