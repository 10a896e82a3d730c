/**
 * A row typed by hand can hold what the add-in accepts but the summary sheet's formulas read
 * otherwise: "yes" in Budgetpåverkande (SUMIFS looks for Ja or Nej), an amount written as
 * text (N() makes it 0), a list value with extra spaces (no SUMIFS group matches it). Such a
 * row would count one way in the pane and another on the sheet, so it is a row to fix
 * instead: a figure must never depend on which of the two read it.
 */
import type { EffectDraft, ValidationIssue } from "../model/draft";
import type { EffectInput } from "../model/effect";
import { NO, YES } from "../model/tableSchema";
import { fieldLabels, formulaAgreementMessages as say } from "../messages.sv";
import { forecastOre, fromOre } from "../calculate/calculate";
import { isEmptyCell as isEmpty, sheetForecastOre } from "../calculate/rowsToFix";

/** Cells the formulas sum or compare as numbers (dates are serial numbers). */
const NUMBER_FIELDS = [
  "annualAmount",
  "contractYears",
  "oneOffAmount",
  "implementationCost",
  "realised",
  "realisedDate",
  "savedHours",
  "startDate",
] as const;

/** Cells the formulas group or filter by, compared with the list's (or choice's) own text. */
const MATCHED_FIELDS = ["category", "department", "type", "reason", "baseline"] as const;

export function formulaAgreementIssues(draft: EffectDraft, input: EffectInput): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const add = (field: ValidationIssue["field"], code: string, message: string) =>
    issues.push({ field, code, message });

  for (const field of NUMBER_FIELDS) {
    const raw = draft[field];
    if (!isEmpty(raw) && typeof raw !== "number") {
      add(field, "textInNumberCell", say.textNumber(fieldLabels[field]));
    }
  }
  for (const field of MATCHED_FIELDS) {
    const raw = draft[field];
    const value = input[field];
    if (isEmpty(raw) || value === null) continue;
    if (String(raw).toLowerCase() !== value.toLowerCase()) {
      add(field, "notAsListed", say.notAsListed(fieldLabels[field], value));
    }
  }
  const budget = draft.budgetAffecting;
  if (typeof budget !== "string" || !isYesOrNo(budget)) {
    add("budgetAffecting", "notYesOrNo", say.notYesOrNo(isEmpty(budget) ? "" : String(budget)));
  }
  const reportedBy = draft.alsoReportedBy;
  if (typeof reportedBy === "string" && reportedBy !== "" && reportedBy.trim() === "") {
    add("alsoReportedBy", "blankButNotEmpty", say.blankAlsoReportedBy);
  }
  // Only when every term is a number: otherwise the row already says which cell to fix.
  const inSheet = sheetForecastOre(draft);
  const computed = forecastOre(input);
  if (issues.length === 0 && inSheet !== computed) {
    add("row", "forecastDiffers", say.forecastDiffers(fromOre(inSheet), fromOre(computed)));
  }
  return issues;
}

const isYesOrNo = (text: string): boolean =>
  [YES, NO].some((word) => word.toLowerCase() === text.toLowerCase());
