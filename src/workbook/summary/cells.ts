/**
 * The accumulator the summary's blocks write their cells into, and what every block needs to
 * know to build its formulas: the table's column names and the conditions of the filter.
 */
import { STYLES } from "./formats";
import type { Criterion, ColumnNames, DateSpan, RowFilter } from "./formulas";
import type { CellContent, CellStyle, PlanCell } from "./plan";

export interface CellOptions {
  numberFormat?: string;
  style?: CellStyle;
  spills?: boolean;
}

export class PlanCells {
  readonly cells: PlanCell[] = [];

  put(row: number, column: number, content: CellContent, options: CellOptions = {}): void {
    this.cells.push({ row, column, content, ...options });
  }

  text(row: number, column: number, text: string, options?: CellOptions): void {
    this.put(row, column, { kind: "text", text }, options);
  }

  number(row: number, column: number, value: number, options?: CellOptions): void {
    this.put(row, column, { kind: "number", value }, options);
  }

  formula(
    row: number,
    column: number,
    formula: string,
    expected: number | null,
    options?: CellOptions
  ): void {
    this.put(row, column, { kind: "formula", formula: `=${formula}`, expected }, options);
  }

  /** A header row: bold on the header fill. */
  header(row: number, texts: readonly string[]): void {
    texts.forEach((text, column) => this.text(row, column, text, { style: STYLES.header }));
  }
}

/** The conditions a figure is computed under, as SUMIFS criteria pairs. */
export interface Scope {
  names: ColumnNames;
  /** A year is chosen: the forecast and counts are the add-in's values for that year. */
  yearFiltered: boolean;
  /**
   * For every figure: the department, the baselines left out and, unless they are included,
   * no effects reported elsewhere.
   */
  base: readonly Criterion[];
  /** `base` as SUMPRODUCT factors over the table's rows, for the realised per budget year. */
  baseFilter: RowFilter;
  /** Whether effects also reported elsewhere are in the figures (the filter's choice). */
  reportedElsewhereIncluded: boolean;
  /** The effects reported elsewhere within the department and baselines, included or not. */
  reportedElsewhere: readonly Criterion[];
  /** For leakage: `base`, and the row's realisation date within the year. */
  realised: readonly Criterion[];
  /** The chosen budget year's first and last day (cells of the header), or null. */
  year: DateSpan | null;
  /** For saved hours: `base`, and the start date within the year. */
  hours: readonly Criterion[];
  /** The workbook has the period table Realiseringar (an older one may not). */
  periodTable: boolean;
}

/** Sum of amounts rounded to the öre, as the expected result of a SUM over their cells. */
export const sumKronor = (amounts: readonly number[]): number =>
  amounts.reduce((sum, amount) => sum + Math.round(amount * 100), 0) / 100;
