import { describe, expect, it } from "@jest/globals";
import { columnLetter, type CellValue } from "../../../src/domain/model/cells";
import { isoDate, kronor } from "../../../src/domain/model/effect";
import { parseAmount, parseDate } from "../../../src/domain/parse/parse";
import {
  effectRowCells,
  effectToRow,
  forecastFormula,
  forecastFormulaR1C1,
  indexHeaders,
  rowToDraft,
} from "../../../src/domain/model/rows";
import { TABLE_COLUMNS, headerOf } from "../../../src/domain/model/tableSchema";
import { anEffect, excelReadsBack } from "../../fixtures/effects";

const templateHeaders: string[] = TABLE_COLUMNS.map((column) => column.header);
const at = (place: { headers?: readonly string[]; firstColumn?: number; rowNumber?: number }) => ({
  headers: templateHeaders,
  firstColumn: 0,
  rowNumber: 5,
  ...place,
});
const cellUnder = (
  row: readonly (CellValue | null)[],
  headers: readonly string[],
  header: string
) => row[headers.indexOf(header)];

describe("effectToRow", () => {
  const row = effectToRow(anEffect(), at({}));
  const cell = (header: string) => cellUnder(row, templateHeaders, header);

  it.each([
    ["ID", "'E-2026-0001"],
    ["Ärende", "'Utskrift som tjänst"],
    ["Typ av effektivisering", "'Nytt avtal"],
    ["Registrerad", 46_037],
    ["Startdatum", 46_023],
    ["Årligt belopp (kr)", 2_000_000],
    ["Avtalstid (år)", 7],
    ["Engångsbelopp (kr)", ""],
    ["Realiserad datum", ""],
    ["Budgetpåverkande", "Ja"],
    ["Senast ändrad", 46_037.4375],
    ["Kalkylerad effekt (kr)", "=N(O5)*N(P5)+N(R5)-N(S5)"],
  ] as const)("skriver %s som %j", (header, expected) => {
    expect(cell(header)).toBe(expected);
  });

  it("skriver Nej för en effekt som inte påverkar budgeten", () => {
    const nej = effectToRow(anEffect({ budgetAffecting: false }), at({}));
    expect(cellUnder(nej, templateHeaders, "Budgetpåverkande")).toBe("Nej");
  });

  it("följer tabellens egen kolumnordning och lämnar användarens egna kolumner tomma", () => {
    const headers = ["Egen anteckning", "Leverantör", "ID"];
    expect(effectToRow(anEffect(), at({ headers }))).toEqual([
      "",
      "'Skrivarbolaget AB",
      "'E-2026-0001",
    ]);
  });

  it.each([
    ["comment", '=HYPERLINK("http://example.com","klicka")'],
    ["caseName", "+46 70 123 45 67"],
    ["supplier", "@SUMMA(A1)"],
    ["caseNumber", "00123"],
    ["comment", "2026-03-01"],
    ["comment", "TRUE"],
    ["comment", "'citerad"],
    ["category", "=1+1"],
  ] as const)("skriver %s = %j som text", (field, text) => {
    const written = effectToRow(anEffect({ [field]: text }), at({}));
    const value = cellUnder(written, templateHeaders, headerOf(field));
    expect(value).toBe(`'${text}`);
    expect(excelReadsBack(value ?? "")).toBe(text);
  });

  it("lämnar tomma texter tomma", () => {
    const written = effectToRow(anEffect({ comment: "" }), at({}));
    expect(cellUnder(written, templateHeaders, "Kommentar")).toBe("");
  });

  describe("baslinje, indexjustering, annan rapportering och verifiering", () => {
    const effect = anEffect({
      reason: "Indexjustering",
      baseline: "Indexjusterat tidigare pris",
      indexName: "KPI",
      avoidedIncreasePercent: 0.035,
      avoidedIncrease: kronor(70_000.5),
      alsoReportedBy: "Adda",
      alsoReportedRef: "=Adda 2026/17",
      verifiedStage: "Kalkyl",
      verifiedBy: "Bo Berg",
      verifiedDate: isoDate("2026-02-02"),
      evidence: "https://kommunen.sharepoint.com/sites/upphandling/Avtal.pdf",
      checksum: "0123456789abcdef",
    });
    const written = effectToRow(effect, at({}));
    const cell = (header: string) => cellUnder(written, templateHeaders, header);

    it.each([
      ["Baslinje", "'Indexjusterat tidigare pris"],
      ["Index", "'KPI"],
      // The fraction: the column's percent format shows it as 3,5 %.
      ["Undviken höjning (%)", 0.035],
      ["Undviken höjning (kr/år)", 70_000.5],
      ["Rapporteras även av", "'Adda"],
      ["Referens, annan rapportering", "'=Adda 2026/17"],
      ["Verifierat", "'Kalkyl"],
      ["Verifierad av", "'Bo Berg"],
      ["Verifierad datum", 46_055],
      ["Underlag", "'https://kommunen.sharepoint.com/sites/upphandling/Avtal.pdf"],
      ["Senast ändrad av", "'Anna Andersson"],
      // All digits would otherwise become a number and lose its leading zero.
      ["Kontrollsumma", "'0123456789abcdef"],
    ] as const)("skriver %s som %j", (header, expected) => {
      expect(cell(header)).toBe(expected);
    });

    it("skriver det som inte är angivet som tomma celler", () => {
      const blank = effectToRow(
        anEffect({ baseline: null, avoidedIncreasePercent: null, verifiedStage: null }),
        at({})
      );
      for (const header of ["Baslinje", "Undviken höjning (%)", "Verifierat", "Verifierad datum"]) {
        expect(cellUnder(blank, templateHeaders, header)).toBe("");
      }
    });

    it("läses tillbaka som det skrevs", () => {
      const draft = rowToDraft(written.map(excelReadsBack), templateHeaders);
      expect(draft).toMatchObject({
        baseline: "Indexjusterat tidigare pris",
        avoidedIncreasePercent: 0.035,
        alsoReportedRef: "=Adda 2026/17",
        verifiedStage: "Kalkyl",
        verifiedDate: 46_055,
        checksum: "0123456789abcdef",
      });
    });
  });
});

