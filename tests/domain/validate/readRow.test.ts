import { describe, expect, it } from "@jest/globals";
import type { CellValue } from "../../../src/domain/model/cells";
import { effectChecksum } from "../../../src/domain/trust/checksum";
import { hours, isoDate, kronor, type Effect } from "../../../src/domain/model/effect";
import type { EffectLists } from "../../../src/domain/model/lists";
import { readRow, type RowReading } from "../../../src/domain/validate/readRow";
import { verifiedFigures } from "../../../src/domain/trust/review";
import { effectRowCells } from "../../../src/domain/model/rows";
import { TABLE_COLUMNS } from "../../../src/domain/model/tableSchema";
import { anEffect, checksummed, excelReadsBack, someLists } from "../../fixtures/effects";
import { summaryEffects, summaryLists } from "../../fixtures/summaryEffects";

const headers: readonly string[] = TABLE_COLUMNS.map((column) => column.header);

/** The row the add-in writes for the effect, as Excel's `values` returns it afterwards. */
const rowOf = (effect: Effect, at: readonly string[] = headers): CellValue[] =>
  effectRowCells(effect, at).map(excelReadsBack);

const read = (row: readonly CellValue[], lists: EffectLists, at = headers): RowReading =>
  readRow(row, at, lists, new Set());

function effectOf(reading: RowReading): Effect {
  if ("effect" in reading) return reading.effect;
  throw new Error(`Invalid row: ${JSON.stringify(reading.invalid.issues)}`);
}

/** The row with one cell, found by header, replaced as someone typing in Excel would. */
function edited(row: readonly CellValue[], header: string, value: CellValue): CellValue[] {
  const index = headers.indexOf(header);
  if (index < 0) throw new Error(`No column ${header}`);
  return row.map((cell, i) => (i === index ? value : cell));
}

const verifiedForecast = {
  verifiedStage: "Kalkyl",
  verifiedBy: "Bo Berg",
  verifiedDate: isoDate("2026-02-02"),
  evidence: "KS 2025/123, avtal och två fakturor",
} as const;

const realisedAndVerified = anEffect({
  status: "Realiserad",
  realised: kronor(1_999_999.99),
  realisedDate: isoDate("2026-12-31"),
  ...verifiedForecast,
  verifiedStage: "Realisering",
  lastModifiedBy: "Cecilia Ek",
});

const varied: [string, Effect, EffectLists][] = [
  ["presentationens utskriftsavtal", anEffect(), someLists()],
  ["en verifierad kalkyl", anEffect(verifiedForecast), someLists()],
  ["en verifierad realisering med öre", realisedAndVerified, someLists()],
  [
    "texter som behöver citattecken",
    anEffect({
      caseName: "+46 70 123 45 67",
      supplier: '=HYPERLINK("http://x")',
      caseNumber: "00123",
      comment: "'citerad\nandra raden",
      alsoReportedBy: "2026-03-01",
      alsoReportedRef: "TRUE",
      ...verifiedForecast,
      evidence: "@faktura",
    }),
    someLists(),
  ],
  [
    "tomma fält, timmar och en rad utan baslinje från före kolumnen",
    anEffect({
      basis: "Engång",
      type: "Annat",
      reason: "Annat",
      previousAnnualCost: null,
      newAnnualCost: null,
      annualAmount: null,
      contractYears: null,
      savedHours: hours(120.5),
      budgetAffecting: false,
      supplier: "",
      caseNumber: "",
      comment: "",
      baseline: null,
      lastModified: null,
    }),
    someLists(),
  ],
  ...summaryEffects().map((effect): [string, Effect, EffectLists] => [
    `sammanställningens ${effect.caseName} (${effect.type})`,
    effect,
    summaryLists(),
  ]),
];

