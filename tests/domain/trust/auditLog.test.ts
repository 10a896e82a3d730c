import { describe, expect, it } from "@jest/globals";
import { fieldText, logLinesFor, outsideEditLine } from "../../../src/domain/trust/auditLog";
import { isoDate, kronor, type Effect } from "../../../src/domain/model/effect";
import type { LogLine } from "../../../src/domain/trust/logSchema";
import { verify, withEdit } from "../../../src/domain/trust/review";
import { columnFor, type ColumnKey } from "../../../src/domain/model/tableSchema";
import { anEffect } from "../../fixtures/effects";

const meta = { time: 46082.5, by: "Bo Berg", change: "c-17" };
/** Log text uses NBSP in amounts, as formatKronor; written out here so the tests show it. */
const kr = (text: string) => `${text.replace(/ /g, "\u00a0")}\u00a0kr`;

/** Field, old and new value of each line: what a controller reads. */
const changes = (lines: readonly LogLine[]) => lines.map((l) => [l.field, l.before, l.after]);

describe("logLinesFor: ny registrering", () => {
  it("ger en rad med typ och kalkylerad effekt", () => {
    expect(logLinesFor(null, anEffect(), meta)).toEqual([
      {
        time: 46082.5,
        by: "Bo Berg",
        id: "E-2026-0001",
        caseName: "Utskrift som tjänst",
        field: "Ny registrering",
        before: "",
        after: `Nytt avtal, ${kr("14 000 000")}`,
        change: "c-17",
      },
    ]);
  });
});

describe("logLinesFor: en ändring", () => {
  it("ger en rad per ändrad kolumn, med rubriken och värdena som de syns", () => {
    const before = anEffect();
    const after = anEffect({
      newAnnualCost: kronor(3_200_000),
      annualAmount: kronor(1_800_000),
      supplier: "Skrivarbolaget Norden AB",
      budgetAffecting: false,
    });
    const lines = logLinesFor(before, after, meta);
    expect(changes(lines)).toEqual([
      ["Ny årlig kostnad (kr)", kr("3 000 000"), kr("3 200 000")],
      ["Årligt belopp (kr)", kr("2 000 000"), kr("1 800 000")],
      ["Budgetpåverkande", "Ja", "Nej"],
      ["Leverantör", "Skrivarbolaget AB", "Skrivarbolaget Norden AB"],
      ["Kalkylerad effekt (kr)", kr("14 000 000"), kr("12 600 000")],
    ]);
    for (const line of lines) {
      expect(line).toMatchObject({ ...meta, id: after.id, caseName: after.caseName });
    }
  });

  it("utan raden för kalkylerad effekt när summan inte ändras", () => {
    const lines = logLinesFor(anEffect(), anEffect({ comment: "Ny kommentar" }), meta);
    expect(changes(lines)).toEqual([
      ["Kommentar", "Lättare begagnade skrivare tillåts", "Ny kommentar"],
    ]);
  });

  it("loggar ett ändrat öre, en tömd cell och ett nytt datum", () => {
    const before = anEffect({
      status: "Realiserad",
      realised: kronor(1_999_999.99),
      realisedDate: isoDate("2026-12-31"),
      implementationCost: kronor(10_000),
    });
    const after = { ...before, realised: kronor(2_000_000), realisedDate: isoDate("2027-01-15") };
    expect(changes(logLinesFor(before, { ...after, implementationCost: null }, meta))).toEqual([
      ["Implementeringskostnad (kr)", kr("10 000"), ""],
      ["Realiserad effekt (kr)", kr("1 999 999,99"), kr("2 000 000")],
      ["Realiserad datum", "2026-12-31", "2027-01-15"],
      ["Kalkylerad effekt (kr)", kr("13 990 000"), kr("14 000 000")],
    ]);
  });

  it("visar baslinje, index och undviken höjning", () => {
    const after = anEffect({
      reason: "Indexjustering",
      baseline: "Indexjusterat tidigare pris",
      indexName: "KPI",
      avoidedIncreasePercent: 0.03555,
      avoidedIncrease: kronor(71_100),
    });
    expect(changes(logLinesFor(anEffect(), after, meta))).toEqual([
      ["Anledning till effektivisering", "Ramavtal/kontrakt", "Indexjustering"],
      ["Baslinje", "Tidigare avtalspris", "Indexjusterat tidigare pris"],
      ["Index", "", "KPI"],
      ["Undviken höjning (%)", "", "3,555 %"],
      ["Undviken höjning (kr/år)", "", kr("71 100")],
    ]);
  });

  it("visar en verifiering som dess kolumner", () => {
    const before = anEffect();
    const outcome = verify(before, {
      by: "Bo Berg",
      evidence: "Faktura 4711",
      date: isoDate("2026-02-02"),
    });
    if (!("effect" in outcome)) throw new Error("refused");
    expect(changes(logLinesFor(before, outcome.effect, meta))).toEqual([
      ["Verifierat", "", "Kalkyl"],
      ["Verifierad av", "", "Bo Berg"],
      ["Verifierad datum", "", "2026-02-02"],
      ["Underlag", "", "Faktura 4711"],
    ]);
  });

  it("visar att en ändring tog bort verifieringen", () => {
    const verified = anEffect({
      verifiedStage: "Kalkyl",
      verifiedBy: "Bo Berg",
      verifiedDate: isoDate("2026-02-02"),
      evidence: "Faktura 4711",
    });
    const edited = withEdit(verified, { ...verified, contractYears: 6 });
    expect(changes(logLinesFor(verified, edited, meta))).toEqual([
      ["Avtalstid (år)", "7", "6"],
      ["Verifierat", "Kalkyl", ""],
      ["Verifierad av", "Bo Berg", ""],
      ["Verifierad datum", "2026-02-02", ""],
      ["Underlag", "Faktura 4711", ""],
      ["Kalkylerad effekt (kr)", kr("14 000 000"), kr("12 000 000")],
    ]);
  });

  it("loggar aldrig bokföringskolumnerna (Senast ändrad, Senast ändrad av, Kontrollsumma)", () => {
    const after = anEffect({
      lastModified: 46100.25,
      lastModifiedBy: "Bo Berg",
      checksum: "0123456789abcdef",
      editedOutside: true,
    });
    expect(logLinesFor(anEffect(), after, meta)).toEqual([]);
  });
});

