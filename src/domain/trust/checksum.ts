/**
 * A row's checksum, written by the add-in with every row it writes and compared on every read:
 * a row whose stored fields no longer give the same checksum was changed by hand in Excel, and
 * is shown as "ändrad utanför tillägget" rather than silently trusted (and never counts as
 * verified). It notices undisclosed edits; it is not a signature, as anyone can recompute it.
 *
 * Computed from the parsed fields of a versioned list of columns (the catalogue's
 * `checksumSince`), in the catalogue's order (so moving columns in the sheet changes nothing),
 * each in a canonical form that survives the trip through Excel and a saved file:
 * - list values and choices folded as the reader matches them (a list value recased in the
 *   lists still matches); user text as written, so a changed letter case is noticed;
 * - kronor as integer öre: exact, so a changed öre on a billion is noticed;
 * - other numbers to 13 significant digits (a file keeps 15 to 17).
 */
import { toOre } from "../calculate/calculate";
import type { Effect } from "../model/effect";
import { TABLE_COLUMNS, type ColumnKind } from "../model/tableSchema";

/** What the checksum needs of a column: the catalogue's declaration (see `checksumSince`). */
export interface SummedColumn {
  key: string;
  kind: ColumnKind;
  checksumSince: number | null;
}

/** A row's fields by column key (an Effect, or an effect of a grown catalogue in tests). */
type Fields = object;

/** "v2:" + 16 hex digits; version 1 is the bare hash, as written before versions existed. */
const STORED = /^(?:v([1-9]\d*):)?([0-9a-f]{16})$/;

export interface Checksum {
  /** The newest version: the one every write uses. */
  version: number;
  /** The checksum to store with a row, over the columns of `version`. */
  of(fields: Fields, version?: number): string;
  /** Whether a stored checksum still matches the fields, over the columns of its own version. */
  matches(fields: Fields, stored: string): boolean;
}

/**
 * The checksum over a catalogue. Version n covers the columns declared `checksumSince` ≤ n, in
 * the catalogue's order; a row keeps the version it was written with, so a column added later
 * (a new version) changes nothing for the rows written before it.
 */
export function checksumOver(columns: readonly SummedColumn[]): Checksum {
  const version = Math.max(...columns.map((column) => column.checksumSince ?? 1));
  const summedIn = (v: number) =>
    columns.filter((column) => column.checksumSince !== null && column.checksumSince <= v);
  const of = (fields: Fields, v = version): string => {
    const canonical = summedIn(v)
      .map(({ key, kind }) => canonicalValue((fields as Record<string, unknown>)[key], kind))
      .join("\u001f");
    // Two 32-bit FNV-1a passes with different offsets: 64 bits, fast enough for 100 000 rows.
    const hash = hex(fnv1a(canonical, 0x811c9dc5)) + hex(fnv1a(canonical, 0x050c5d1f));
    return v === 1 ? hash : `v${v}:${hash}`;
  };
  const matches = (fields: Fields, stored: string): boolean => {
    const parsed = STORED.exec(stored);
    const v = Number(parsed?.[1] ?? 1);
    // A version newer than this catalogue was written by a newer add-in: it cannot be checked.
    return parsed !== null && v <= version && of(fields, v) === stored;
  };
  return { version, of, matches };
}

const CHECKSUM = checksumOver(TABLE_COLUMNS);

/** The checksum that a write stores with the effect's row. */
export const effectChecksum = (effect: Effect): string => CHECKSUM.of(effect);

/** Whether the stored checksum still matches the row's fields. */
export const matchesChecksum = (effect: Effect): boolean =>
  CHECKSUM.matches(effect, effect.checksum);

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
