import { describe, expect, it } from "@jest/globals";
import { checksumOver, effectChecksum, matchesChecksum } from "../../../src/domain/trust/checksum";
import { isoDate, kronor, type Effect } from "../../../src/domain/model/effect";
import { TABLE_COLUMNS, type ColumnDef } from "../../../src/domain/model/tableSchema";
import { anEffect, checksummed } from "../../fixtures/effects";

const base = anEffect({
  annualVolume: 1200,
  savedHours: null,
  avoidedIncreasePercent: 0.035,
  avoidedIncrease: kronor(70_000),
  verifiedStage: "Kalkyl",
  verifiedBy: "Bo Berg",
  verifiedDate: isoDate("2026-02-02"),
  evidence: "Faktura 4711",
});

/** Another value of the field that a reader would see as a change. */
function changed(effect: Effect, column: ColumnDef): unknown {
  const value = effect[column.key as keyof Effect];
  switch (column.kind) {
    case "kronor":
      return kronor(((value as number | null) ?? 0) + 0.01);
    case "number":
    case "datetime":
      return ((value as number | null) ?? 0) + 1;
    case "percent":
      return ((value as number | null) ?? 0) + 0.001;
    case "date":
      return value === "2027-01-01" ? isoDate("2027-01-02") : isoDate("2027-01-01");
    case "yesNo":
      return !value;
    case "choice":
    case "text":
      return `${String(value ?? "")}x`;
    default:
      throw new Error(`No stored value in ${column.kind}`);
  }
}

describe("effectChecksum", () => {
  it("är 16 hexadecimala tecken (efter versionen) och beror bara på fälten", () => {
    const sum = effectChecksum(base);
    expect(sum).toMatch(/^(v[2-9]\d*:)?[0-9a-f]{16}$/);
    expect(effectChecksum({ ...base })).toBe(sum);
    // Its own column, and the flag read from it, are not part of it.
    expect(effectChecksum({ ...base, checksum: "abc", editedOutside: true })).toBe(sum);
  });

  const stored = TABLE_COLUMNS.filter((c) => c.kind !== "formula" && c.key !== "checksum");
  it.each(stored.map((column) => [column.header, column] as const))(
    "ändras när %s ändras",
    (_header, column) => {
      const edited = { ...base, [column.key]: changed(base, column) };
      expect(effectChecksum(edited)).not.toBe(effectChecksum(base));
    }
  );

  it.each([
    ["ett värde som fattas", { baseline: null }, { baseline: "Annan" }],
    ["ett tomt belopp och noll", { oneOffAmount: null }, { oneOffAmount: kronor(0) }],
    [
      "en text i annat skiftläge",
      { supplier: "Skrivarbolaget AB" },
      { supplier: "SKRIVARBOLAGET AB" },
    ],
    [
      "ett öre på ett stort belopp",
      { realised: kronor(98_765_432_109.87) },
      { realised: kronor(98_765_432_109.86) },
    ],
  ] as const)("skiljer på %s", (_name, one, other) => {
    expect(effectChecksum(anEffect(one))).not.toBe(effectChecksum(anEffect(other)));
  });

  it.each([
    ["flyttalsbrus i kronor", { realised: kronor(0.1 + 0.2) }, { realised: kronor(0.3) }],
    ["flyttalsbrus i ett tal", { annualVolume: 0.1 + 0.2 }, { annualVolume: 0.3 }],
    [
      "flyttalsbrus i en procentsats",
      { avoidedIncreasePercent: 1.035 - 1 },
      { avoidedIncreasePercent: 0.035 },
    ],
    [
      "ett listvärde i annat skiftläge",
      { category: "IT", status: "Kalkylerad" },
      { category: "it", status: "kalkylerad" },
    ],
    [
      "blanksteg runt och inuti en text",
      { comment: "rad ett\r\nrad två" },
      { comment: " rad ett\nrad två " },
    ],
  ] as const)("tål %s", (_name, one, other) => {
    expect(effectChecksum(anEffect(one as Partial<Effect>))).toBe(
      effectChecksum(anEffect(other as Partial<Effect>))
    );
  });
});