describe("effectRowCells", () => {
  it("lämnar formelkolumnen och användarens egna kolumner orörda (null) åt adaptern", () => {
    const headers = [...templateHeaders, "Egen anteckning"];
    const row = effectRowCells(anEffect(), headers);
    expect(cellUnder(row, headers, "Kalkylerad effekt (kr)")).toBeNull();
    expect(cellUnder(row, headers, "Egen anteckning")).toBeNull();
    expect(cellUnder(row, templateHeaders, "Årligt belopp (kr)")).toBe(2_000_000);
  });
});

describe("forecastFormula", () => {
  it.each([
    [0, 5, "=N(O5)*N(P5)+N(R5)-N(S5)"],
    [2, 5, "=N(Q5)*N(R5)+N(T5)-N(U5)"],
    [10, 7, "=N(Y7)*N(Z7)+N(AB7)-N(AC7)"],
    [0, 1048576, "=N(O1048576)*N(P1048576)+N(R1048576)-N(S1048576)"],
  ] as const)(
    "för en tabell som börjar i kolumn %d, rad %d: %s",
    (firstColumn, rowNumber, formula) => {
      expect(forecastFormula(at({ firstColumn, rowNumber }))).toBe(formula);
    }
  );

  it("följer kolumnerna dit användaren flyttat dem", () => {
    const headers = [
      "Implementeringskostnad (kr)",
      "Engångsbelopp (kr)",
      "Avtalstid (år)",
      "Årligt belopp (kr)",
    ];
    expect(forecastFormula(at({ headers, firstColumn: 2 }))).toBe("=N(F5)*N(E5)+N(D5)-N(C5)");
  });

  it("kastar ett tydligt fel när en kolumn som formeln behöver saknas", () => {
    const headers = templateHeaders.filter((header) => header !== "Avtalstid (år)");
    expect(() => forecastFormula(at({ headers }))).toThrow(/"Avtalstid \(år\)"/);
  });

  it.each([0, -1, 1.5])("kastar för radnummer %p", (rowNumber) => {
    expect(() => forecastFormula(at({ rowNumber }))).toThrow(RangeError);
  });

  it("finns också i relativ R1C1-form, samma för varje rad", () => {
    expect(forecastFormulaR1C1(templateHeaders)).toBe("=N(RC[-5])*N(RC[-4])+N(RC[-2])-N(RC[-1])");
    const moved = [
      "Kalkylerad effekt (kr)",
      "Årligt belopp (kr)",
      "Avtalstid (år)",
      "Engångsbelopp (kr)",
      "Implementeringskostnad (kr)",
    ];
    expect(forecastFormulaR1C1(moved)).toBe("=N(RC[1])*N(RC[2])+N(RC[3])-N(RC[4])");
  });
});

