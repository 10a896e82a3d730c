/**
 * The charts on a sheet, drawn from the simulated Excel's chart model (drawChart.ts). Each is
 * a figure the keyboard reaches, with its title as caption and its numbers as a table (the
 * text alternative, folded away under "Siffrorna").
 */
import { useEffect, useId, useRef, useState } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { formatCellValue } from "./numberFormat";
import type { GridChart } from "./sheetGrid";

const TYPE_NAMES: Record<string, string> = {
  ColumnClustered: "stapeldiagram",
  ColumnStacked: "staplat stapeldiagram",
  BarClustered: "liggande stapeldiagram",
  BarStacked: "staplat liggande stapeldiagram",
};

const WIDTH = 420;
const HEIGHT = 260;

const useStyles = makeStyles({
  root: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    // Its own height under a long grid (never squeezed), scrolling past 45 % of the view.
    flex: "0 0 auto",
    maxHeight: "45%",
    overflowY: "auto",
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300 },
  charts: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalL },
  figure: {
    margin: `${tokens.spacingVerticalS} 0 0`,
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  caption: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  cell: {
    padding: `0 ${tokens.spacingHorizontalS}`,
    textAlign: "right",
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
});

export function SheetCharts({ charts }: { charts: readonly GridChart[] }) {
  const styles = useStyles();
  if (charts.length === 0) return null;
  return (
    <section className={styles.root} aria-labelledby="preview-charts-heading">
      <h2 id="preview-charts-heading" className={styles.heading}>
        Diagram på bladet ({charts.length})
      </h2>
      <div className={styles.charts}>
        {charts.map((chart) => (
          <ChartFigure key={chart.id} chart={chart} />
        ))}
      </div>
    </section>
  );
}

function ChartFigure({ chart }: { chart: GridChart }) {
  const styles = useStyles();
  const id = useId();
  const canvas = useRef<HTMLCanvasElement>(null);
  const [drawn, setDrawn] = useState(false);
  // The grid is rebuilt on every render; redraw only when what the chart shows has changed.
  const shown = JSON.stringify(chart);
  useEffect(() => {
    const data = JSON.parse(shown) as GridChart;
    let remove: (() => void) | null = null;
    let cancelled = false;
    void import("./drawChart").then(({ drawChart }) => {
      if (cancelled || !canvas.current) return;
      remove = drawChart(canvas.current, data);
      setDrawn(remove !== null);
    });
    return () => {
      cancelled = true;
      remove?.();
    };
  }, [shown]);
  const kind = TYPE_NAMES[chart.type] ?? chart.type;
  return (
    <figure
      className={styles.figure}
      tabIndex={0}
      aria-labelledby={`${id}-caption`}
      data-chart-drawn={drawn}
    >
      <canvas
        ref={canvas}
        width={WIDTH}
        height={HEIGHT}
        role="img"
        aria-label={`${chart.title}, ${kind}; siffrorna står i tabellen under.`}
      />
      <figcaption id={`${id}-caption`} className={styles.caption}>
        {chart.title} – {kind}, i {chart.position}
      </figcaption>
      <details>
        <summary>Siffrorna</summary>
        <table className={styles.table}>
          <caption>{chart.title}</caption>
          <thead>
            <tr>
              <td />
              {chart.series.map((series) => (
                <th key={series.name} scope="col" className={styles.cell}>
                  {series.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {chart.categories.map((category, row) => (
              <tr key={`${category}-${row}`}>
                <th scope="row">{category}</th>
                {chart.series.map((series) => (
                  <td key={series.name} className={styles.cell}>
                    {formatCellValue(series.values[row] ?? "", chart.valueFormat)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
