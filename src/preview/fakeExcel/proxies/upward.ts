/**
 * The Worksheet for proxies below it in the object tree (a Range's and a Table's `worksheet`).
 * worksheet.ts imports them to make its ranges and tables, so they cannot import it back
 * without an import cycle; it hands its constructor here when it loads instead (the cycle
 * check in `npm test` skips type-only imports, which vanish from the built code). Every
 * context reaches a Range or a Table through `workbook.worksheets`, which loads worksheet.ts.
 */
import type { ContextCore } from "../engine/context";
import type { Resolver } from "../engine/clientObject";
import type { SheetModel } from "../model/types";
import type { FakeWorksheet } from "./worksheet";

type WorksheetMaker = (
  context: ContextCore,
  path: string,
  source: Resolver<SheetModel>
) => FakeWorksheet;

let makeWorksheet: WorksheetMaker | undefined;

export function provideWorksheets(maker: WorksheetMaker): void {
  makeWorksheet = maker;
}

export function worksheetProxy(
  context: ContextCore,
  path: string,
  source: Resolver<SheetModel>
): FakeWorksheet {
  if (!makeWorksheet) throw new Error("fakeExcel: proxies/worksheet.ts was never loaded");
  return makeWorksheet(context, path, source);
}
