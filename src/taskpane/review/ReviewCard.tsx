import type { ReactNode } from "react";
import { Caption1, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { Effect } from "../../domain/model/effect";
import { StatusBadge } from "../registrations/StatusBadge";
import { figureToCheck, whoText } from "./reviewLists";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  title: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  meta: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  row: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
  },
});

/**
 * One effect in a Granska list: Ärende, Förvaltning and type, its review state, the figure to
 * check and who registered and changed it; `children` are its action (and its error).
 */
export function ReviewCard({ effect, children }: { effect: Effect; children: ReactNode }) {
  const styles = useStyles();
  return (
    <li className={styles.card}>
      <Text className={styles.title}>{effect.caseName}</Text>
      <Caption1 className={styles.meta}>
        {effect.department} · {effect.type}
      </Caption1>
      <span className={styles.row}>
        <StatusBadge effect={effect} />
        <Caption1>{figureToCheck(effect)}</Caption1>
      </span>
      <Caption1 className={styles.meta}>{whoText(effect)}</Caption1>
      {children}
    </li>
  );
}
