/** Worksheet.freezePanes and Worksheet.pageLayout. */
import { fail } from "../errors";
import type { ContextCore } from "../engine/context";
import { FakeClientObject, type Loaders, type Resolver } from "../engine/clientObject";
import type { PageLayoutModel, SheetModel } from "../model/types";

/** One split per sheet: each freeze call replaces the previous one, as in Excel's UI. */
export class FakeFreezePanes extends FakeClientObject<SheetModel> {
  constructor(context: ContextCore, path: string, source: Resolver<SheetModel>) {
    super(context, "WorksheetFreezePanes", path, source);
    Object.preventExtensions(this);
  }
  protected override loaders(): Loaders<SheetModel> {
    return {};
  }
  #freeze(name: string, count: number, rows: boolean): void {
    this.invoke("call", name, [count], (sheet) => {
      if (!Number.isInteger(count) || count < 0)
        fail("InvalidArgument", `WorksheetFreezePanes.${name}`);
      sheet.freeze = rows ? { rows: count, columns: 0 } : { rows: 0, columns: count };
    });
  }
  freezeRows(count = 1): void {
    this.#freeze("freezeRows", count, true);
  }
  freezeColumns(count = 1): void {
    this.#freeze("freezeColumns", count, false);
  }
  unfreeze(): void {
    this.invoke("call", "unfreeze", [], (sheet) => {
      sheet.freeze = { rows: 0, columns: 0 };
    });
  }
}

/**
 * `zoom` must be assigned as a whole object ("Writable properties like PageLayout.zoom must be
 * set with an object at that level", learn.microsoft.com "Application-specific API model").
 */
export class FakePageLayout extends FakeClientObject<SheetModel> {
  constructor(context: ContextCore, path: string, source: Resolver<SheetModel>) {
    super(context, "PageLayout", path, source);
    Object.preventExtensions(this);
  }
  protected override loaders(): Loaders<SheetModel> {
    return {
      orientation: (s) => s.pageLayout.orientation,
      zoom: (s) => ({ ...s.pageLayout.zoom }),
    };
  }
  get orientation(): string {
    return this.readProp("orientation");
  }
  set orientation(value: string) {
    this.setProp("orientation", value, (sheet) => {
      if (value !== "Portrait" && value !== "Landscape")
        fail("InvalidArgument", "PageLayout.orientation");
      sheet.pageLayout.orientation = value;
    });
  }
  get zoom(): PageLayoutModel["zoom"] {
    return this.readProp("zoom");
  }
  set zoom(value: PageLayoutModel["zoom"]) {
    this.setProp("zoom", value, (sheet) => {
      if (typeof value !== "object" || value === null) fail("InvalidArgument", "PageLayout.zoom");
      const { horizontalFitToPages, verticalFitToPages, scale } = value;
      if (this.context.engine.quirks.pageSetup === "rejectUndocumented") {
        rejectUndocumentedZoom(value);
      }
      const fit = horizontalFitToPages !== undefined || verticalFitToPages !== undefined;
      sheet.pageLayout.zoom = fit
        ? { horizontalFitToPages, verticalFitToPages }
        : { scale: scale ?? 100 };
    });
  }
}

/**
 * PageLayoutZoomOptions documents fit-to-pages as a number of pages and `scale` as 10–400;
 * the "as many pages as it takes" value 0 is not documented, so a strict host may refuse it.
 */
function rejectUndocumentedZoom(zoom: PageLayoutModel["zoom"]): void {
  const pages = [zoom.horizontalFitToPages, zoom.verticalFitToPages];
  const badPages = pages.some((n) => n !== undefined && (!Number.isInteger(n) || n < 1));
  const badScale = zoom.scale !== undefined && (zoom.scale < 10 || zoom.scale > 400);
  if (badPages || badScale) fail("InvalidArgument", "PageLayout.zoom");
}
