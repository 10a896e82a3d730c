import { useId, useMemo, type ReactNode } from "react";
import { Button, Caption1, makeStyles, Subtitle2, Text } from "@fluentui/react-components";
import { overviewOf } from "../../domain/calculate/overview";
import type { Effect, IsoDate } from "../../domain/model/effect";
import type { RealisationPeriod } from "../../domain/model/realisation";
import { formatAmount, formatHours, formatPercent } from "../../domain/model/format";
import type { InvalidPeriodRow } from "../../domain/validate/periodRow";
import { FactList, type Fact } from "../shared/FactList";
import { useViewStyles } from "../shared/styles";
import { startStrings as t } from "../strings.sv";

const useStyles = makeStyles({ heading: { margin: 0 } });

export interface StartFiguresProps {
  effects: readonly Effect[];
  /** The realisation periods: an effect's realised is their sum. */
  periods: readonly RealisationPeriod[];
  /** The period table's rows to fix: the Budgetår figures read the table as the sheet does. */
  invalidPeriodRows: readonly InvalidPeriodRow[];
  /** Opens Att följa upp. */
  onFollowUp: () => void;
  /** What is due by today is the realisation rate's denominator; its year is the one shown. */
  today: IsoDate;
}

/**
 * The figures at a glance, grouped by the period each covers (overview.ts): the whole contract
 * periods, what is due by today, and today's budget year. Hours are never added to kronor.
 */
export function StartFigures(props: StartFiguresProps) {
  const { effects, periods, invalidPeriodRows, onFollowUp, today } = props;
  const styles = useStyles();
  const view = useViewStyles();
  const { whole, toDate, year, followUp } = useMemo(() => {
    const rowsToFix = invalidPeriodRows.map((row) => row.effectIdCell);
    return overviewOf(effects, periods, today, rowsToFix);
  }, [effects, periods, invalidPeriodRows, today]);
  const yearRate = year.realisationRate;
  const headingId = useId();
  const rate = toDate.realisationRate;
  return (
    <section className={view.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId} className={styles.heading}>
        {t.figuresTitle}
      </Subtitle2>
      {whole.count === 0 ? (
        <Text>{t.noFigures}</Text>
      ) : (
        <>
          <Caption1>{t.figuresIntro(whole.count)}</Caption1>
          <Period
            title={t.wholePeriod}
            facts={[
              { label: t.forecast, value: formatAmount(whole.forecast) },
              { label: t.realised, value: formatAmount(whole.realised) },
              { label: t.leakage, value: formatAmount(whole.leakage) },
              { label: t.savedHours, value: formatHours(whole.savedHours) },
            ]}
            note={t.leakageNote}
          />
          <Period
            title={t.toDatePeriod(toDate.asOf)}
            facts={[
              { label: t.forecastDue, value: formatAmount(toDate.forecastDue) },
              { label: t.realised, value: formatAmount(whole.realised) },
              {
                label: t.realisationRate,
                value: rate === null ? t.realisationRateNone : formatPercent(rate),
              },
            ]}
            note={t.realisationRateNote}
          />
          <Period
            title={t.yearPeriod(year.year)}
            facts={[
              { label: t.forecast, value: formatAmount(year.forecast) },
              { label: t.forecastDue, value: formatAmount(year.forecastDue) },
              { label: t.realised, value: formatAmount(year.realised) },
              {
                label: t.realisationRate,
                value: yearRate === null ? t.realisationRateNone : formatPercent(yearRate),
              },
            ]}
            note={t.yearNote}
          />
          <div>
            <Button appearance="secondary" onClick={onFollowUp}>
              {t.followUpAction(followUp)}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}

/** One period's figures under a heading that names it, and how they are counted. */
function Period({ title, facts, note }: { title: string; facts: Fact[]; note: ReactNode }) {
  const styles = useStyles();
  const view = useViewStyles();
  const headingId = useId();
  return (
    <section className={view.section} aria-labelledby={headingId}>
      <Text as="h3" weight="semibold" id={headingId} className={styles.heading}>
        {title}
      </Text>
      <FactList facts={facts} />
      <Caption1>{note}</Caption1>
    </section>
  );
}
