/**
 * Excel.Range. Reads go through the sheet's cells at sync time; `values` of a formula cell is
 * its cached result (see model/types). Writes parse like typed input (model/input) and may
 * expand a table (model/tables autoExpand).
 */
import { fail } from "../errors";
import type { ContextCore } from "../engine/context";
import type { Resolver } from "../engine/clientObject";
import { formatAddress } from "../model/address";
import { clearRect, usedRect } from "../model/cells";
import type { FindCriteria } from "../model/find";
import { r1c1ToA1 } from "../model/r1c1";
import { shiftCells } from "../model/shift";
import type { Rect } from "../model/types";
import { writeCells, writeNumberFormat } from "../model/writes";
import { pathArgs, type RangeHandle, rectOf, trackRange } from "./handles";
import { FakeDataValidation, FakeRangeFormat } from "./rangeFormat";
import {
  boundingRect,
  FakeRangeReads,
  foundCell,
  GEOMETRY,
  type GeometryName,
  overlap,
  pathOf,
  shiftAxis,
} from "./rangeModel";
import { worksheetProxy } from "./upward";
import type { FakeWorksheet } from "./worksheet";

type RectFn = (rect: Rect, handle: RangeHandle) => Rect | null;

export class FakeRange extends FakeRangeReads {
  #format: FakeRangeFormat | undefined;
  #dataValidation: FakeDataValidation | undefined;
  #worksheet: FakeWorksheet | undefined;

  constructor(context: ContextCore, path: string, source: Resolver<RangeHandle>) {
    super(context, "Range", path, source);
    Object.preventExtensions(this);
  }

  protected override navigation() {
    return { format: this.format, dataValidation: this.dataValidation, worksheet: this.worksheet };
  }

  get values(): unknown[][] {
    return this.readProp("values");
  }
  set values(input: unknown) {
    this.setProp("values", input, (h) =>
      writeCells(
        this.context.model,
        h.sheet,
        rectOf(h),
        input,
        "Range.values",
        this.context.engine.quirks
      )
    );
  }
  get formulas(): unknown[][] {
    return this.readProp("formulas");
  }
  set formulas(input: unknown) {
    this.setProp("formulas", input, (h) =>
      writeCells(
        this.context.model,
        h.sheet,
        rectOf(h),
        input,
        "Range.formulas",
        this.context.engine.quirks
      )
    );
  }
  get formulasR1C1(): unknown[][] {
    return this.readProp("formulasR1C1");
  }
  /** Each element is translated to A1 for its own cell (model/r1c1). */
  set formulasR1C1(input: unknown) {
    const toA1 = (raw: unknown, row: number, col: number) =>
      typeof raw === "string" && raw.startsWith("=")
        ? r1c1ToA1(raw, row, col, "Range.formulasR1C1")
        : raw;
    this.setProp("formulasR1C1", input, (h) =>
      writeCells(
        this.context.model,
        h.sheet,
        rectOf(h),
        input,
        "Range.formulasR1C1",
        this.context.engine.quirks,
        toA1
      )
    );
  }
  get numberFormat(): unknown[][] {
    return this.readProp("numberFormat");
  }
  set numberFormat(input: unknown) {
    this.setProp("numberFormat", input, (h) =>
      writeNumberFormat(h.sheet, rectOf(h), input, "Range.numberFormat")
    );
  }

  get format(): FakeRangeFormat {
    this.#format ??= new FakeRangeFormat(this.context, `${this.path}.format`, () => this.handle());
    return this.#format;
  }
  get dataValidation(): FakeDataValidation {
    const path = `${this.path}.dataValidation`;
    this.#dataValidation ??= new FakeDataValidation(this.context, path, () => this.handle());
    return this.#dataValidation;
  }
  get worksheet(): FakeWorksheet {
    const path = `${this.path}.worksheet`;
    this.#worksheet ??= worksheetProxy(this.context, path, () => this.handle()?.sheet ?? null);
    return this.#worksheet;
  }

  /** A range computed from this one when the queue reaches it (null object stays null). */
  derive(method: string, args: unknown[], compute: RectFn): FakeRange {
    return new FakeRange(this.context, `${this.path}.${method}(${pathArgs(...args)})`, () => {
      const h = this.handle();
      const rect = h && compute(rectOf(h), h);
      return h && rect ? trackRange(this.context, h.sheet, rect) : null;
    });
  }

