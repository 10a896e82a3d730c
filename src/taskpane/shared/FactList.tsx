import type { ReactNode } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    margin: 0,
  },
  // Label and value side by side; a value whose longest word does not fit beside the label
  // (a long department name at 320 px) moves under it instead of being broken mid-word.
  row: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM },
  // 9.5em: the longest one-word labels ("Budgetpåverkande", "Beräkningsgrund") on one line.
  term: { flex: "0 0 9.5em", color: tokens.colorNeutralForeground2, overflowWrap: "break-word" },
  // 8em: room for an amount such as "175 000 kr"; break-word, unlike anywhere, leaves the
  // min-content width alone, so the wrap above happens first.
  value: {
    flex: "1 1 8em",
    margin: 0,
    overflowWrap: "break-word",
    fontWeight: tokens.fontWeightSemibold,
  },
});

export interface Fact {
  label: string;
  value: ReactNode;
}

/** Label–value pairs as a description list that fits 320 px. */
export function FactList({ facts }: { facts: readonly Fact[] }) {
  const styles = useStyles();
  return (
    <dl className={styles.list}>
      {facts.map((fact) => (
        <div key={fact.label} className={styles.row}>
          <dt className={styles.term}>{fact.label}</dt>
          <dd className={styles.value}>{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
