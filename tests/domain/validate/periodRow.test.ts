import { describe, expect, it } from "@jest/globals";
import type { CellValue } from "../../../src/domain/model/cells";
import { isoDateToExcelSerial } from "../../../src/domain/model/dates";
import { effectId, isoDate } from "../../../src/domain/model/effect";
import { REALISATION_COLUMNS } from "../../../src/domain/model/realisation";
import {
  periodRowsToFix,
  readPeriodRow,
  readPeriodRows,
} from "../../../src/domain/validate/periodRow";

const headers: readonly string[] = REALISATION_COLUMNS.map((column) => column.header);
const MARCH = isoDateToExcelSerial(isoDate("2026-03-01"));

type Cells = Partial<Record<(typeof REALISATION_COLUMNS)[number]["header"], CellValue>>;

/** A row as Excel returns it for a period the add-in wrote, with some cells as typed by hand. */
const aRow = (cells: Cells = {}): CellValue[] => {
  const row: Cells = {
    ID: "R-1",
    "Effekt-ID": "E-1",
    Månad: MARCH,
    "Belopp (kr)": 120_000,
    Källa: "Manuell",
    Underlag: "Faktura 4711",
    "Registrerad av": "Anna",
    Registrerad: MARCH,
    ...cells,
  };
  return headers.map((header) => row[header as keyof Cells] ?? "");
};

const issuesOf = (row: CellValue[]) => {
  const reading = readPeriodRow(row, headers);
  return "issues" in reading ? reading.issues : [];
};

describe("readPeriodRow", () => {
  it("läser en rad som tillägget skrev som en period", () => {
    expect(readPeriodRow(aRow(), headers)).toEqual({
      period: {
        id: "R-1",
        effectId: "E-1",
        month: "2026-03",
        amount: 120_000,
        source: "Manuell",
        evidence: "Faktura 4711",
        registeredBy: "Anna",
        registeredAt: "2026-03-01 00:00",
      },
    });
  });

  it("läser Månad som en dag mitt i månaden", () => {
    const reading = readPeriodRow(aRow({ Månad: MARCH + 14 }), headers);
    expect("period" in reading && reading.period.month).toBe("2026-03");
  });

  it("läser Källa utan hänsyn till versaler, som formelns =", () => {
    const reading = readPeriodRow(aRow({ Källa: "IMPORT" }), headers);
    expect("period" in reading && reading.period.source).toBe("Import");
  });

  it.each([
    ["Effekt-ID tomt", { "Effekt-ID": "" }, "effectId", /Effekt-ID saknas\. Skriv ID:t/],
    ["Effekt-ID bara mellanslag", { "Effekt-ID": "  " }, "effectId", /Effekt-ID saknas/],
    ["Månad som text", { Månad: "mars 2026" }, "month", /står som text.*som ett datum/],
    // Formulas never count a month typed as text (text sorts after every date).
    ["Månad som texten 2026-03", { Månad: "2026-03" }, "month", /står som text.*som ett datum/],
    ["Månad som texten 2026-03-15", { Månad: "2026-03-15" }, "month", /står som text/],
    ["Månad tom", { Månad: "" }, "month", /Månad är inget datum/],
    ["Månad månad 13", { Månad: "2026-13" }, "month", /står som text/],
    ["Belopp som text", { "Belopp (kr)": "120000" }, "amount", /står som text.*som ett tal/],
    ["Belopp med enhet", { "Belopp (kr)": "120 000 kr" }, "amount", /står som text/],
    ["Belopp tomt", { "Belopp (kr)": "" }, "amount", /Belopp saknas\. Skriv/],
    ["Belopp felvärde", { "Belopp (kr)": "#VALUE!" }, "amount", /står som text/],
    ["Källa okänd", { Källa: "Faktura" }, "source", /Manuell eller Import \(här står ”Faktura”\)/],
    ["Källa tom", { Källa: "" }, "source", /Manuell eller Import \(här står inget\)/],
    // The formula's = counts spaces, so the pane must not read past them.
    ["Källa med mellanslag", { Källa: "Import " }, "source", /här står ”Import ”/],
  ] as const)("visar vad som ska skrivas när %s", (_, cells, field, message) => {
    const issues = issuesOf(aRow(cells));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ field });
    expect(issues[0]?.message).toMatch(message);
  });

  it("räknar upp alla problem på en rad", () => {
    const row = aRow({ "Effekt-ID": "", Månad: "x", "Belopp (kr)": "", Källa: "?" });
    expect(issuesOf(row).map((issue) => issue.field)).toEqual([
      "effectId",
      "month",
      "amount",
      "source",
    ]);
  });

  it("hittar kolumnerna på rubriken, i vilken ordning de än står", () => {
    const reversed = [...headers].reverse();
    const row = [...aRow()].reverse();
    expect(readPeriodRow(row, reversed)).toMatchObject({ period: { amount: 120_000 } });
  });
});

describe("readPeriodRows", () => {
  it("ger varje rad sitt radnummer i bladet, hoppar över tomma rader och tappar ingen", () => {
    const rows = [
      aRow(),
      headers.map(() => ""),
      aRow({ "Effekt-ID": "E-1 ", "Belopp (kr)": "12 kr" }),
      aRow(),
    ];
    const reading = readPeriodRows(rows, headers, 2);
    expect(reading.periods).toHaveLength(2);
    expect(reading.periodRows).toEqual([2, 5]);
    expect(reading.invalidRows).toEqual([
      {
        sheetRow: 4,
        shown: { effectId: "E-1", month: "2026-03", amount: "12 kr" },
        // As the sheet's COUNTIF compares it: the trailing space names no effect.
        effectIdCell: "E-1 ",
        issues: [expect.objectContaining({ field: "amount" })],
      },
    ]);
  });
});

describe("periodRowsToFix", () => {
  it("lägger till perioder vars Effekt-ID ingen registrerad effekt har, i bladets ordning", () => {
    const rows = [aRow({ "Effekt-ID": "E-9" }), aRow({ Källa: "" }), aRow()];
    const reading = readPeriodRows(rows, headers, 2);
    const toFix = periodRowsToFix(reading, new Set([effectId("E-1")]));
    expect(toFix.map((row) => row.sheetRow)).toEqual([2, 3]);
    expect(toFix[0]).toMatchObject({
      shown: { effectId: "E-9", month: "2026-03", amount: "120000" },
      issues: [{ field: "effectId", message: expect.stringMatching(/E-9 finns inte/) }],
    });
  });

  it("läser ett Effekt-ID med andra stora och små bokstäver som effektens, som Excels formel", () => {
    const reading = readPeriodRows(
      [aRow({ "Effekt-ID": "e-1" }), aRow({ "Effekt-ID": "E-1 " })],
      headers,
      2
    );
    const toFix = periodRowsToFix(reading, new Set([effectId("E-1")]));
    expect(toFix.map((row) => row.shown.effectId)).toEqual(["E-1 "]);
  });

  it("har inget att rätta när varje period hör till en registrerad effekt", () => {
    const reading = readPeriodRows([aRow(), aRow()], headers, 2);
    expect(periodRowsToFix(reading, new Set([effectId("E-1")]))).toEqual([]);
  });
});
