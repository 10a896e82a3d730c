/** The charts on a sheet, as a list: the simulated Excel keeps their definition, not a picture. */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { GridChart } from "./sheetGrid";

const TYPE_NAMES: Record<string, string> = {
  ColumnClustered: "stapeldiagram",
  ColumnStacked: "staplat stapeldiagram",
  BarClustered: "liggande stapeldiagram",
  BarStacked: "staplat liggande stapeldiagram",
  Line: "linjediagram",
  LineMarkers: "linjediagram",
  Pie: "cirkeldiagram",
  Doughnut: "ringdiagram",
};

const useStyles = makeStyles({
  root: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    // Its own height under a long grid (never squeezed), scrolling only past 30 % of the view.
    flex: "0 0 auto",
    maxHeight: "30%",
    overflowY: "auto",
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300 },
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
});

export function ChartList({ charts }: { charts: readonly GridChart[] }) {
  const styles = useStyles();
  if (charts.length === 0) return null;
  return (
    // Focusable, so that the keyboard can scroll it when there are many charts.
    <section className={styles.root} aria-labelledby="preview-charts-heading" tabIndex={0}>
      <h2 id="preview-charts-heading" className={styles.heading}>
        Diagram på bladet ({charts.length})
      </h2>
      <ul className={styles.list}>
        {charts.map((chart) => (
          <li key={chart.id}>
            <strong>{chart.title}</strong> – {TYPE_NAMES[chart.type] ?? chart.type}, i{" "}
            {chart.position}
            {chart.series.length > 0 && <>; serier: {chart.series.join(", ")}</>}
          </li>
        ))}
      </ul>
    </section>
  );
}
