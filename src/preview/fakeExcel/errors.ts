/**
 * The error Office.js rejects `context.sync()` with (`OfficeExtension.Error`): a `code` from
 * Excel.ErrorCodes / OfficeExtension.ErrorCodes, the application's message and `debugInfo`.
 * Messages copy Excel's where we know them: the client-side ones come from the Office.js
 * runtime (`@microsoft/office-js` dist/excel-web-16.00.debug.js, ResourceStrings), the others
 * from learn.microsoft.com "Error handling with the application-specific JavaScript APIs".
 */

export type FakeErrorCode =
  | "GeneralException"
  | "ApiNotFound"
  | "InvalidArgument"
  | "InvalidOperation"
  | "InvalidReference"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "InsertDeleteConflict"
  | "NonBlankCellOffSheet"
  | "NotImplemented"
  | "PropertyNotLoaded"
  | "ValueNotLoaded"
  | "InvalidObjectPath"
  | "RunMustReturnPromise"
  | "ConnectionFailure"
  | "RangeExceedsLimit"
  | "OperationCellsExceedLimit"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded";

const MESSAGES: Partial<Record<FakeErrorCode, string>> = {
  GeneralException: "There was an internal error while processing the request.",
  ApiNotFound:
    "The API you are trying to use could not be found. It may be available in a newer version of Excel.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperation: "The operation attempted is invalid on the object.",
  ItemNotFound: "The requested resource doesn't exist.",
  ItemAlreadyExists: "The resource being created already exists.",
  InsertDeleteConflict: "The insert or delete operation attempted resulted in a conflict.",
  NonBlankCellOffSheet:
    "Microsoft Excel can't insert new cells because it would push non-empty cells off the end of the worksheet.",
  ValueNotLoaded:
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
  RunMustReturnPromise:
    'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation. Typically, you return a promise by returning the response from "context.sync()".',
  ConnectionFailure: "The connection to the Office application failed.",
  InvalidObjectPath:
    'The object path isn\'t working for what you\'re trying to do. If you\'re using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object\'s lifetime.',
  RangeExceedsLimit: "The cell count in the range has exceeded the maximum supported number.",
  OperationCellsExceedLimit:
    "The attempted operation affects more than the limit of 33554000 cells.",
  RequestPayloadSizeLimitExceeded: "The request payload size has exceeded the limit.",
  ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit.",
};

export interface FakeDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
}

/** Shaped like `OfficeExtension.Error`, so `error.code` checks in the adapter work unchanged. */
export class FakeOfficeError extends Error {
  override readonly name = "RichApi.Error";
  readonly code: string;
  readonly debugInfo: FakeDebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: FakeOfficeError | null = null;

  constructor(code: string, message?: string, errorLocation?: string) {
    const text = message ?? MESSAGES[code as FakeErrorCode] ?? code;
    super(text);
    this.code = code;
    this.debugInfo = { code, message: text, ...(errorLocation ? { errorLocation } : {}) };
  }
}

export function fail(code: FakeErrorCode, location?: string, message?: string): never {
  throw new FakeOfficeError(code, message, location);
}

/** Office.js throws this on the client when a property is read before load + sync. */
export function propertyNotLoaded(property: string, location: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${location}.${property}`
  );
}

/** Excel's wording when a 2-D array does not fit the range it is written to. */
export const SHAPE_MISMATCH =
  "The number of rows or columns in the input array doesn't match the size or dimensions of the range.";

/** Something Excel supports but this simulation does not: loud, and clearly ours. */
export function notSimulated(what: string): never {
  throw new FakeOfficeError("NotImplemented", `fakeExcel does not simulate ${what}.`);
}
