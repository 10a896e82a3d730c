/**
 * A row's checksum, written by the add-in with every row it writes and compared on every read:
 * a row whose stored fields no longer give the same checksum was changed by hand in Excel, and
 * is shown as "ändrad utanför tillägget" rather than silently trusted (and never counts as
 * verified). It notices undisclosed edits; it is not a signature, as anyone can recompute it.
 *
 * Computed from the parsed fields, in the schema's order (so moving columns changes nothing),
 * each in a canonical form that survives the trip through Excel and a saved file: text folded
 * as headers and list values are matched (a list value recased in the lists still matches),
 * numbers to 13 significant digits (a file keeps 15 to 17).
 */
import { foldText } from "./cells";
import type { Effect } from "./effect";
import { TABLE_COLUMNS } from "./tableSchema";

const SUMMED = TABLE_COLUMNS.filter((c) => c.key !== "forecast" && c.key !== "checksum");

export function effectChecksum(effect: Effect): string {
  const canonical = SUMMED.map(({ key }) => canonicalValue(effect[key as keyof Effect])).join(
    "\u001f"
  );
  // Two 32-bit FNV-1a passes with different offsets: 64 bits, fast enough for 100 000 rows.
  return hex(fnv1a(canonical, 0x811c9dc5)) + hex(fnv1a(canonical, 0x050c5d1f));
}

/** Whether the stored checksum still matches the row's fields. */
export const matchesChecksum = (effect: Effect): boolean =>
  effect.checksum !== "" && effect.checksum === effectChecksum(effect);

function canonicalValue(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(Number(value.toPrecision(13)));
  if (typeof value === "boolean") return value ? "1" : "0";
  return foldText(String(value));
}

function fnv1a(text: string, offset: number): number {
  let hash = offset;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

const hex = (value: number): string => value.toString(16).padStart(8, "0");
