/**
 * The simulated workbook: plain data that co-authors share. Proxies (../proxies) never hold
 * cell data themselves; they read and write this model only inside `context.sync()`.
 * A formula cell's `value` is its computed result (../formulas recalculates after each change;
 * a file's cached result until then).
 */

export type CellValue = string | number | boolean;

export interface CellModel {
  /** "" means empty. For a formula cell: its computed result (see above). */
  value: CellValue;
  /** Formula text including the leading "=". */
  formula?: string;
  /** Excel's number format code; absent means "General". */
  numberFormat?: string;
  /** The cell was entered with a leading apostrophe: the text stays text when edited. */
  quotePrefix?: boolean;
  bold?: boolean;
  /** Fill colour as "#RRGGBB". */
  fill?: string;
  wrapText?: boolean;
}

/** Zero-based rectangle, like Range.rowIndex / columnIndex / rowCount / columnCount. */
export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export type ListSource = string;

export interface ValidationModel {
  rect: Rect;
  rule: { list: { inCellDropDown: boolean; source: ListSource } };
  /** Other DataValidation properties are kept as given (errorAlert, prompt, ignoreBlanks). */
  extras: Record<string, unknown>;
}

export interface ChartSeriesModel {
  name: string;
  /** Addresses with sheet name, e.g. "Sammanställning!B2:B5"; "" when not set. */
  nameSource: string;
  valuesSource: string;
  categoriesSource: string;
}

export interface ChartModel {
  id: string;
  name: string;
  type: string;
  seriesBy: "Columns" | "Rows";
  sourceAddress: string;
  title: string;
  series: ChartSeriesModel[];
  valueAxis: { numberFormat: string; title: string };
  categoryAxis: { numberFormat: string; title: string };
  legendPosition: string;
  legendVisible: boolean;
  /** Top-left and bottom-right cell addresses given to setPosition. */
  position: { startCell: string; endCell: string };
  deleted?: boolean;
}

export interface PageLayoutModel {
  orientation: "Portrait" | "Landscape";
  /** PageLayout.zoom with fit-to-pages, or a scale. */
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
}

export interface SheetModel {
  id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  /** Key: row * MAX_COLUMNS + column. */
  cells: Map<number, CellModel>;
  /** Column widths in points, like RangeFormat.columnWidth. */
  columnWidths: Map<number, number>;
  freeze: { rows: number; columns: number };
  pageLayout: PageLayoutModel;
  validations: ValidationModel[];
  charts: ChartModel[];
  deleted?: boolean;
}

export interface TableModel {
  id: string;
  name: string;
  sheetId: string;
  /** Header row, body and (when showTotals) the totals row. */
  rect: Rect;
  style: string;
  showTotals: boolean;
  deleted?: boolean;
}

export interface DefinedName {
  name: string;
  /** Refers-to formula without "=", e.g. "Kategori!$A$4:$A$20". */
  formula: string;
}

/** A range proxy's live position; Excel adjusts tracked ranges when cells shift. */
export interface TrackedRange {
  sheetId: string;
  rect: Rect;
}

export interface FakeWorkbook {
  sheets: SheetModel[];
  tables: TableModel[];
  /** Workbook settings (Office.js `context.workbook.settings`): JSON-able values. */
  settings: Map<string, unknown>;
  names: DefinedName[];
  activeSheetId: string;
  nextId: number;
  /** Ranges that open `Excel.run` batches hold; runtime state, never saved. */
  trackedRanges: Set<TrackedRange>;
}
