/**
 * One sheet as a real table: column letters and row numbers as headers (sticky while
 * scrolling), cells with their number formats, tables in Excel's default blue style.
 */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { columnLetter } from "../../domain/model/cells";
import type { GridCell, SheetGrid } from "./sheetGrid";

export interface SheetTableProps {
  grid: SheetGrid;
  sheetName: string;
  /** Show formula text instead of values, like Excel's Ctrl+`. @default false */
  showFormulas?: boolean;
}

const ROW_HEADER_PX = 44;

const useStyles = makeStyles({
  table: {
    borderCollapse: "separate",
    borderSpacing: 0,
    tableLayout: "fixed",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: "18px",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  visuallyHidden: {
    // For screen readers only: the tabs show the sheet's name, the corner needs no text.
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
  heading: {
    position: "sticky",
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    textAlign: "center",
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "0 2px",
  },
  columnHeading: { top: 0, zIndex: 2 },
  rowHeading: { left: 0, zIndex: 1 },
  corner: { top: 0, left: 0, zIndex: 3 },
  cell: {
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    padding: "1px 4px",
    // Excel's light gridlines.
    borderRight: "1px solid #e1e1e1",
    borderBottom: "1px solid #e1e1e1",
    height: "18px",
    color: tokens.colorNeutralForeground1,
  },
  number: { textAlign: "right" },
  wrap: { whiteSpace: "normal", overflowWrap: "anywhere" },
  bold: { fontWeight: tokens.fontWeightSemibold },
  // TableStyleMedium2, Excel's default table style: blue header, light blue bands.
  header: { backgroundColor: "#4472c4", color: "#ffffff", fontWeight: tokens.fontWeightSemibold },
  band: { backgroundColor: "#d9e1f2" },
  body: { backgroundColor: "#ffffff" },
  totals: { fontWeight: tokens.fontWeightSemibold, borderTop: "2px solid #4472c4" },
  formulaText: {
    fontFamily: tokens.fontFamilyMonospace,
    color: tokens.colorNeutralForeground3,
  },
});

export function SheetTable({ grid, sheetName, showFormulas = false }: SheetTableProps) {
  const styles = useStyles();
  const columns = Array.from({ length: grid.cols }, (_, col) => col);
  const width = ROW_HEADER_PX + grid.widths.reduce((sum, w) => sum + w, 0);
  const cellClass = (cell: GridCell, formulaShown: boolean) =>
    mergeClasses(
      styles.cell,
      cell.table && styles[cell.table],
      cell.alignRight && !formulaShown && styles.number,
      cell.wrap && styles.wrap,
      cell.bold && styles.bold,
      formulaShown && styles.formulaText
    );
  return (
    <table className={styles.table} style={{ width }}>
      <caption className={styles.visuallyHidden}>Bladet {sheetName}</caption>
      <colgroup>
        <col style={{ width: ROW_HEADER_PX }} />
        {grid.widths.map((w, col) => (
          <col key={col} style={{ width: w }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th scope="col" className={mergeClasses(styles.heading, styles.corner)}>
            <span className={styles.visuallyHidden}>Rad</span>
          </th>
          {columns.map((col) => (
            <th
              key={col}
              scope="col"
              className={mergeClasses(styles.heading, styles.columnHeading)}
            >
              {columnLetter(col)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {grid.cells.map((cells, row) => (
          <tr key={row}>
            <th scope="row" className={mergeClasses(styles.heading, styles.rowHeading)}>
              {row + 1}
            </th>
            {cells.map((cell, col) => {
              if (cell.spilled) return null;
              const formulaShown = cell.formula !== undefined && showFormulas;
              const text = formulaShown ? (cell.formula ?? "") : cell.text;
              return (
                <td
                  key={col}
                  colSpan={cell.span}
                  className={cellClass(cell, formulaShown)}
                  style={cell.fill && !cell.table ? { backgroundColor: cell.fill } : undefined}
                  title={titleOf(cell, text)}
                >
                  {text}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Hovering shows what a narrow column cuts off, and a formula's text or value. */
function titleOf(cell: GridCell, text: string): string | undefined {
  if (cell.formula === undefined) return text.length > 8 ? text : undefined;
  return `${cell.formula}\n= ${cell.text}`;
}
