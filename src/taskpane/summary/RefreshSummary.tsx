import { Button, Field, makeStyles, Select, Spinner, tokens } from "@fluentui/react-components";
import type { IsoDate } from "../../domain/model/effect";
import { ErrorBar } from "../shared/ErrorBar";
import { RefreshOutcomeView } from "./RefreshOutcomeView";
import { Loading } from "../shared/Loading";
import { useViewStyles } from "../shared/styles";
import { todayIso } from "../shared/today";
import { SelectionFields } from "./SelectionFields";
import { summaryStrings as t } from "./strings.sv";
import { useRefreshSummary } from "./useRefreshSummary";

const useStyles = makeStyles({
  filters: {
    display: "grid",
    // Side by side from about 280 px, stacked below: no horizontal scroll in a narrow pane.
    gridTemplateColumns: "repeat(auto-fit, minmax(130px, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  // A native select is as wide as its longest option (a long förvaltning name); let the
  // column decide instead, so the pane never scrolls sideways.
  shrinkable: { minWidth: 0 },
});

/** Years offered besides "Alla": a budget's horizon around today. */
const YEARS_BACK = 6;
const YEARS_AHEAD = 10;

export interface RefreshSummaryProps {
  /** Today, for the years offered. @default the user's calendar date */
  today?: IsoDate;
}

/**
 * Filter (budget year, Förvaltning, baselines, effects reported elsewhere) and the button that
 * rebuilds the sheet Sammanställning, with the outcome below it, which says what the figures
 * include. The filter starts as the one remembered in the workbook.
 */
export function RefreshSummary({ today = todayIso() }: RefreshSummaryProps) {
  const view = useViewStyles();
  const styles = useStyles();
  const { setup, filter, setFilter, outcome, refresh, retry } = useRefreshSummary();
  const busy = outcome.kind === "busy";

  if (setup.value === undefined || filter === null) {
    return setup.error ? <ErrorBar error={setup.error} onRetry={setup.reload} /> : <Loading />;
  }
  const thisYear = Number(today.slice(0, 4));
  const years = withChosen(
    Array.from({ length: YEARS_BACK + YEARS_AHEAD + 1 }, (_, i) => thisYear - YEARS_BACK + i),
    filter.year
  );
  const departments = withChosen(setup.value.lists.departments, filter.department);

  return (
    <section className={view.section}>
      <p className={view.flush}>{t.intro}</p>
      <div className={styles.filters}>
        <Field label={t.year} className={styles.shrinkable}>
          <Select
            className={styles.shrinkable}
            value={filter.year === null ? "" : String(filter.year)}
            disabled={busy}
            onChange={(_, data) =>
              setFilter({ ...filter, year: data.value === "" ? null : Number(data.value) })
            }
          >
            <option value="">{t.all}</option>
            {years.map((year) => (
              <option key={year} value={String(year)}>
                {year}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t.department} className={styles.shrinkable}>
          <Select
            className={styles.shrinkable}
            value={filter.department ?? ""}
            disabled={busy}
            onChange={(_, data) =>
              setFilter({ ...filter, department: data.value === "" ? null : data.value })
            }
          >
            {/* "" is never a list value (blank values are not read), so it stands for "Alla". */}
            <option value="">{t.all}</option>
            {departments.map((department) => (
              <option key={department} value={department}>
                {department}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <SelectionFields filter={filter} onChange={setFilter} disabled={busy} />
      <div className={view.actions}>
        <Button
          appearance="primary"
          disabled={busy}
          icon={busy ? <Spinner size="tiny" aria-hidden /> : undefined}
          onClick={refresh}
        >
          {busy ? t.refreshing : t.refresh}
        </Button>
      </div>
      <RefreshOutcomeView outcome={outcome} onRetry={retry} />
    </section>
  );
}

/** The options, with a remembered value kept even if it has left the list since. */
function withChosen<T>(options: readonly T[], chosen: T | null): T[] {
  return chosen === null || options.includes(chosen) ? [...options] : [...options, chosen];
}
