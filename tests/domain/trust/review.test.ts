import { describe, expect, it } from "@jest/globals";
import {
  EFFECT_STATUSES,
  VERIFIED_STAGES,
  effectId,
  isoDate,
  kronor,
  type Effect,
  type EffectInput,
  type ReviewState,
  type VerifiedStage,
} from "../../../src/domain/model/effect";
import {
  EVIDENCE_MAX_LENGTH,
  UNVERIFIED,
  awaitsVerification,
  editFallback,
  reviewState,
  verificationRefusal,
  verifiedFigures,
  verify,
  withEdit,
  type EditFallback,
} from "../../../src/domain/trust/review";
import { reviewMessages } from "../../../src/domain/trust/reviewMessages.sv";
import { anEffect, inputOf } from "../../fixtures/effects";

const ANNA = "Anna Andersson"; // registered and last changed anEffect()
const BO = "Bo Berg";
const date = isoDate("2026-02-02");

const realised = {
  status: "Realiserad",
  realised: kronor(1_900_000),
  realisedDate: isoDate("2026-12-31"),
} as const;

/** An effect in the given status, verified up to `stage` by Bo. */
function inState(
  status: Effect["status"],
  stage: VerifiedStage | null,
  editedOutside = false
): Effect {
  const verification =
    stage === null
      ? UNVERIFIED
      : { verifiedStage: stage, verifiedBy: BO, verifiedDate: date, evidence: "Faktura 4711" };
  return anEffect({
    ...(status === "Realiserad" ? realised : {}),
    ...verification,
    editedOutside,
  });
}

const STAGES = [null, ...VERIFIED_STAGES] as const;

/** Every status × stage × edited outside, with the state, awaiting, and figures counted. */
const TABLE: [Effect["status"], VerifiedStage | null, boolean, ReviewState, boolean, string][] = [
  ["Kalkylerad", null, false, "Registrerad", true, "–"],
  ["Kalkylerad", "Kalkyl", false, "Verifierad", false, "kalkyl"],
  ["Kalkylerad", "Realisering", false, "Verifierad", false, "kalkyl"],
  ["Realiserad", null, false, "Realiserad", true, "–"],
  ["Realiserad", "Kalkyl", false, "Realiserad", true, "kalkyl"],
  ["Realiserad", "Realisering", false, "Verifierad realisering", false, "kalkyl, realisering"],
  ["Kalkylerad", null, true, "Registrerad", false, "–"],
  ["Kalkylerad", "Kalkyl", true, "Registrerad", false, "–"],
  ["Kalkylerad", "Realisering", true, "Registrerad", false, "–"],
  ["Realiserad", null, true, "Realiserad", false, "–"],
  ["Realiserad", "Kalkyl", true, "Realiserad", false, "–"],
  ["Realiserad", "Realisering", true, "Realiserad", false, "–"],
];

describe("granskningstillstånd", () => {
  it("tabellen täcker varje status × verifierat × ändrad utanför", () => {
    const covered = new Set(
      TABLE.map(([status, stage, outside]) => `${status}/${stage}/${outside}`)
    );
    const all = EFFECT_STATUSES.flatMap((status) =>
      STAGES.flatMap((stage) => [false, true].map((outside) => `${status}/${stage}/${outside}`))
    );
    expect([...covered].sort()).toEqual(all.sort());
  });

  it.each(TABLE)(
    "%s, verifierat %s, ändrad utanför %s → %s (väntar: %s; verifierat: %s)",
    (status, stage, outside, state, awaits, figures) => {
      const effect = inState(status, stage, outside);
      expect(reviewState(effect)).toBe(state);
      expect(awaitsVerification(effect)).toBe(awaits);
      const counted = verifiedFigures(effect);
      const named = [counted.forecast && "kalkyl", counted.realised && "realisering"];
      expect(named.filter(Boolean).join(", ") || "–").toBe(figures);
    }
  );
});

