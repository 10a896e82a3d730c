import type { ReactNode } from "react";
import { makeStyles, Table } from "@fluentui/react-components";

const useStyles = makeStyles({
  // The pane is 320 px wide: a table of amounts scrolls sideways in its own box, not the pane.
  scroll: { overflowX: "auto", maxWidth: "100%" },
  // Fluent's Table is fixed-layout at 100 %, which squeezes "166 666,67 kr" into a column too
  // narrow for it, where it runs over its neighbour; here each column is as wide as its text.
  table: {
    tableLayout: "auto",
    width: "max-content",
    minWidth: "100%",
    "& td, & th": { whiteSpace: "nowrap" },
  },
});

export interface WideTableProps {
  /** Names the table and its scrolling box. */
  label: string;
  children: ReactNode;
}

/** A small table whose columns keep their text on one line, scrolling sideways when wide. */
export function WideTable({ label, children }: WideTableProps) {
  const styles = useStyles();
  return (
    // Focusable so that keyboard users can scroll it (axe: scrollable-region-focusable); a
    // group, not a region, since the view's section may already be a landmark of that name.
    <div className={styles.scroll} role="group" aria-label={label} tabIndex={0}>
      <Table size="small" aria-label={label} className={styles.table}>
        {children}
      </Table>
    </div>
  );
}