describe("outsideEditLine", () => {
  it("säger att raden godkändes som den står, med dess kalkylerade effekt", () => {
    const effect = anEffect({ annualAmount: kronor(2_500_000.5), editedOutside: true });
    expect(outsideEditLine(effect, meta)).toEqual({
      ...meta,
      id: "E-2026-0001",
      caseName: "Utskrift som tjänst",
      field: "Ändrad utanför tillägget",
      before: "",
      after: `Godkänd som den står: ${kr("17 500 003,50")}`,
    });
  });
});

describe("fieldText", () => {
  const text = (overrides: Partial<Effect>, key: ColumnKey) =>
    fieldText(anEffect(overrides), columnFor(key));

  it.each([
    [{ annualAmount: kronor(-100_000) }, "annualAmount", kr("−100 000")],
    [{ oneOffAmount: kronor(0.5) }, "oneOffAmount", kr("0,50")],
    [{ contractYears: 1.5 }, "contractYears", "1,5"],
    [{ annualVolume: 12_000 }, "annualVolume", "12 000"],
    [{ avoidedIncreasePercent: 0.035 }, "avoidedIncreasePercent", "3,5 %"],
    [{ budgetAffecting: true }, "budgetAffecting", "Ja"],
    [{ baseline: null }, "baseline", ""],
    [{ verifiedDate: null }, "verifiedDate", ""],
    [{ comment: "=SUMMA(A1)" }, "comment", "=SUMMA(A1)"],
  ] as const)("%j → %s: %j", (overrides, key, expected) => {
    expect(text(overrides as Partial<Effect>, key)).toBe(expected);
  });

  it("Kalkylerad effekt som dess summa", () => {
    expect(fieldText(anEffect(), columnFor("forecast"))).toBe(kr("14 000 000"));
  });
});