describe("verificationRefusal", () => {
  it.each([
    ["utan namn", inState("Kalkylerad", null), "", reviewMessages.nameMissing],
    ["med bara blanksteg som namn", inState("Kalkylerad", null), "  ", reviewMessages.nameMissing],
    ["av den som registrerade", inState("Kalkylerad", null), ANNA, reviewMessages.ownRegistration],
    [
      "av den som registrerade, i annat skiftläge och med andra blanksteg",
      inState("Kalkylerad", null),
      "  anna   ANDERSSON ",
      reviewMessages.ownRegistration,
    ],
    [
      "av den som ändrade senast",
      anEffect({ lastModifiedBy: "Cecilia Ek" }),
      "cecilia ek",
      reviewMessages.ownChange,
    ],
    [
      "av en rad ändrad utanför tillägget",
      inState("Kalkylerad", null, true),
      BO,
      reviewMessages.editedOutside,
    ],
    [
      "när kalkylen redan är verifierad",
      inState("Kalkylerad", "Kalkyl"),
      "Cecilia Ek",
      reviewMessages.nothingToVerify,
    ],
    [
      "när realiseringen redan är verifierad",
      inState("Realiserad", "Realisering"),
      "Cecilia Ek",
      reviewMessages.nothingToVerify,
    ],
  ] as const)("vägrar %s", (_name, effect, person, message) => {
    expect(verificationRefusal(effect, person)).toBe(message);
  });

  it.each([
    ["en registrerad kalkyl", inState("Kalkylerad", null)],
    ["en realisering vars kalkyl är verifierad", inState("Realiserad", "Kalkyl")],
    [
      "en rad skriven för hand och godkänd (ingen registrerare)",
      anEffect({ registeredBy: "", lastModifiedBy: "" }),
    ],
  ] as const)("låter en annan person verifiera %s", (_name, effect) => {
    expect(verificationRefusal(effect, BO)).toBeNull();
  });
});

describe("verify", () => {
  const verifying = (evidence: string, by = BO) => ({ by, evidence, date });

  it.each([
    ["Kalkylerad", null, "Kalkyl"],
    ["Realiserad", null, "Realisering"],
    ["Realiserad", "Kalkyl", "Realisering"],
  ] as const)("%s, verifierat %s → verifierar %s", (status, stage, verified) => {
    const outcome = verify(inState(status, stage), verifying(" Faktura 88123 ", " Cecilia Ek "));
    expect(outcome).toEqual({
      effect: {
        ...inState(status, stage),
        verifiedStage: verified,
        verifiedBy: "Cecilia Ek",
        verifiedDate: date,
        evidence: "Faktura 88123",
      },
    });
  });

  it.each([
    ["", reviewMessages.evidenceMissing],
    ["   ", reviewMessages.evidenceMissing],
    ["x".repeat(EVIDENCE_MAX_LENGTH + 1), reviewMessages.evidenceTooLong(EVIDENCE_MAX_LENGTH)],
  ])("vägrar underlaget %j", (evidence, message) => {
    expect(verify(inState("Kalkylerad", null), verifying(evidence))).toEqual({
      refused: { field: "evidence", message },
    });
  });

  it("tar ett underlag på högst tillåten längd, räknat i tecken som de syns", () => {
    const longest = "x".repeat(EVIDENCE_MAX_LENGTH);
    expect(verify(inState("Kalkylerad", null), verifying(longest))).toMatchObject({
      effect: { evidence: longest },
    });
    const emoji = "📄".repeat(EVIDENCE_MAX_LENGTH);
    expect(verify(inState("Kalkylerad", null), verifying(emoji))).toMatchObject({
      effect: { evidence: emoji },
    });
  });

  it("vägrar personen före underlaget, med samma skäl som verificationRefusal", () => {
    expect(verify(inState("Kalkylerad", null), verifying("", ANNA))).toEqual({
      refused: { field: "person", message: reviewMessages.ownRegistration },
    });
  });
});