describe("readRow: tilläggets egna rader går runt genom Excel", () => {
  it.each(varied)("%s: samma fält, inte ändrad utanför tillägget", (_name, effect, lists) => {
    const written = checksummed(effect);
    expect(effectOf(read(rowOf(written), lists))).toEqual(written);
  });

  it("med kolumnerna omflyttade och en egen kolumn emellan", () => {
    const written = checksummed(anEffect(verifiedForecast));
    const moved = [...headers].reverse();
    moved.splice(5, 0, "Egen anteckning");
    const row = effectRowCells(written, moved).map(excelReadsBack);
    expect(effectOf(read(row, someLists(), moved))).toEqual(written);
  });

  it("med listvärden som bytt skiftläge i listorna: listans stavning, fortfarande betrodd", () => {
    const written = checksummed(anEffect(verifiedForecast));
    const recased = someLists({ categories: ["it"], types: ["NYTT AVTAL"] });
    const effect = effectOf(read(rowOf(written), recased));
    expect(effect).toMatchObject({ category: "it", type: "NYTT AVTAL", editedOutside: false });
  });

  it("med stavningen i cellen ändrad för hand i en vallista (Verifierat, Status)", () => {
    const row = rowOf(checksummed(anEffect(verifiedForecast)));
    const retyped = edited(edited(row, "Verifierat", " kalkyl "), "Status", "KALKYLERAD");
    expect(effectOf(read(retyped, someLists()))).toMatchObject({
      verifiedStage: "Kalkyl",
      status: "Kalkylerad",
      editedOutside: false,
    });
  });
});

describe("readRow: en cell ändrad för hand märks", () => {
  const written = checksummed(realisedAndVerified);
  const row = rowOf(written);

  it.each([
    ["Årligt belopp (kr)", 2_000_001],
    ["Realiserad effekt (kr)", 1_999_999.98],
    ["Leverantör", "Skrivarbolaget AB och dotterbolag"],
    ["Leverantör", "SKRIVARBOLAGET AB"],
    ["Verifierad av", "Anna Andersson"],
    ["Verifierad datum", 46_056],
    ["Underlag", ""],
    ["Senast ändrad av", "Bo Berg"],
    ["Registrerad av", "Bo Berg"],
    ["Baslinje", "Egen kalkyl eller budget"],
    ["Kontrollsumma", "0000000000000000"],
    ["Kontrollsumma", ""],
  ] as const)("%s → %j", (header, value) => {
    const effect = effectOf(read(edited(row, header, value), someLists()));
    expect(effect.editedOutside).toBe(true);
    expect(verifiedFigures(effect)).toEqual({ forecast: false, realised: false });
  });

  it("tre öre på ett belopp i hundramiljardklassen", () => {
    const big = checksummed(
      anEffect({
        previousAnnualCost: null,
        newAnnualCost: null,
        annualAmount: kronor(123_456_789_012.34),
      })
    );
    const changed = edited(rowOf(big), "Årligt belopp (kr)", 123_456_789_012.31);
    expect(effectOf(read(changed, someLists())).editedOutside).toBe(true);
  });

  it("men inte blanksteg runt en text", () => {
    const spaced = edited(row, "Leverantör", "  Skrivarbolaget AB ");
    expect(effectOf(read(spaced, someLists())).editedOutside).toBe(false);
  });
});

describe("readRow: rader skrivna för hand och oläsbara verifieringsceller", () => {
  it("en rad utan kontrollsumma är ändrad utanför tillägget, så att den kan godkännas", () => {
    const byHand = rowOf(anEffect({ checksum: "" }));
    expect(effectOf(read(byHand, someLists()))).toMatchObject({
      checksum: "",
      editedOutside: true,
    });
  });

  it.each([
    ["Verifierat", "Ja"],
    ["Verifierat", 1],
    ["Verifierad datum", "igår"],
    ["Verifierad datum", "1/3/2026"],
  ] as const)("%s = %j: raden gäller, men räknas aldrig som verifierad", (header, value) => {
    const written = checksummed(anEffect(verifiedForecast));
    const effect = effectOf(read(edited(rowOf(written), header, value), someLists()));
    expect(effect.editedOutside).toBe(true);
    expect(effect.verifiedStage).toBeNull();
    expect(verifiedFigures(effect)).toEqual({ forecast: false, realised: false });
    expect(effect.annualAmount).toBe(2_000_000);
  });

  it("även när kontrollsumman räknats om för de oläsbara cellerna", () => {
    // A stage that reads as nothing gives the checksum of an unverified row; the cell still
    // says something, so the row cannot be trusted as it stands.
    const unverified = checksummed(anEffect());
    const row = edited(rowOf(unverified), "Verifierat", "Klar");
    expect(effectChecksum(effectOf(read(row, someLists())))).toBe(unverified.checksum);
    expect(effectOf(read(row, someLists())).editedOutside).toBe(true);
  });
});
