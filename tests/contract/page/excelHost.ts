/**
 * The contract's host inside real Excel. An add-in cannot open a second workbook and run in it,
 * so each case gets the pane's own workbook emptied: a new sheet, every other sheet (with its
 * tables, charts and validation) deleted, the add-in's settings removed. Run it in a new blank
 * workbook: everything in it is deleted.
 */
import type { ContractHost } from "../host";

export function excelHost(name: string): ContractHost {
  let cases = 0;
  return {
    name,
    async blankWorkbook() {
      const fresh = `Kontrakt ${++cases}`;
      await Excel.run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.add(fresh).activate();
        sheets.load("items/name");
        const settings = context.workbook.settings.load("items/key");
        await context.sync();
        for (const sheet of sheets.items.filter((s) => s.name !== fresh)) {
          // A "very hidden" sheet cannot be deleted (Worksheet.delete reference): show it first.
          sheet.visibility = Excel.SheetVisibility.visible;
          sheet.delete();
        }
        settings.items.forEach((setting) => setting.delete());
        await context.sync();
      });
      return (batch) => Excel.run(batch);
    },
  };
}
