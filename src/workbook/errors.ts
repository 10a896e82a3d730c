/**
 * The one error type the workbook layer throws. The pane shows `message` (Swedish) in a
 * MessageBar and decides from `kind` whether to offer a repair or a retry.
 */
import { workbookMessages } from "./messages.sv";

export type WorkbookErrorKind =
  | "missingTable" // no registration table: offer "Skapa mallen i arbetsboken"
  | "missingColumns" // the table lacks columns the add-in needs: offer repair
  | "missingLists" // the Kategori sheet or one of its lists is gone: offer repair
  | "notFound" // no row with that id (deleted by a colleague)
  | "staleEdit" // the row changed since it was read: reload before editing
  | "refused" // a rule refuses the change (e.g. verifying one's own effect); the message says why
  | "payloadTooLarge" // Excel refused a request as too large even after splitting
  | "syncFailed"; // Excel refused or lost a request: the pane offers to try again

export class WorkbookError extends Error {
  constructor(
    readonly kind: WorkbookErrorKind,
    message: string,
    override readonly cause?: unknown
  ) {
    super(message);
    this.name = "WorkbookError";
  }
}

/** Wraps anything Office.js throws, so callers only ever see WorkbookError. */
export function asWorkbookError(error: unknown): WorkbookError {
  if (error instanceof WorkbookError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded") {
    return new WorkbookError("payloadTooLarge", workbookMessages.payloadTooLarge, error);
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new WorkbookError("syncFailed", workbookMessages.syncFailed(detail), error);
}

/**
 * Whether a failed sync may have been refused for its size: Excel on the web says so with its
 * own codes, older builds only with `GeneralException` (fake quirk `payloadError`). A reader
 * that can split its request tries smaller; a request of one row rethrows what Excel said.
 */
export function mayBeTooLarge(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return asWorkbookError(error).kind === "payloadTooLarge" || code === "GeneralException";
}
