/** The Excel enums the adapter names; values are Excel's strings (see @types/office-js). */

export const InsertShiftDirection = { down: "Down", right: "Right" } as const;
export const DeleteShiftDirection = { up: "Up", left: "Left" } as const;
export const ChartSeriesBy = { auto: "Auto", columns: "Columns", rows: "Rows" } as const;
export const SheetVisibility = {
  visible: "Visible",
  hidden: "Hidden",
  veryHidden: "VeryHidden",
} as const;
export const PageOrientation = { portrait: "Portrait", landscape: "Landscape" } as const;
export const ClearApplyTo = {
  all: "All",
  formats: "Formats",
  contents: "Contents",
  hyperlinks: "Hyperlinks",
  removeHyperlinks: "RemoveHyperlinks",
} as const;
export const ChartLegendPosition = {
  invalid: "Invalid",
  top: "Top",
  bottom: "Bottom",
  left: "Left",
  right: "Right",
  corner: "Corner",
  custom: "Custom",
} as const;
export const DataValidationType = {
  none: "None",
  list: "List",
  inconsistent: "Inconsistent",
} as const;

/** The chart types the summary may use; Excel has many more. */
export const ChartType = {
  columnClustered: "ColumnClustered",
  columnStacked: "ColumnStacked",
  barClustered: "BarClustered",
  barStacked: "BarStacked",
  line: "Line",
  lineMarkers: "LineMarkers",
  pie: "Pie",
  doughnut: "Doughnut",
  area: "Area",
  xyscatter: "XYScatter",
} as const;

/** Excel.ErrorCodes plus the Office-wide codes an adapter can meet. */
export const ErrorCodes = {
  accessDenied: "AccessDenied",
  apiNotFound: "ApiNotFound",
  conflict: "Conflict",
  generalException: "GeneralException",
  insertDeleteConflict: "InsertDeleteConflict",
  invalidArgument: "InvalidArgument",
  invalidOperation: "InvalidOperation",
  invalidReference: "InvalidReference",
  itemAlreadyExists: "ItemAlreadyExists",
  itemNotFound: "ItemNotFound",
  nonBlankCellOffSheet: "NonBlankCellOffSheet",
  notImplemented: "NotImplemented",
  operationCellsExceedLimit: "OperationCellsExceedLimit",
  rangeExceedsLimit: "RangeExceedsLimit",
  requestAborted: "RequestAborted",
  requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
} as const;

/** OfficeExtension.ErrorCodes (client-side codes from the Office.js runtime). */
export const OfficeExtensionErrorCodes = {
  generalException: "GeneralException",
  invalidArgument: "InvalidArgument",
  invalidObjectPath: "InvalidObjectPath",
  propertyNotLoaded: "PropertyNotLoaded",
  valueNotLoaded: "ValueNotLoaded",
  runMustReturnPromise: "RunMustReturnPromise",
  connectionFailure: "ConnectionFailure",
} as const;
