import { useId, useMemo } from "react";
import { Caption1, makeStyles, Subtitle2, Text } from "@fluentui/react-components";
import { summarize } from "../../domain/calculate/aggregate";
import { yearOf } from "../../domain/model/dates";
import type { Effect, IsoDate } from "../../domain/model/effect";
import { formatAmount, formatHours, formatPercent } from "../../domain/model/format";
import { FactList } from "../shared/FactList";
import { useViewStyles } from "../shared/styles";
import { startStrings as t } from "../strings.sv";

const useStyles = makeStyles({ heading: { margin: 0 } });

export interface YearTotalsProps {
  effects: readonly Effect[];
  /** The year shown is today's; what is due by today is the realisation rate's denominator. */
  today: IsoDate;
}

/** This budget year's forecast, realised, leakage, rate, and hours (never added to kronor). */
export function YearTotals({ effects, today }: YearTotalsProps) {
  const styles = useStyles();
  const view = useViewStyles();
  const year = yearOf(today);
  const totals = useMemo(
    () => summarize(effects, { asOf: today, filter: { year } }).totals,
    [effects, today, year]
  );
  const headingId = useId();
  return (
    <section className={view.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId} className={styles.heading}>
        {t.totalsTitle(year)}
      </Subtitle2>
      {totals.count === 0 ? (
        <Text>{t.noTotals}</Text>
      ) : (
        <>
          <Caption1>{t.totalsIntro(totals.count)}</Caption1>
          <FactList
            facts={[
              { label: t.forecast, value: formatAmount(totals.forecast) },
              { label: t.realised, value: formatAmount(totals.realised) },
              { label: t.leakage, value: formatAmount(totals.leakage) },
              {
                label: t.realisationRate,
                value:
                  totals.realisationRate === null
                    ? t.realisationRateNone
                    : formatPercent(totals.realisationRate),
              },
              { label: t.savedHours, value: formatHours(totals.savedHours) },
            ]}
          />
          <Caption1>{t.savedHoursNote}</Caption1>
        </>
      )}
    </section>
  );
}
