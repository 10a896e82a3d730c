import { handTypingEffort } from "../../bench/handTyping";
import type { EffectInput } from "../../src/domain/model/effect";
import { summaryInputs } from "../fixtures/summaryEffects";

/** Utskrift som tjänst: IT, Kommunstyrelseförvaltningen, 5 → 3 mkr a year for 7 years. */
const printing = summaryInputs()[0] as EffectInput;
const TODAY = "2026-03-01";

describe("att skriva in rader för hand i mallens tabell", () => {
  it("räknar varje tecken och varje cellförflyttning i en rad", () => {
    // Ärende 19, Registrerad 10, Kategori 2, Förvaltning 27, Typ 10, Anledning 17, Status 10,
    // Beräkningsgrund 5, three amounts 3 × 7, Avtalstid 1, Startdatum 10, Budgetpåverkande 2,
    // Baslinje 19 (five cells on from Budgetpåverkande).
    expect(handTypingEffort([printing], TODAY)).toEqual({ characters: 153, moves: 27 });
  });

  it("skriver decimaler med komma", () => {
    const effort = (years: number) =>
      handTypingEffort([{ ...printing, contractYears: years }], TODAY).characters;
    expect(effort(1.5) - effort(7)).toBe(2);
  });

  it("med Autokomplettering räcker första bokstaven för text som redan står i kolumnen", () => {
    const once = handTypingEffort([printing], TODAY, { excelHelp: true });
    const twice = handTypingEffort([printing, printing], TODAY, { excelHelp: true });
    // The second row: one key per text cell (9), Ctrl+; (2), the numbers and the date in full.
    expect(twice.characters - once.characters).toBe(9 + 2 + 21 + 1 + 10);
  });

  it("skriver ut en text som börjar en annan text i kolumnen", () => {
    const rows = ["IT", "IT*", "IT"].map((category) => ({ ...printing, category }));
    const withHelp = handTypingEffort(rows, TODAY, { excelHelp: true });
    const withoutLast = handTypingEffort(rows.slice(0, 2), TODAY, { excelHelp: true });
    // Row 3: Kategori "IT" in full (2), since "IT*" starts the same; the rest as above.
    expect(withHelp.characters - withoutLast.characters).toBe(2 + 8 + 2 + 21 + 1 + 10);
  });
});
