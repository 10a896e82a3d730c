/**
 * The verification rules (attest): a figure counts as verified when someone other than its
 * author and its last editor has checked it against evidence, and an edit afterwards undoes
 * that. Pure and table-tested; the pane asks these before it offers an action, and the
 * workbook layer asks them again before it writes.
 */
import { sameText } from "../model/cells";
import type { Effect, EffectInput, IsoDate, ReviewState, VerifiedStage } from "../model/effect";
import { reviewMessages } from "./reviewMessages.sv";
import { RECORD_KEYS, TABLE_COLUMNS } from "../model/tableSchema";

/** Registrerad → Verifierad (forecast checked) → Realiserad → Verifierad realisering. */
export function reviewState(effect: Effect): ReviewState {
  const stage = effect.editedOutside ? null : effect.verifiedStage;
  if (effect.status === "Realiserad") {
    return stage === "Realisering" ? "Verifierad realisering" : "Realiserad";
  }
  return stage === null ? "Registrerad" : "Verifierad";
}

/** What verifying the effect now would verify: its forecast, or its realisation. */
export const stageToVerify = (effect: Effect): VerifiedStage =>
  effect.status === "Realiserad" ? "Realisering" : "Kalkyl";

/** Whether the effect waits for a second person (in the Granska view). */
export const awaitsVerification = (effect: Effect): boolean =>
  !effect.editedOutside &&
  (reviewState(effect) === "Registrerad" || reviewState(effect) === "Realiserad");

/** Whether the forecast, and the realised amount, count as verified in the summary. */
export function verifiedFigures(effect: Effect): { forecast: boolean; realised: boolean } {
  const stage = effect.editedOutside ? null : effect.verifiedStage;
  return {
    forecast: stage !== null,
    realised: stage === "Realisering" && effect.status === "Realiserad",
  };
}

/** Why `person` may not verify the effect now, or null when they may. */
export function verificationRefusal(effect: Effect, person: string): string | null {
  if (person.trim() === "") return reviewMessages.nameMissing;
  if (effect.editedOutside) return reviewMessages.editedOutside;
  if (!awaitsVerification(effect)) return reviewMessages.nothingToVerify;
  if (sameText(person, effect.registeredBy)) return reviewMessages.ownRegistration;
  if (sameText(person, effect.lastModifiedBy)) return reviewMessages.ownChange;
  return null;
}

export const EVIDENCE_MAX_LENGTH = 500;

export interface Verification {
  by: string;
  evidence: string;
  date: IsoDate;
}

export type VerifyOutcome =
  { effect: Effect } | { refused: { field: "person" | "evidence"; message: string } };

/** The effect as verified by `verification.by`, or why not. */
export function verify(effect: Effect, verification: Verification): VerifyOutcome {
  const by = verification.by.trim();
  const refusal = verificationRefusal(effect, by);
  if (refusal) return { refused: { field: "person", message: refusal } };
  const evidence = verification.evidence.trim();
  if (evidence === "")
    return { refused: { field: "evidence", message: reviewMessages.evidenceMissing } };
  // Characters as people count them (an emoji is one), as the form's other limits.
  if ([...evidence].length > EVIDENCE_MAX_LENGTH) {
    return {
      refused: { field: "evidence", message: reviewMessages.evidenceTooLong(EVIDENCE_MAX_LENGTH) },
    };
  }
  return {
    effect: {
      ...effect,
      verifiedStage: stageToVerify(effect),
      verifiedBy: by,
      verifiedDate: verification.date,
      evidence,
    },
  };
}

/** The fields a person states (the form's), as opposed to what the add-in records. */
const INPUT_KEYS = TABLE_COLUMNS.map((c) => c.key).filter(
  (key): key is keyof EffectInput & string => key !== "forecast" && !RECORD_KEYS.includes(key)
);

/** Changing these records the realisation; the verified forecast stays verified. */
const REALISATION_KEYS: ReadonlySet<string> = new Set(["status", "realised", "realisedDate"]);
/** A comment changes no figure and no evidence. */
const FREE_KEYS: ReadonlySet<string> = new Set(["comment"]);

/**
 * What an edit does to the verification: nothing, back to a verified forecast (the
 * realisation changed), or unverified (anything else that matters changed).
 */
export type EditFallback = "none" | "toForecast" | "unverified";

export function editFallback(before: Effect, next: EffectInput): EditFallback {
  // Saving re-stamps the row with a fresh checksum: verification cells beside a hand edit
  // would then read as trusted, so they go, as when the hand edit is accepted.
  if (before.editedOutside) return hasVerification(before) ? "unverified" : "none";
  const stage = before.verifiedStage;
  if (stage === null) return "none";
  const changed = INPUT_KEYS.filter((key) => !FREE_KEYS.has(key) && before[key] !== next[key]);
  if (changed.length === 0) return "none";
  if (changed.every((key) => REALISATION_KEYS.has(key))) {
    return stage === "Realisering" ? "toForecast" : "none";
  }
  return "unverified";
}

const hasVerification = (effect: Effect): boolean =>
  effect.verifiedStage !== null ||
  effect.verifiedBy !== "" ||
  effect.verifiedDate !== null ||
  effect.evidence !== "";

/**
 * `before` with the edit applied and the verification fallen back as `editFallback` says. Only
 * the stated fields come from `next` (an Effect passed as one keeps its id, stamps and
 * verification out of it).
 */
export function withEdit(before: Effect, next: EffectInput): Effect {
  const fallback = editFallback(before, next);
  const stated = Object.fromEntries(INPUT_KEYS.map((key) => [key, next[key]]));
  const edited: Effect = { ...before, ...stated };
  if (fallback === "toForecast") return { ...edited, verifiedStage: "Kalkyl" };
  if (fallback === "unverified") return { ...edited, ...UNVERIFIED };
  return edited;
}

export const UNVERIFIED = {
  verifiedStage: null,
  verifiedBy: "",
  verifiedDate: null,
  evidence: "",
} as const satisfies Partial<Effect>;
