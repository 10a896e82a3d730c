/**
 * The contract's host inside real Excel. An add-in cannot open a second workbook and run in it,
 * so each case gets the pane's own workbook emptied: a new sheet, every other sheet (with its
 * tables, charts and validation) deleted, the add-in's settings removed. So it refuses to start
 * anywhere but in a new blank workbook (`requireBlankWorkbook`): opened by mistake in a real
 * workbook, it deletes nothing.
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
      // The adapter's defaults ask Office itself (requirement sets, clock, ids).
      return { run: (batch) => Excel.run(batch) };
    },
  };
}

/** Rejects unless the workbook is blank: one sheet, and nothing on it. */
export async function requireBlankWorkbook(): Promise<void> {
  const blank = await Excel.run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    const used = sheets.items.map((sheet) => sheet.getUsedRangeOrNullObject(true));
    await context.sync();
    return sheets.items.length === 1 && used.every((range) => range.isNullObject);
  });
  if (!blank) {
    throw new Error(
      "arbetsboken är inte tom: testerna tömmer arbetsboken de körs i, så öppna testtillägget i en ny tom arbetsbok"
    );
  }
}
