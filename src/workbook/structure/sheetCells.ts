/** Comparing a row as Excel reads it with the cells the add-in writes. */
import type { CellValue } from "../../domain/model/cells";

/** Whether the sheet's row holds every cell of `cells` (null: any), except at `skip`. */
export function holdsCells(
  inSheet: readonly CellValue[],
  cells: readonly (CellValue | null)[],
  skip: readonly number[]
): boolean {
  return cells.every((cell, i) => skip.includes(i) || cell === null || sameCell(inSheet[i], cell));
}

/** The sheet reads text without the quote prefix the add-in writes it with. */
export function sameCell(
  inSheet: CellValue | undefined,
  written: CellValue | null | undefined
): boolean {
  const ours = typeof written === "string" && written.startsWith("'") ? written.slice(1) : written;
  return (inSheet ?? "") === (ours ?? "");
}
