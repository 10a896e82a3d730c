import { Caption1, makeStyles, Subtitle2, Text, tokens, useId } from "@fluentui/react-components";
import type { EntryResult } from "../../domain/entryForm/result";
import {
  formatAmount,
  formatHours,
  formatInputNumber,
  formatKronor,
} from "../../domain/model/format";
import { resultStrings as t } from "./strings.sv";

const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  flush: { margin: 0 },
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, margin: 0 },
  value: { margin: 0, display: "flex", flexDirection: "column" },
  years: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** "2 mkr" with the exact "2 000 000 kr" under it, as the budget reads it and as it is. */
function Amount({ value }: { value: number | null }) {
  const styles = useStyles();
  if (value === null) return <Text>{t.notYet}</Text>;
  const short = formatAmount(value);
  const exact = formatKronor(value);
  return (
    <>
      <Text weight="semibold">{short}</Text>
      {short !== exact && <Caption1 className={styles.muted}>{exact}</Caption1>}
    </>
  );
}

/**
 * The live result of what has been typed: the yearly effect, the forecast over the contract
 * and per budget year. Saved hours are their own line: never added to kronor.
 */
export function ResultPanel({ result }: { result: EntryResult }) {
  const styles = useStyles();
  const titleId = useId("result");
  const { basis, annualAmount, contractYears, implementationCost, forecast, byYear } = result;
  // An effect in hours alone (the talk's e-handel) has no kronor to ask for.
  const hoursOnly = result.savedHours !== null && forecast === null;
  const formula =
    annualAmount !== null && contractYears !== null
      ? t.yearsTimes(formatAmount(annualAmount), formatInputNumber(contractYears, 6))
      : null;
  return (
    <section aria-labelledby={titleId} className={styles.panel}>
      <Subtitle2 as="h2" id={titleId} className={styles.flush}>
        {t.title}
      </Subtitle2>
      {basis === null && <Text>{t.chooseType}</Text>}
      {basis !== null && forecast === null && !hoursOnly && <Text>{t.fillAmounts}</Text>}
      {(basis !== null || result.savedHours !== null) && (
        <dl className={styles.list}>
          {basis === "Årlig" && (
            <>
              <dt>{t.annual}</dt>
              <dd className={styles.value}>
                <Amount value={annualAmount} />
              </dd>
            </>
          )}
          {basis !== null && (
            <>
              <dt>{basis === "Årlig" ? t.overContract : t.oneOff}</dt>
              <dd className={styles.value}>
                <Amount value={forecast} />
                {formula && <Caption1 className={styles.muted}>{formula}</Caption1>}
                {forecast !== null && implementationCost !== null && implementationCost > 0 && (
                  <Caption1 className={styles.muted}>
                    {t.minusCost(formatAmount(implementationCost))}
                  </Caption1>
                )}
                {forecast !== null && forecast < 0 && (
                  <Caption1 className={styles.muted}>{t.costIncrease}</Caption1>
                )}
              </dd>
            </>
          )}
          {byYear.length > 0 && (
            <>
              <dt>{t.byYear}</dt>
              <dd className={styles.value}>
                <ul className={styles.years}>
                  {byYear.map(({ year, amount }) => (
                    <li key={year}>{`${year}: ${formatAmount(amount)}`}</li>
                  ))}
                </ul>
              </dd>
            </>
          )}
          {result.savedHours !== null && (
            <>
              <dt>{t.savedHours}</dt>
              <dd className={styles.value}>
                <Text weight="semibold">{formatHours(result.savedHours)}</Text>
                <Caption1 className={styles.muted}>{t.savedHoursNote}</Caption1>
              </dd>
            </>
          )}
        </dl>
      )}
    </section>
  );
}
