/**
 * The effect model: one registered efficiency gain (one row of the registration table).
 * Several effects of one case (ärende) share `caseName`.
 */

declare const kronorUnit: unique symbol;
declare const hoursUnit: unique symbol;
declare const effectIdBrand: unique symbol;
declare const isoDateBrand: unique symbol;

/** Swedish kronor. A distinct type so that hours can never be added to money by mistake. */
export type Kronor = number & { readonly [kronorUnit]: true };
/** Saved working hours: their own unit, never summed into kronor. */
export type Hours = number & { readonly [hoursUnit]: true };
/** The add-in's id of an effect, written in the `ID` column. */
export type EffectId = string & { readonly [effectIdBrand]: true };
/** A calendar date as `YYYY-MM-DD`; compares correctly as a string. */
export type IsoDate = string & { readonly [isoDateBrand]: true };

export const kronor = (amount: number): Kronor => amount as Kronor;
export const hours = (amount: number): Hours => amount as Hours;
export const effectId = (id: string): EffectId => id as EffectId;
export const isoDate = (date: string): IsoDate => date as IsoDate;

/** What the amount means: a yearly amount over the contract, or a one-off on a date. */
export const AMOUNT_BASES = ["Årlig", "Engång"] as const;
export type AmountBasis = (typeof AMOUNT_BASES)[number];

/** Kalkylerad = forecast before the contract runs; Realiserad = verified in the outcome. */
export const EFFECT_STATUSES = ["Kalkylerad", "Realiserad"] as const;
export type EffectStatus = (typeof EFFECT_STATUSES)[number];

/** The template's default types of gain (organisations may edit the list). */
export const EFFECT_TYPES = {
  newContract: "Nytt avtal",
  oneOff: "Engångsbelopp/vite",
  costAvoidance: "Cost avoidance",
  other: "Annat",
} as const;

export const DEFAULT_EFFECT_TYPES: readonly string[] = [
  EFFECT_TYPES.oneOff,
  EFFECT_TYPES.newContract,
  EFFECT_TYPES.costAvoidance,
  EFFECT_TYPES.other,
];

export const DEFAULT_REASONS: readonly string[] = [
  "Ramavtal/kontrakt",
  "Direktupphandling",
  "FKU",
  "Rättad faktura",
  "Vite",
  "Indexjustering",
  "Annat",
];

/**
 * Baslinje: what the forecast is measured against. A controller can leave estimate-based
 * savings out of the summary, so the form asks for it and explains each choice in one line.
 */
export const BASELINES = [
  "Tidigare avtalspris",
  "Indexjusterat tidigare pris",
  "Egen kalkyl eller budget",
  "Marknadsjämförelse",
  "Annan",
] as const;
export type Baseline = (typeof BASELINES)[number];

/** The reason that asks for the index and the avoided increase. */
export const INDEX_REASON = "Indexjustering";

/** What a second person has checked (column `Verifierat`): the forecast, or the realisation too. */
export const VERIFIED_STAGES = ["Kalkyl", "Realisering"] as const;
export type VerifiedStage = (typeof VERIFIED_STAGES)[number];

/** The review state of an effect, derived from Status and Verifierat (see review.ts). */
export const REVIEW_STATES = [
  "Registrerad",
  "Verifierad",
  "Realiserad",
  "Verifierad realisering",
] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

/** What a person states about an effect: the output of validation. */
export interface EffectInput {
  /** Ärende: the case (one contract, one follow-up) this effect belongs to. */
  caseName: string;
  category: string;
  department: string;
  /** Typ av effektivisering, a value of the workbook's list. */
  type: string;
  /** Anledning till effektivisering, a value of the workbook's list. */
  reason: string;
  status: EffectStatus;
  basis: AmountBasis;
  /** How a yearly amount was derived: previous − new annual cost ... */
  previousAnnualCost: Kronor | null;
  newAnnualCost: Kronor | null;
  /** ... or (previous unit price − new unit price) × annual volume. */
  previousUnitPrice: Kronor | null;
  newUnitPrice: Kronor | null;
  annualVolume: number | null;
  /** The yearly saving (basis Årlig). Negative only as a confirmed cost increase. */
  annualAmount: Kronor | null;
  /** Avtalstid in years (basis Årlig), above 0 and at most 20. */
  contractYears: number | null;
  /** Start of the contract (Årlig), or the date of the one-off (Engång). */
  startDate: IsoDate | null;
  /** The one-off amount (basis Engång). */
  oneOffAmount: Kronor | null;
  /** Effects are reported net of it. */
  implementationCost: Kronor | null;
  realised: Kronor | null;
  realisedDate: IsoDate | null;
  /** Budgetpåverkande: does it free money in the budget? */
  budgetAffecting: boolean;
  savedHours: Hours | null;
  supplier: string;
  /** Diarienummer. */
  caseNumber: string;
  comment: string;
  /** Baslinje; null only on rows from before the column existed (the form requires it). */
  baseline: Baseline | null;
  /** What the baseline is, when it is "Annan". */
  baselineNote: string;
  /** Indexjustering: the index (e.g. "KPI") and the avoided increase, as a fraction and/or kronor. */
  indexName: string;
  avoidedIncreasePercent: number | null;
  avoidedIncrease: Kronor | null;
  /** Also reported by another body (e.g. a central purchasing body): kept out of totals. */
  alsoReportedBy: string;
  /** That body's reference for it; required with `alsoReportedBy`. */
  alsoReportedRef: string;
}

/** A registered effect: the input plus what the add-in records about the row. */
export interface Effect extends EffectInput {
  id: EffectId;
  registered: IsoDate;
  registeredBy: string;
  /** When the add-in last wrote the row, as an Excel serial date-time; guards concurrent edits. */
  lastModified: number | null;
  /** Who last wrote the row through the add-in (may not verify it). */
  lastModifiedBy: string;
  /** What a second person verified; null when nothing is (or an edit undid it). */
  verifiedStage: VerifiedStage | null;
  verifiedBy: string;
  verifiedDate: IsoDate | null;
  /** Underlag: invoice or case number, or a link to the document, that the verifier checked. */
  evidence: string;
  /** The add-in's checksum of the row (checksum.ts), to notice edits made by hand. */
  checksum: string;
  /** Read only: the row no longer matches its checksum, so it was changed outside the add-in. */
  editedOutside: boolean;
}

/** The effect without what the add-in records about its row. */
export function inputOfEffect(effect: Effect): EffectInput {
  const {
    id: _id,
    registered: _r,
    registeredBy: _by,
    lastModified: _m,
    lastModifiedBy: _mBy,
    verifiedStage: _vs,
    verifiedBy: _vBy,
    verifiedDate: _vd,
    evidence: _e,
    checksum: _c,
    editedOutside: _o,
    ...input
  } = effect;
  return input;
}

/** Cost avoidance and Annat do not free budget money by default; the talk's two money types do. */
export function defaultBudgetAffecting(type: string): boolean {
  return type === EFFECT_TYPES.newContract || type === EFFECT_TYPES.oneOff;
}

/** The basis a type usually has, to preselect in the form. */
export function defaultBasis(type: string): AmountBasis {
  return type === EFFECT_TYPES.newContract ? "Årlig" : "Engång";
}