describe("columnLetter", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [27, "AB"],
    [51, "AZ"],
    [52, "BA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16_383, "XFD"],
  ] as const)("kolumn %d heter %s", (index, letters) => {
    expect(columnLetter(index)).toBe(letters);
  });

  it.each([-1, 16_384, 1.5])("kastar för kolumn %p", (index) => {
    expect(() => columnLetter(index)).toThrow(RangeError);
  });
});

describe("rad → utkast", () => {
  it("går runt: effekt → rad → Excel → utkast, med omflyttade kolumner och en egen kolumn", () => {
    const effect = anEffect({ oneOffAmount: null, implementationCost: null, comment: "=farlig" });
    const headers = [...templateHeaders].reverse();
    headers.splice(3, 0, "Egen kolumn");
    headers[headers.indexOf("ID")] = "  id ";
    const row = effectToRow(effect, at({ headers, firstColumn: 2 })).map(excelReadsBack);

    const draft = rowToDraft(row, headers);

    // Every known column is in the draft; those not listed here are blank.
    const blank = Object.fromEntries(
      TABLE_COLUMNS.filter((c) => c.key !== "forecast").map((c) => [c.key, ""])
    );
    expect(draft).toEqual({
      ...blank,
      id: "E-2026-0001",
      caseName: "Utskrift som tjänst",
      registered: 46_037,
      category: "IT",
      department: "Kommunstyrelseförvaltningen",
      type: "Nytt avtal",
      reason: "Ramavtal/kontrakt",
      status: "Kalkylerad",
      basis: "Årlig",
      previousAnnualCost: 5_000_000,
      newAnnualCost: 3_000_000,
      annualAmount: 2_000_000,
      contractYears: 7,
      startDate: 46_023,
      budgetAffecting: "Ja",
      supplier: "Skrivarbolaget AB",
      caseNumber: "KS 2025/123",
      comment: "=farlig",
      baseline: "Tidigare avtalspris",
      registeredBy: "Anna Andersson",
      lastModified: 46_037.4375,
      lastModifiedBy: "Anna Andersson",
    });
    expect(parseDate(draft.startDate)).toEqual({ ok: true, value: effect.startDate });
    expect(parseAmount(draft.annualAmount)).toEqual({ ok: true, value: effect.annualAmount });
  });

  it("gör tal i textkolumner till text och läser saknade celler som tomma", () => {
    const headers = ["Diarienummer", "Ärende", "Kommentar"];
    expect(rowToDraft([123, 4.5], headers)).toEqual({
      caseNumber: "123",
      caseName: "4.5",
      comment: "",
    });
  });

  it("lämnar fält vars kolumn saknas utanför utkastet", () => {
    const draft = rowToDraft(["x"], ["Kommentar"]);
    expect(Object.keys(draft)).toEqual(["comment"]);
  });
});

describe("indexHeaders", () => {
  it("rapporterar saknade och okända kolumner", () => {
    const headers = templateHeaders.map((header) =>
      header === "Kommentar" ? "Kommentarer" : header
    );
    const index = indexHeaders([...headers, "Egen"]);
    expect(index.missing).toEqual(["comment"]);
    expect(index.unknown).toEqual(["Kommentarer", "Egen"]);
    expect(index.indexOf.get("id")).toBe(0);
  });

  it("matchar rubriker oavsett skiftläge och mellanslag, och tar den första av två lika", () => {
    const index = indexHeaders(["  KALKYLERAD  effekt (KR) ", "id", "ID"]);
    expect(index.indexOf.get("forecast")).toBe(0);
    expect(index.indexOf.get("id")).toBe(1);
    expect(index.unknown).toEqual(["ID"]);
  });
});
