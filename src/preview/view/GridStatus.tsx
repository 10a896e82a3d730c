/** The line under the grid: what is used, where the tables are, and what is not drawn. */
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { columnLetter } from "../../domain/model/cells";
import type { SheetGrid } from "./sheetGrid";

const useStyles = makeStyles({
  root: {
    margin: 0,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalM}`,
    color: tokens.colorNeutralForeground3,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
});

export function GridStatus({ grid }: { grid: SheetGrid }) {
  const styles = useStyles();
  const parts: string[] = [];
  if (grid.rows > 0) parts.push(`Använt område A1:${columnLetter(grid.usedCols - 1)}${grid.rows}`);
  for (const table of grid.tables) parts.push(`Tabell ${table.name}: ${table.address}`);
  if (grid.shownRows < grid.rows) {
    parts.push(`Visar de första ${grid.shownRows} av ${grid.rows} raderna.`);
  }
  if (parts.length === 0) return null;
  return (
    <Text as="p" size={200} className={styles.root}>
      {parts.join(" · ")}
    </Text>
  );
}
