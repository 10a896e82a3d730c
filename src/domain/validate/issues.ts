/**
 * The issues of one validation run. Validation collects every issue (it never stops at the
 * first) so that the form can show each next to its field.
 */
import type { EffectDraft, IssueTarget, ValidationIssue } from "../model/draft";
import type { ParseErrorCode } from "../parse/parseResult";
import { isBlank } from "../parse/parseResult";

/** Every code validation can give; parse errors keep their parser's code. */
export type ValidationCode =
  | ParseErrorCode
  | "required"
  | "tooLong"
  | "controlCharacters"
  | "lineBreak"
  | "unknownValue"
  | "invalidChoice"
  | "wrongBasis"
  | "incomplete"
  | "annualMismatch"
  | "zeroAmount"
  | "costIncreaseUnconfirmed"
  | "negativeAmount"
  | "tooLarge"
  | "notPositive"
  | "outOfRange"
  | "realisedNeedsStatus"
  | "realisedBeforeStart";

export class Issues {
  readonly list: ValidationIssue[] = [];

  add(field: IssueTarget, code: ValidationCode, message: string): void {
    this.list.push({ field, code, message });
  }

  /** Whether a field already has an issue: later rules then stay quiet about it. */
  has(field: IssueTarget): boolean {
    return this.list.some((issue) => issue.field === field);
  }
}

/** Whether the person put anything in a field (a blank cell or whitespace is nothing). */
export const isFilled = (draft: EffectDraft, field: keyof EffectDraft): boolean =>
  !isBlank(draft[field]);