  #geometry(name: GeometryName, ...args: number[]): FakeRange {
    return this.derive(name, args, (r) => GEOMETRY[name](r, ...args));
  }
  getCell(row: number, column: number): FakeRange {
    return this.#geometry("getCell", row, column);
  }
  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.#geometry("getOffsetRange", rowOffset, columnOffset);
  }
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.#geometry("getResizedRange", deltaRows, deltaColumns);
  }
  getAbsoluteResizedRange(numRows: number, numColumns: number): FakeRange {
    return this.#geometry("getAbsoluteResizedRange", numRows, numColumns);
  }
  getRow(row: number): FakeRange {
    return this.#geometry("getRow", row);
  }
  getColumn(column: number): FakeRange {
    return this.#geometry("getColumn", column);
  }
  getLastRow(): FakeRange {
    return this.#geometry("getLastRow");
  }
  getLastColumn(): FakeRange {
    return this.#geometry("getLastColumn");
  }
  getRowsBelow(count = 1): FakeRange {
    return this.#geometry("getRowsBelow", count);
  }
  getRowsAbove(count = 1): FakeRange {
    return this.#geometry("getRowsAbove", count);
  }
  getColumnsAfter(count = 1): FakeRange {
    return this.#geometry("getColumnsAfter", count);
  }
  getColumnsBefore(count = 1): FakeRange {
    return this.#geometry("getColumnsBefore", count);
  }
  getEntireColumn(): FakeRange {
    return this.#geometry("getEntireColumn");
  }
  getEntireRow(): FakeRange {
    return this.#geometry("getEntireRow");
  }
  /** "If there are no used cells within the range, this function will throw ItemNotFound." */
  getUsedRange(valuesOnly = false): FakeRange {
    return this.derive(
      "getUsedRange",
      [valuesOnly],
      (r, h) => usedRect(h.sheet, valuesOnly, r) ?? fail("ItemNotFound", "Range.getUsedRange")
    );
  }
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return this.derive(
      "getUsedRangeOrNullObject",
      [valuesOnly],
      (r, h) => usedRect(h.sheet, valuesOnly, r) ?? null
    );
  }

  /** "find throws an ItemNotFound error if the string doesn't exist in the range." */
  find(text: string, criteria?: FindCriteria): FakeRange {
    return this.derive("find", [text, criteria], (r, h) =>
      foundCell(h, r, text, criteria, false, this.context.engine.quirks)
    );
  }
  findOrNullObject(text: string, criteria?: FindCriteria): FakeRange {
    return this.derive("findOrNullObject", [text, criteria], (r, h) =>
      foundCell(h, r, text, criteria, true, this.context.engine.quirks)
    );
  }
  getBoundingRect(other: FakeRange | string): FakeRange {
    return this.derive("getBoundingRect", [pathOf(other)], (r, h) => boundingRect(h, r, other));
  }
  getIntersection(other: FakeRange | string): FakeRange {
    return this.derive("getIntersection", [pathOf(other)], (r, h) => overlap(h, r, other, false));
  }
  getIntersectionOrNullObject(other: FakeRange | string): FakeRange {
    return this.derive("getIntersectionOrNullObject", [pathOf(other)], (r, h) =>
      overlap(h, r, other, true)
    );
  }

  /** Returns the inserted cells; this range (tracked) moves with the cells it held. */
  insert(shift: "Down" | "Right"): FakeRange {
    let inserted: Rect | undefined;
    this.invoke("call", "insert", [shift], (h) => {
      inserted = { ...rectOf(h) };
      shiftCells(this.context.model, h.sheet, inserted, shiftAxis(shift, "Range.insert"), true);
    });
    return this.derive("insert", [shift], () => inserted ?? null);
  }
  delete(shift: "Up" | "Left"): void {
    this.invoke("call", "delete", [shift], (h) => {
      const axis = shiftAxis(shift, "Range.delete");
      shiftCells(this.context.model, h.sheet, { ...rectOf(h) }, axis, false);
    });
  }
  clear(applyTo: "All" | "Formats" | "Contents" | "Hyperlinks" | "RemoveHyperlinks" = "All"): void {
    this.invoke("call", "clear", [applyTo], (h) => {
      if (applyTo === "All" || applyTo === "Formats" || applyTo === "Contents") {
        clearRect(h.sheet, rectOf(h), applyTo);
      }
    });
  }
  select(): void {
    this.invoke("call", "select", [], () => undefined);
  }
}

/** A Range argument's handle at sync time (the range was queued before this command). */
export function rangeArg(range: unknown, location: string): RangeHandle {
  if (!(range instanceof FakeRange)) return fail("InvalidArgument", location);
  return range.handle() ?? fail("InvalidArgument", location);
}

export const rangeArgAddress = (range: unknown, location: string): string => {
  const h = rangeArg(range, location);
  return formatAddress(h.sheet.name, rectOf(h));
};
