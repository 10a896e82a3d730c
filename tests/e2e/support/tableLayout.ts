/**
 * What axe and the pane's overflow check cannot see: a cell whose text is wider than the cell
 * (a fixed-layout table squeezed into the 320 px pane), so that it runs over its neighbour and
 * two amounts read as one.
 */
import type { Locator } from "playwright-core";

/** The texts of the table's cells whose content is wider than the cell. */
export function cellsRunningOver(table: Locator): Promise<string[]> {
  return table.evaluate((element) =>
    Array.from(element.querySelectorAll("td, th"))
      .filter((cell) => cell.scrollWidth > cell.clientWidth + 1)
      .map((cell) => cell.textContent ?? "")
  );
}
