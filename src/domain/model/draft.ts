/**
 * An effect as entered, before validation: what the form holds (text) or what a row of the
 * table holds (cell values typed by anyone). Both go through the same validation.
 */
import type { ColumnKey } from "./tableSchema";

/** A raw value: form text, or a cell value as Excel returns it. */
export type RawValue = string | number | boolean | null | undefined;

/** Fields the user or the sheet supplies; id, registered and lastModified are set by the add-in. */
export type DraftField = Exclude<ColumnKey, "forecast">;

export type EffectDraft = Partial<Record<DraftField, RawValue>>;

/** Where an issue points: a field, or the row as a whole. */
export type IssueTarget = DraftField | "row";

export interface ValidationIssue {
  field: IssueTarget;
  /** Stable code for tests and for the UI to offer fixes (e.g. `unknownValue` → "lägg till"). */
  code: string;
  /** A clear Swedish message, shown next to the field. */
  message: string;
}
