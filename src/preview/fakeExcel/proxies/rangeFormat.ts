/**
 * Range.format (font.bold, fill.color, columnWidth, wrapText, autofitColumns) and
 * Range.dataValidation. Mixed values load as null, like Excel ("If multiple font colors are
 * present within the range, then range.format.font.color is null").
 */
import { fail } from "../errors";
import type { ContextCore } from "../engine/context";
import { FakeClientObject, type Loaders, type Resolver } from "../engine/clientObject";
import { formatAbsolute } from "../model/address";
import { keyCol, keyRow, readMatrix, updateCell } from "../model/cells";
import { cellText } from "../model/numberText";
import { lastCol, lastRow } from "../model/rect";
import type { CellModel } from "../model/types";
import { clearValidation, ruleAt, setListRule, validationType } from "../model/validation";
import { OPERATION_CELL_LIMIT } from "../model/writes";
import { type RangeHandle, rectOf } from "./handles";

/** Excel's default column: 8.43 characters = 64 px = 48 points. */
export const DEFAULT_COLUMN_WIDTH = 48;

function uniform<T>(h: RangeHandle, read: (c: CellModel) => T): T | null {
  const values = readMatrix(h.sheet, rectOf(h), read).flat();
  const first = values[0] as T;
  return values.every((v) => v === first) ? first : null;
}

function eachCell(h: RangeHandle, patch: Partial<CellModel>): void {
  const r = rectOf(h);
  if (r.rows * r.cols > OPERATION_CELL_LIMIT) fail("OperationCellsExceedLimit", "RangeFormat");
  for (let row = r.row; row <= lastRow(r); row += 1) {
    for (let col = r.col; col <= lastCol(r); col += 1) updateCell(h.sheet, row, col, patch);
  }
}

export class FakeRangeFont extends FakeClientObject<RangeHandle> {
  constructor(context: ContextCore, path: string, source: Resolver<RangeHandle>) {
    super(context, "RangeFont", path, source);
    Object.preventExtensions(this);
  }
  protected override loaders(): Loaders<RangeHandle> {
    return { bold: (h) => uniform(h, (c) => c.bold === true) };
  }
  get bold(): boolean | null {
    return this.readProp("bold");
  }
  set bold(value: boolean | null) {
    this.setProp("bold", value, (h) => eachCell(h, { bold: value === true ? true : undefined }));
  }
}

export class FakeRangeFill extends FakeClientObject<RangeHandle> {
  constructor(context: ContextCore, path: string, source: Resolver<RangeHandle>) {
    super(context, "RangeFill", path, source);
    Object.preventExtensions(this);
  }
  protected override loaders(): Loaders<RangeHandle> {
    return { color: (h) => uniform(h, (c) => c.fill ?? "#FFFFFF") };
  }
  get color(): string | null {
    return this.readProp("color");
  }
  set color(value: string | null) {
    if (typeof value !== "string") fail("InvalidArgument", "RangeFill.color");
    this.setProp("color", value, (h) => eachCell(h, { fill: value.toUpperCase() }));
  }
  clear(): void {
    this.invoke("call", "clear", [], (h) => eachCell(h, { fill: undefined }));
  }
}

export class FakeRangeFormat extends FakeClientObject<RangeHandle> {
  readonly font: FakeRangeFont;
  readonly fill: FakeRangeFill;

  constructor(context: ContextCore, path: string, source: Resolver<RangeHandle>) {
    super(context, "RangeFormat", path, source);
    this.font = new FakeRangeFont(context, `${path}.font`, () => this.handle());
    this.fill = new FakeRangeFill(context, `${path}.fill`, () => this.handle());
    Object.preventExtensions(this);
  }
  protected override loaders(): Loaders<RangeHandle> {
    return {
      columnWidth: (h) => {
        const r = rectOf(h);
        const widths = Array.from(
          { length: r.cols },
          (_, i) => h.sheet.columnWidths.get(r.col + i) ?? DEFAULT_COLUMN_WIDTH
        );
        return widths.every((w) => w === widths[0]) ? widths[0] : null;
      },
      wrapText: (h) => uniform(h, (c) => c.wrapText === true),
    };
  }
  protected override navigation() {
    return { font: this.font, fill: this.fill };
  }
  get columnWidth(): number | null {
    return this.readProp("columnWidth");
  }
  set columnWidth(points: number | null) {
    if (typeof points !== "number" || points < 0)
      fail("InvalidArgument", "RangeFormat.columnWidth");
    this.setProp("columnWidth", points, (h) => {
      const r = rectOf(h);
      for (let col = r.col; col <= lastCol(r); col += 1) h.sheet.columnWidths.set(col, points);
    });
  }
  get wrapText(): boolean | null {
    return this.readProp("wrapText");
  }
  set wrapText(value: boolean | null) {
    this.setProp("wrapText", value, (h) =>
      eachCell(h, { wrapText: value === true ? true : undefined })
    );
  }
  /** Fits each column to its longest text in the range: about 7 px per character + padding. */
  autofitColumns(): void {
    this.invoke("call", "autofitColumns", [], (h) => {
      const r = rectOf(h);
      const longest = new Map<number, number>();
      for (const [key, cell] of h.sheet.cells) {
        const row = keyRow(key);
        const col = keyCol(key);
        if (row < r.row || row > lastRow(r) || col < r.col || col > lastCol(r)) continue;
        longest.set(col, Math.max(longest.get(col) ?? 0, cellText(cell).length));
      }
      for (const [col, chars] of longest)
        h.sheet.columnWidths.set(col, Math.round((chars * 7 + 10) * 0.75));
    });
  }
  autofitRows(): void {
    this.invoke("call", "autofitRows", [], () => undefined);
  }
}

/** Only list rules are simulated; a Range given as source becomes "=Sheet!$A$1:$A$9". */
export class FakeDataValidation extends FakeClientObject<RangeHandle> {
  constructor(context: ContextCore, path: string, source: Resolver<RangeHandle>) {
    super(context, "DataValidation", path, source);
    Object.preventExtensions(this);
  }
  protected override loaders(): Loaders<RangeHandle> {
    return {
      type: (h) => validationType(h.sheet, rectOf(h)),
      rule: (h) => {
        const rule = ruleAt(h.sheet, rectOf(h))?.rule;
        return rule ? { list: { ...rule.list } } : {};
      },
      valid: () => true,
    };
  }
  get type(): string {
    return this.readProp("type");
  }
  get rule(): unknown {
    return this.readProp("rule");
  }
  set rule(rule: unknown) {
    const list = (rule as { list?: { source?: unknown; inCellDropDown?: unknown } } | null)?.list;
    const source = list?.source;
    const wireSource = source instanceof FakeClientObject ? "<Range>" : source;
    const wire = list ? { list: { ...list, source: wireSource } } : rule;
    this.setProp("rule", wire, (h) => {
      let text = source;
      if (source instanceof FakeClientObject) {
        const target = source.handle() as RangeHandle | null;
        if (!target) fail("InvalidArgument", "DataValidation.rule");
        text = `=${formatAbsolute(target.sheet.name, rectOf(target))}`;
      }
      setListRule(h.sheet, rectOf(h), list ? { list: { ...list, source: text } } : rule);
    });
  }
  clear(): void {
    this.invoke("call", "clear", [], (h) => clearValidation(h.sheet, rectOf(h)));
  }
}
