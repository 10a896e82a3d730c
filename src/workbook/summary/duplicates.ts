/**
 * The section "Möjliga dubbelregistreringar": the domain's groups of effects with the same
 * Ärende, Typ and forecast, with their IDs to find them by in the table. At most
 * MAX_DUPLICATE_GROUPS are listed, so the sheet's single write stays small whatever the data.
 */
import type { DuplicateGroup } from "../../domain/calculate/duplicates";
import { PlanCells } from "./cells";
import { amountFormat, STYLES } from "./formats";
import { summaryText } from "./messages.sv";

export const MAX_DUPLICATE_GROUPS = 25;

/** Writes the section from `top`; returns its last row. */
export function duplicatesSection(
  cells: PlanCells,
  top: number,
  duplicates: readonly DuplicateGroup[]
): number {
  const text = summaryText.duplicates;
  cells.text(top, 0, text.heading, { style: STYLES.label, spills: true });
  if (duplicates.length === 0) {
    cells.text(top + 1, 0, text.none, { spills: true });
    return top + 1;
  }
  cells.text(top + 1, 0, text.note, { spills: true });
  cells.header(top + 2, [text.caseName, text.type, text.forecast, text.ids]);
  const listed = duplicates.slice(0, MAX_DUPLICATE_GROUPS);
  const format = amountFormat(listed.map((group) => group.forecast));
  listed.forEach((group, i) => {
    const row = top + 3 + i;
    cells.text(row, 0, group.caseName);
    cells.text(row, 1, group.type);
    cells.number(row, 2, group.forecast, { numberFormat: format, style: STYLES.computed });
    // Nothing stands to the right of the section, so a long list of IDs may run on.
    cells.text(row, 3, group.ids.join(", "), { spills: true });
  });
  const last = top + 2 + listed.length;
  if (listed.length === duplicates.length) return last;
  cells.text(last + 1, 0, text.more(duplicates.length - listed.length), { spills: true });
  return last + 1;
}
