/**
 * A queued command, like an action in an Office.js request: what goes over the wire (counted
 * for the payload limits and visible to fault predicates) and what it does to the model.
 */

/** The JSON the command would send; `args` holds written values, so big writes weigh. */
export interface WireCommand {
  /** "get": an object is created (getItem, getRange, ...); "set": a property write. */
  op: "get" | "set" | "call" | "load";
  /** The proxy's path, e.g. `worksheets.getItem("Registrering").getRange("A2:C2")`. */
  target: string;
  /** Property or method name ("values", "add", ...), or the loaded property list. */
  name: string;
  args?: unknown;
}

/** Results travel back with the response and reach the proxies only if the sync succeeds. */
export interface PendingResult {
  payload: unknown;
  apply: () => void;
}

export interface Command {
  wire: WireCommand;
  run: () => PendingResult | void;
}

/** Bytes of JSON, which is how Office.js serialises requests and responses. */
export function jsonSize(value: unknown): number {
  const text = JSON.stringify(value);
  return text === undefined ? 0 : new TextEncoder().encode(text).length;
}

/** Excel on the web: "limits requests and responses to 5 MB" (docs/excel/performance.md). */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** "On all platforms, a range is limited to five million cells for get operations." */
export const READ_CELL_LIMIT = 5_000_000;
