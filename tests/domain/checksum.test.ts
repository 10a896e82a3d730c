import { describe, expect, it } from "@jest/globals";
import { effectChecksum, matchesChecksum } from "../../src/domain/trust/checksum";
import { isoDate, kronor, type Effect } from "../../src/domain/model/effect";
import { TABLE_COLUMNS, type ColumnDef } from "../../src/domain/model/tableSchema";
import { anEffect, checksummed } from "../fixtures/effects";

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
  it("är 16 hexadecimala tecken och beror bara på fälten", () => {
    const sum = effectChecksum(base);
    expect(sum).toMatch(/^[0-9a-f]{16}$/);
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