describe("matchesChecksum", () => {
  it("stämmer för en rad som tillägget skrev", () => {
    expect(matchesChecksum(checksummed(base))).toBe(true);
  });

  it("stämmer inte när ett fält ändrats efteråt, eller utan kontrollsumma", () => {
    expect(matchesChecksum({ ...checksummed(base), verifiedBy: "Anna Andersson" })).toBe(false);
    expect(matchesChecksum({ ...base, checksum: "" })).toBe(false);
  });
});

describe("kontrollsummans versioner", () => {
  /**
   * A row as today's add-in writes it, spelled out rather than built, so that a change of the
   * fixtures cannot move the pinned value: the checksum of a row already in a workbook.
   */
  const written = {
    ...anEffect({}),
    id: "E-2026-0001",
    caseName: "Utskrift som tjänst",
    category: "IT",
    department: "Kommunstyrelseförvaltningen",
    type: "Nytt avtal",
    reason: "Ramavtal/kontrakt",
    status: "Kalkylerad",
    basis: "Årlig",
    previousAnnualCost: 5_000_000,
    newAnnualCost: 3_000_000,
    previousUnitPrice: null,
    newUnitPrice: null,
    annualVolume: 1200,
    annualAmount: 2_000_000,
    contractYears: 7,
    startDate: "2026-01-01",
    oneOffAmount: null,
    implementationCost: null,
    realised: null,
    realisedDate: null,
    budgetAffecting: true,
    savedHours: null,
    supplier: "Skrivarbolaget AB",
    caseNumber: "KS 2025/123",
    comment: "Lättare begagnade skrivare tillåts",
    baseline: "Tidigare avtalspris",
    baselineNote: "",
    indexName: "",
    avoidedIncreasePercent: 0.035,
    avoidedIncrease: 70_000,
    alsoReportedBy: "",
    alsoReportedRef: "",
    registered: "2026-01-15",
    registeredBy: "Anna Andersson",
    lastModified: 46037.4375,
    lastModifiedBy: "Anna Andersson",
    verifiedStage: "Kalkyl",
    verifiedBy: "Bo Berg",
    verifiedDate: "2026-02-02",
    evidence: "Faktura 4711",
    checksum: "46ae39290b4c4de7",
    editedOutside: false,
  } as Effect;

  /** The catalogue after a new column: covered from version 2 on. */
  const grown = checksumOver([
    ...TABLE_COLUMNS,
    { key: "contactPerson", kind: "text", checksumSince: 2 },
  ]);

  it("ger samma värde som tidigare versioner av tillägget skrev (version 1, utan prefix)", () => {
    expect(checksumOver(TABLE_COLUMNS).of(written, 1)).toBe("46ae39290b4c4de7");
    expect(matchesChecksum(written)).toBe(true);
  });

  it("läser en rad skriven före en ny kolumn som oförändrad när kolumnen lagts till", () => {
    expect(grown.version).toBe(2);
    expect(grown.matches({ ...written, contactPerson: "" }, written.checksum)).toBe(true);
    // New writes cover the new column and say so.
    const rewritten = grown.of({ ...written, contactPerson: "Eva Ek" });
    expect(rewritten).toMatch(/^v2:[0-9a-f]{16}$/);
    expect(grown.matches({ ...written, contactPerson: "Eva Ek" }, rewritten)).toBe(true);
  });

  it("märker fortfarande en ändring för hand, i en gammal och i en ny rad", () => {
    const oldRowEdited = { ...written, annualAmount: 2_500_000, contactPerson: "" };
    expect(grown.matches(oldRowEdited, written.checksum)).toBe(false);
    const rewritten = grown.of({ ...written, contactPerson: "Eva Ek" });
    expect(grown.matches({ ...written, contactPerson: "Eva Åk" }, rewritten)).toBe(false);
  });

  it.each([
    ["en version som en nyare version av tillägget skrev", "v3:46ae39290b4c4de7"],
    ["en summa med fel version", "v2:46ae39290b4c4de7"],
    ["text som inte är en kontrollsumma", "46AE39290B4C4DE7 "],
  ])("godtar inte %s", (_name, stored) => {
    expect(grown.matches({ ...written, contactPerson: "" }, stored)).toBe(false);
  });
});
