/**
 * Validation of one effect: the single gate for form text and for cell values typed by hand
 * (Excel's own data validation does not apply to API writes, see DESIGN). It collects every
 * issue, each on its field with a Swedish message, and returns an `EffectInput` only when
 * there are none.
 */
import type { DraftField, EffectDraft, ValidationIssue } from "../model/draft";
import { defaultBudgetAffecting, hours, type EffectInput, type Kronor } from "../model/effect";
import type { EffectLists } from "../model/lists";
import { fieldLabels, validationMessages, yesNoMessages } from "../messages.sv";
import { parseYesNo } from "../parse/parse";
import { readAmount, readCount } from "./readFields";
import { TABLE_COLUMNS } from "../model/tableSchema";
import { validateAmounts } from "./amounts";
import { validateBaseline } from "./baseline";
import { validateOutcome } from "./outcome";
import { validateChoices, validateFreeTexts, validateListValues } from "./text";
import { Issues } from "./issues";

export type { ValidationCode } from "./issues";

export interface ValidateOptions {
  /** The person confirmed that a negative yearly amount is a cost increase. */
  costIncreaseConfirmed?: boolean;
  /**
   * Baslinje must be stated: the form asks for it. Rows read from the sheet may lack it, since
   * workbooks from before the column have it blank.
   */
  requireBaseline?: boolean;
}

export interface ValidationResult {
  /** Non-null exactly when `issues` is empty. */
  input: EffectInput | null;
  /** In the table's column order, so a list of them reads like the row. */
  issues: ValidationIssue[];
  /** Saved hours are given (above 0): no kronor amount is required. */
  hoursOnly: boolean;
}

/** Saved hours above this are a typo (10 million hours is ~6 000 full-time years). */
const MAX_SAVED_HOURS = 10_000_000;

export function validateEffect(
  draft: EffectDraft,
  lists: EffectLists,
  options: ValidateOptions = {}
): ValidationResult {
  const issues = new Issues();
  const texts = validateFreeTexts(draft, issues);
  const listValues = validateListValues(draft, lists, issues);
  const { status, basis } = validateChoices(draft, issues);
  const baseline = validateBaseline(draft, texts, options.requireBaseline === true, issues);
  const savedHours = readSavedHours(draft, issues);
  // An effect counted in hours (the talk's 8 000 hours of e-handel) needs no kronor amount.
  const hoursOnly = savedHours !== null && savedHours > 0;
  const rules = { hoursOnly, costIncreaseConfirmed: options.costIncreaseConfirmed === true };
  const amounts = validateAmounts(draft, basis, rules, issues);
  const outcome = validateOutcome(draft, status, basis, hoursOnly, issues);
  const implementationCost = readImplementationCost(draft, issues);
  const budgetAffecting = readBudgetAffecting(draft, listValues.type, issues);

  const { category, department, type, reason } = listValues;
  // Every null here has put an issue in the list; the check only narrows the types.
  if (
    issues.list.length > 0 ||
    category === null ||
    department === null ||
    type === null ||
    reason === null ||
    status === null ||
    basis === null
  ) {
    return { input: null, issues: inColumnOrder(issues.list), hoursOnly };
  }
  const input: EffectInput = {
    ...texts,
    category,
    department,
    type,
    reason,
    status,
    basis,
    ...amounts,
    ...outcome,
    implementationCost,
    budgetAffecting,
    savedHours: savedHours === null ? null : hours(savedHours),
    ...baseline,
  };
  return { input, issues: [], hoursOnly };
}

/**
 * The issues of one field, for showing an error when the person leaves it. Cross-field rules
 * (an annual amount that disagrees with the costs) land on the field they name.
 */
export function validateField(
  field: DraftField,
  draft: EffectDraft,
  lists: EffectLists,
  options: ValidateOptions = {}
): ValidationIssue[] {
  return validateEffect(draft, lists, options).issues.filter((issue) => issue.field === field);
}

function readSavedHours(draft: EffectDraft, issues: Issues): number | null {
  const value = readCount(draft, "savedHours", issues);
  if (value === null) return null;
  if (value < 0) {
    issues.add("savedHours", "outOfRange", validationMessages.hoursNegative);
    return null;
  }
  if (value > MAX_SAVED_HOURS) {
    issues.add("savedHours", "outOfRange", validationMessages.hoursTooMany(value));
    return null;
  }
  return value;
}

/** Empty means the type's default: Nytt avtal and Engångsbelopp/vite free budget money. */
function readBudgetAffecting(draft: EffectDraft, type: string | null, issues: Issues): boolean {
  const result = parseYesNo(draft.budgetAffecting);
  if (!result.ok) {
    issues.add("budgetAffecting", result.error, yesNoMessages[result.error]);
    return false;
  }
  return result.value ?? defaultBudgetAffecting(type ?? "");
}

/** Costs of getting the effect (training, a switch-over) are subtracted, never added. */
function readImplementationCost(draft: EffectDraft, issues: Issues): Kronor | null {
  const value = readAmount(draft, "implementationCost", issues);
  if (value === null || value >= 0) return value;
  const label = fieldLabels.implementationCost;
  issues.add("implementationCost", "negativeAmount", validationMessages.negativeAmount(label));
  return null;
}

const COLUMN_INDEX = new Map<string, number>(TABLE_COLUMNS.map((column, i) => [column.key, i]));

/** Sorted by the field's column, "row" last; stable, so a field's issues keep their order. */
function inColumnOrder(issues: readonly ValidationIssue[]): ValidationIssue[] {
  const index = (issue: ValidationIssue) => COLUMN_INDEX.get(issue.field) ?? TABLE_COLUMNS.length;
  return [...issues].sort((a, b) => index(a) - index(b));
}
