/**
 * Behaviours real Excel may have that the documented happy path does not promise. Each is off by
 * default (the fake then behaves as Microsoft documents); each has its source in README.md.
 * The adapter must survive every variant: the contract suite runs once per QUIRK_MATRIX entry.
 */
export interface FakeExcelQuirks {
  /**
   * When a write below a table makes it grow. "always" (default): every row written directly
   * below, as far as data goes. "firstRowOnly": only the first row of a multi-row write
   * (office-js #3191, #3013). "never": AutoCorrect's "Include new rows and columns in table"
   * switched off by the user (per user, so one co-author may have it off).
   */
  tableAutoExpand?: "always" | "firstRowOnly" | "never";
  /** A row whose first table column is blank does not expand the table (office-js #2097). */
  blankFirstCellStopsExpansion?: boolean;
  /** `find`/`findOrNullObject` find nothing on a hidden sheet (office-js #6349, desktop). */
  findOnHiddenSheet?: "null";
  /** A command on a null object fails the sync instead of being ignored (server-side, undocumented). */
  nullObjectCommands?: "throw";
  /** PageLayout values outside the documented ranges (e.g. `verticalFitToPages: 0`) are refused. */
  pageSetup?: "rejectUndocumented";
  /** An oversized payload is reported as `GeneralException` (older Excel on the web). */
  payloadError?: "general";
  /** The newest ExcelApi requirement set the host supports, e.g. "1.12": no `Table.resize` (1.13). */
  excelApi?: "1.12";
}

/** Every quirk that may appear, once each: the variants the adapter's contract runs under. */
export const QUIRK_MATRIX: ReadonlyArray<{ name: string; quirks: FakeExcelQuirks }> = [
  { name: "standard", quirks: {} },
  { name: "tableAutoExpand: firstRowOnly", quirks: { tableAutoExpand: "firstRowOnly" } },
  { name: "tableAutoExpand: never", quirks: { tableAutoExpand: "never" } },
  {
    name: "tableAutoExpand: never, ExcelApi 1.12",
    quirks: { tableAutoExpand: "never", excelApi: "1.12" },
  },
  { name: "blankFirstCellStopsExpansion", quirks: { blankFirstCellStopsExpansion: true } },
  { name: "findOnHiddenSheet: null", quirks: { findOnHiddenSheet: "null" } },
  { name: "nullObjectCommands: throw", quirks: { nullObjectCommands: "throw" } },
  { name: "pageSetup: rejectUndocumented", quirks: { pageSetup: "rejectUndocumented" } },
  { name: "payloadError: general", quirks: { payloadError: "general" } },
  { name: "excelApi: 1.12", quirks: { excelApi: "1.12" } },
  {
    name: "all at once",
    quirks: {
      tableAutoExpand: "firstRowOnly",
      blankFirstCellStopsExpansion: true,
      findOnHiddenSheet: "null",
      nullObjectCommands: "throw",
      pageSetup: "rejectUndocumented",
      payloadError: "general",
      excelApi: "1.12",
    },
  },
];

/** The newest ExcelApi minor version the fake supports when no quirk lowers it. */
const NEWEST_EXCEL_API = "1.17";

const minor = (version: string): number => Number(version.split(".")[1] ?? 0);

/** `Office.context.requirements.isSetSupported` as this fake's host would answer it. */
export function isSetSupported(quirks: FakeExcelQuirks, name: string, version = "1.1"): boolean {
  if (name !== "ExcelApi") return false;
  return minor(version) <= minor(quirks.excelApi ?? NEWEST_EXCEL_API);
}
