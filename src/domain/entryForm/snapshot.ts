/**
 * A draft of a new registration as stored text, so that closing the task pane midway loses
 * nothing. What comes back is checked field by field: a snapshot from an older version, or
 * edited by hand, gives a blank form rather than a broken one. A field added since the draft
 * was stored (Baslinje) comes back blank, or with its default.
 */
import {
  ENTRY_FIELDS,
  FORM_DEFAULTS,
  initialEntryForm,
  withBaselineDefault,
  type AnnualCalculation,
  type EntryField,
  type EntryFormState,
} from "./entryForm";

const VERSION = 1;
const CALCULATIONS: readonly AnnualCalculation[] = ["costs", "unitPrices", "direct"];

/** Only new registrations are kept: an edit belongs to a row, which may change meanwhile. */
export function snapshotOf(state: EntryFormState): string | null {
  if (state.mode !== "new") return null;
  const { values, touched, calculation, costIncreaseConfirmed, chosen } = state;
  return JSON.stringify({
    version: VERSION,
    values,
    touched,
    calculation,
    costIncreaseConfirmed,
    chosen,
  });
}

/** Whether nothing has been typed: such a form needs no draft. */
export function isBlankForm(state: EntryFormState): boolean {
  const blank = initialEntryForm();
  return ENTRY_FIELDS.every((field) => state.values[field] === blank.values[field]);
}

/** The form a snapshot holds, or null when the text is not a snapshot of this version. */
export function restoreEntryForm(stored: string | null): EntryFormState | null {
  const data = stored === null ? null : parseJson(stored);
  if (!isRecord(data) || data.version !== VERSION || !isRecord(data.values)) return null;
  const blank = initialEntryForm();
  const { values } = data;
  const text = (field: EntryField) => {
    const value = values[field];
    return typeof value === "string" ? value : blank.values[field];
  };
  const flags = <K extends string>(raw: unknown, keys: readonly K[]) =>
    Object.fromEntries(
      keys.filter((key) => isRecord(raw) && raw[key] === true).map((key) => [key, true])
    ) as Partial<Record<K, true>>;
  return withBaselineDefault({
    ...blank,
    values: Object.fromEntries(ENTRY_FIELDS.map((field) => [field, text(field)])) as Record<
      EntryField,
      string
    >,
    touched: flags(data.touched, ENTRY_FIELDS),
    calculation: CALCULATIONS.find((c) => c === data.calculation) ?? blank.calculation,
    costIncreaseConfirmed: data.costIncreaseConfirmed === true,
    chosen: flags(data.chosen, FORM_DEFAULTS),
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
