/**
 * The `Kategori` sheet's four lists. Organisations edit them, add values, and move them, so
 * each list is found by its header text anywhere in the sheet and read down to the end.
 */
import { foldText, type CellValue } from "./cells";
import { DEFAULT_EFFECT_TYPES, DEFAULT_REASONS } from "./effect";

export const LIST_HEADERS = {
  categories: "Kategori",
  departments: "Förvaltning",
  types: "Typ av effektivisering",
  reasons: "Anledning till effektivisering",
} as const;

export type ListName = keyof typeof LIST_HEADERS;

const LIST_NAMES = [
  "categories",
  "departments",
  "types",
  "reasons",
] as const satisfies readonly ListName[];

export interface EffectLists {
  categories: string[];
  departments: string[];
  types: string[];
  reasons: string[];
}

/** The blank template's lists: the organisation fills in categories and departments. */
export const DEFAULT_LISTS: Readonly<EffectLists> = {
  categories: [],
  departments: [],
  types: [...DEFAULT_EFFECT_TYPES],
  reasons: [...DEFAULT_REASONS],
};

/** A 0-based cell position in the sheet's used range. */
export interface CellLocation {
  row: number;
  column: number;
}

export interface ListsReading {
  /** A list whose header is missing is empty here; the caller decides what to do. */
  lists: EffectLists;
  /** Where each list's header cell is, or null when it is missing. */
  locations: Record<ListName, CellLocation | null>;
  missing: ListName[];
}

/**
 * Reads the lists from the sheet's values. A list ends at the end of the grid, or at another
 * list's header below it in the same column (for someone who stacked two lists).
 */
export function readLists(values: readonly (readonly CellValue[])[]): ListsReading {
  const locations: Record<ListName, CellLocation | null> = {
    categories: findCell(values, LIST_HEADERS.categories),
    departments: findCell(values, LIST_HEADERS.departments),
    types: findCell(values, LIST_HEADERS.types),
    reasons: findCell(values, LIST_HEADERS.reasons),
  };
  const headerCells = new Set(
    Object.values(locations).flatMap((cell) => (cell ? [`${cell.row}:${cell.column}`] : []))
  );
  const listBelow = (header: CellLocation | null): string[] => {
    const items: string[] = [];
    if (!header) return items;
    for (let row = header.row + 1; row < values.length; row++) {
      if (headerCells.has(`${row}:${header.column}`)) break;
      const text = listText(values[row]?.[header.column]);
      if (text !== "" && matchListValue(items, text) === null) items.push(text);
    }
    return items;
  };
  return {
    lists: {
      categories: listBelow(locations.categories),
      departments: listBelow(locations.departments),
      types: listBelow(locations.types),
      reasons: listBelow(locations.reasons),
    },
    locations,
    missing: LIST_NAMES.filter((name) => locations[name] === null),
  };
}

/** The list's own spelling of `value` (case and spacing ignored), or null if it isn't there. */
export function matchListValue(list: readonly string[], value: string): string | null {
  const key = foldText(value);
  return list.find((item) => foldText(item) === key) ?? null;
}

/** The lists with `value` appended to one of them, unless it is blank or already there. */
export function withListValue(
  lists: EffectLists,
  name: ListName,
  value: string
): { lists: EffectLists; added: boolean } {
  const text = value.trim();
  if (text === "" || matchListValue(lists[name], text) !== null) return { lists, added: false };
  return { lists: { ...lists, [name]: [...lists[name], text] }, added: true };
}

function findCell(values: readonly (readonly CellValue[])[], text: string): CellLocation | null {
  const key = foldText(text);
  for (const [row, cells] of values.entries()) {
    const column = cells.findIndex((cell) => typeof cell === "string" && foldText(cell) === key);
    if (column >= 0) return { row, column };
  }
  return null;
}

/** A list value's text: numbers as text (a list of years), booleans are no list values. */
function listText(cell: CellValue | undefined): string {
  if (typeof cell === "number") return String(cell);
  return typeof cell === "string" ? cell.trim() : "";
}
