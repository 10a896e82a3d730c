/**
 * The ribbon's function file (manifest FunctionFile): commands that run without the pane.
 * "Uppdatera sammanställning" calls the same workbook code as the pane's button.
 */
import { createExcelWorkbook } from "../workbook/excelWorkbook";
import type { WorkbookPort } from "../workbook/port";

/**
 * Rebuilds the sheet Sammanställning with the filter remembered in the workbook (the pane's
 * last choice). A ribbon command has no place to show an error, and a dialog would be modal:
 * on failure nothing is shown and nothing is logged. The refresh reads and computes everything
 * before it writes, so a failure leaves the sheet as it was; the pane's button shows the
 * reason. Office needs `completed()` whatever happens, or the button stays busy.
 */
export async function refreshSummary(
  event: Office.AddinCommands.Event,
  workbook: Pick<WorkbookPort, "refreshSummary"> = createExcelWorkbook()
): Promise<void> {
  try {
    await workbook.refreshSummary();
  } catch {
    // Deliberately silent, see above.
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  Office.actions.associate("refreshSummary", (event: Office.AddinCommands.Event) =>
    refreshSummary(event)
  );
});
