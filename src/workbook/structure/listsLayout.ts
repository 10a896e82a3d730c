/**
 * The `Kategori` sheet as the template has it: an instruction, the four list headers in A3:D3
 * and the default Typ and Anledning values below them. The template generator and the repair
 * of a workbook both write this, so a repaired workbook looks like a new one.
 */
import { columnLetter, type CellValue } from "../../domain/model/cells";
import { AMOUNT_BASES, BASELINES, EFFECT_STATUSES } from "../../domain/model/effect";
import { DEFAULT_LISTS, LIST_HEADERS, type ListName } from "../../domain/model/lists";
import { NO, YES, type ColumnKey } from "../../domain/model/tableSchema";
import { LIST_TEMPLATE_HEADER_ROW } from "./layout";

export const LIST_ORDER: readonly ListName[] = ["categories", "departments", "types", "reasons"];

export const LISTS_INSTRUCTION =
  "Fyll i era kategorier och förvaltningar under rubrikerna. Listorna används när ni registrerar effektiviseringar; lägg gärna till egna värden.";

/** The list's header followed by its default values, as one column of cells. */
export function listColumn(list: ListName): string[] {
  return [LIST_HEADERS[list], ...DEFAULT_LISTS[list]];
}

/** The whole sheet's cells from A1, rectangular, "" for empty cells. */
export function listsSheetGrid(): CellValue[][] {
  const columns = LIST_ORDER.map(listColumn);
  const height = LIST_TEMPLATE_HEADER_ROW + Math.max(...columns.map((c) => c.length));
  return Array.from({ length: height }, (_, row) => {
    if (row === 0) return LIST_ORDER.map((_, column) => (column === 0 ? LISTS_INSTRUCTION : ""));
    return columns.map((column) => column[row - LIST_TEMPLATE_HEADER_ROW] ?? "");
  });
}

/** `='Kategori'!$A$4:$A$503`: the cells a list validation offers, below a header. */
export function listValidationSource(
  sheet: string,
  header: { row: number; column: number },
  depth: number
): string {
  const letter = columnLetter(header.column);
  const quoted = `'${sheet.replace(/'/g, "''")}'`;
  return `=${quoted}!$${letter}$${header.row + 2}:$${letter}$${header.row + 1 + depth}`;
}

/** What a choice column's drop-down offers: one of the lists, or a fixed set of values. */
export type ChoiceSource = { list: ListName } | { values: readonly string[] };

const CHOICES: Partial<Record<ColumnKey, ChoiceSource>> = {
  category: { list: "categories" },
  department: { list: "departments" },
  type: { list: "types" },
  reason: { list: "reasons" },
  status: { values: EFFECT_STATUSES },
  basis: { values: AMOUNT_BASES },
  budgetAffecting: { values: [YES, NO] },
  baseline: { values: BASELINES },
  // Verifierat has none: only the add-in records a verification.
};

export const choiceSource = (key: ColumnKey): ChoiceSource | null => CHOICES[key] ?? null;
