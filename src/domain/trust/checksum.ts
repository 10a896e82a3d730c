/**
 * A row's checksum, written by the add-in with every row it writes and compared on every read:
 * a row whose stored fields no longer give the same checksum was changed by hand in Excel, and
 * is shown as "ändrad utanför tillägget" rather than silently trusted (and never counts as
 * verified). It notices undisclosed edits; it is not a signature, as anyone can recompute it.
 *
 * Computed from the parsed fields, in the schema's order (so moving columns changes nothing),
 * each in a canonical form that survives the trip through Excel and a saved file:
 * - list values and choices folded as the reader matches them (a list value recased in the
 *   lists still matches); user text as written, so a changed letter case is noticed;
 * - kronor as integer öre: exact, so a changed öre on a billion is noticed;
 * - other numbers to 13 significant digits (a file keeps 15 to 17).
 */
import { toOre } from "../calculate/calculate";
import type { Effect } from "../model/effect";
import { TABLE_COLUMNS, type ColumnKind } from "../model/tableSchema";

const SUMMED = TABLE_COLUMNS.filter((c) => c.key !== "forecast" && c.key !== "checksum");

export function effectChecksum(effect: Effect): string {
  const canonical = SUMMED.map(({ key, kind }) =>
    canonicalValue(effect[key as keyof Effect], kind)
  ).join("\u001f");
  // Two 32-bit FNV-1a passes with different offsets: 64 bits, fast enough for 100 000 rows.
  return hex(fnv1a(canonical, 0x811c9dc5)) + hex(fnv1a(canonical, 0x050c5d1f));
}

/** Whether the stored checksum still matches the row's fields. */
export const matchesChecksum = (effect: Effect): boolean =>
  effect.checksum !== "" && effect.checksum === effectChecksum(effect);

function canonicalValue(value: unknown, kind: ColumnKind): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") {
    return kind === "kronor" ? String(toOre(value)) : String(Number(value.toPrecision(13)));
  }
  if (typeof value === "boolean") return value ? "1" : "0";
  // As foldText (cells.ts) without its lower case, which only choices get. Cells are read
  // trimmed, and a line break may come back as \n for \r\n.
  const spaced = String(value).normalize("NFC").trim().replace(/\s+/g, " ");
  return kind === "choice" ? spaced.toLowerCase() : spaced;
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