describe("editFallback och withEdit", () => {
  const input = (effect: Effect, changes: Partial<EffectInput>): EffectInput => ({
    ...inputOf(effect),
    ...changes,
  });

  const TABLE_OF_EDITS: [string, Effect, Partial<EffectInput>, EditFallback][] = [
    [
      "bara kommentaren, verifierad kalkyl",
      inState("Kalkylerad", "Kalkyl"),
      { comment: "Ny" },
      "none",
    ],
    [
      "bara kommentaren, verifierad realisering",
      inState("Realiserad", "Realisering"),
      { comment: "Ny" },
      "none",
    ],
    ["ingenting", inState("Realiserad", "Realisering"), {}, "none"],
    [
      "realiserat belopp, verifierad realisering",
      inState("Realiserad", "Realisering"),
      { realised: kronor(1_800_000) },
      "toForecast",
    ],
    [
      "realiseringsdatum, verifierad realisering",
      inState("Realiserad", "Realisering"),
      { realisedDate: isoDate("2027-01-15") },
      "toForecast",
    ],
    [
      "tillbaka till Kalkylerad, verifierad realisering",
      inState("Realiserad", "Realisering"),
      { status: "Kalkylerad", realised: null, realisedDate: null },
      "toForecast",
    ],
    [
      "realiserat belopp, verifierad kalkyl",
      inState("Realiserad", "Kalkyl"),
      { realised: kronor(1_800_000) },
      "none",
    ],
    ["realiserad nu, verifierad kalkyl", inState("Kalkylerad", "Kalkyl"), realised, "none"],
    [
      "årligt belopp, verifierad kalkyl",
      inState("Kalkylerad", "Kalkyl"),
      { annualAmount: kronor(2_100_000), newAnnualCost: kronor(2_900_000) },
      "unverified",
    ],
    [
      "avtalstid och realiserat belopp, verifierad realisering",
      inState("Realiserad", "Realisering"),
      { contractYears: 8, realised: kronor(1_800_000) },
      "unverified",
    ],
    [
      "leverantör, verifierad kalkyl",
      inState("Kalkylerad", "Kalkyl"),
      { supplier: "Annat AB" },
      "unverified",
    ],
    [
      "baslinje, verifierad kalkyl",
      inState("Kalkylerad", "Kalkyl"),
      { baseline: "Egen kalkyl eller budget" },
      "unverified",
    ],
    [
      "rapporteras även av, verifierad realisering",
      inState("Realiserad", "Realisering"),
      { alsoReportedBy: "Adda", alsoReportedRef: "A-17" },
      "unverified",
    ],
    [
      "årligt belopp, overifierad",
      inState("Kalkylerad", null),
      { annualAmount: kronor(1) },
      "none",
    ],
    [
      "realiserat belopp, overifierad",
      inState("Realiserad", null),
      { realised: kronor(1) },
      "none",
    ],
    [
      "kommentaren på en verifierad rad ändrad utanför tillägget",
      inState("Kalkylerad", "Kalkyl", true),
      { comment: "Ny" },
      "unverified",
    ],
    [
      "en rad ändrad utanför tillägget med bara ett namn kvar i Verifierad av",
      anEffect({ verifiedBy: BO, editedOutside: true }),
      { comment: "Ny" },
      "unverified",
    ],
    [
      "årligt belopp på en overifierad rad ändrad utanför tillägget",
      inState("Kalkylerad", null, true),
      { annualAmount: kronor(1) },
      "none",
    ],
  ];

  it.each(TABLE_OF_EDITS)("%s → %s", (_name, before, changes, fallback) => {
    const next = input(before, changes);
    expect(editFallback(before, next)).toBe(fallback);
    const edited = withEdit(before, next);
    expect(edited).toMatchObject(changes);
    const verification = {
      verifiedStage: edited.verifiedStage,
      verifiedBy: edited.verifiedBy,
      verifiedDate: edited.verifiedDate,
      evidence: edited.evidence,
    };
    const kept = {
      verifiedStage: before.verifiedStage,
      verifiedBy: before.verifiedBy,
      verifiedDate: before.verifiedDate,
      evidence: before.evidence,
    };
    expect(verification).toEqual(
      fallback === "none"
        ? kept
        : fallback === "toForecast"
          ? { ...kept, verifiedStage: "Kalkyl" }
          : UNVERIFIED
    );
  });

  it("tar bara de angivna fälten från en hel effekt som skickas som ändring", () => {
    const before = inState("Kalkylerad", "Kalkyl");
    const other = anEffect({ id: effectId("E-1999-0001"), registeredBy: BO, comment: "Ny" });
    const edited = withEdit(before, other);
    expect(edited).toEqual({ ...before, comment: "Ny" });
  });
});
