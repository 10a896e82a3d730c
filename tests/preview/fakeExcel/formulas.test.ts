/**
 * The simulated Excel computes formulas after each change. Expected values are Excel's, from
 * Microsoft's function articles (SUMIFS, COUNTIFS: "=" matches blank cells, "<>" non-blank
 * ones, `*` `?` wildcards and `~` escapes, criteria ranges of one shape) and "Calculation
 * operators and precedence" (−2^2 is 4, "&" joins text, blanks are 0 in arithmetic), and
 * "Guidelines and examples of array formulas" (a one-value argument given an array is computed
 * per element, as COUNTIFS's criteria inside SUMPRODUCT). The
 * summary's own formulas are checked against LibreOffice in summary.libreoffice.test.ts.
 */
import { aFake, readRange as read, writeRange as write } from "./fixtures";

const TABLE = [
  ["Typ", "Belopp", "Datum", "Baslinje"],
  ["IT*", 100, 46082, "Offert"],
  ["IT-drift", 200, 46100, ""],
  ["Fordon", 400, "", "Offert"],
  ["it*", 800, 46300, "Egen"],
];

async function withTable() {
  const fake = aFake(["Kategori", "Registrering"]);
  await fake.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Registrering");
    sheet.getRange("A1:D5").values = TABLE;
    sheet.tables.add("A1:D5", true).name = "Effektiviseringar";
    context.workbook.worksheets.getItem("Kategori").getRange("A1:A3").values = [
      ["IT*"],
      ["Fordon"],
      ["'=x"],
    ];
    await context.sync();
  });
  return fake;
}

async function compute(formula: string) {
  const fake = await withTable();
  await write(fake, "H1", [[formula]], "formulas");
  return (await read(fake, "H1")).values[0]?.[0];
}

describe("formler i den simulerade Excel", () => {
  it.each([
    ["=1+2*3", 7],
    ["=-2^2", 4],
    ["=(1+2)*3", 9],
    ["=10/4", 2.5],
    ["=1/0", "#DIV/0!"],
    ["=50%", 0.5],
    ['="a"&1&TRUE', "a1TRUE"],
    ['=1&""', "1"],
    ["=G1+1", 1],
    ['="Abc"="aBC"', true],
    ["=2<10", true],
    ['="2"<10', false],
    ["=N(A2)", 0],
    ["=N(B2)", 100],
    ["=SUM(B2:B5)", 1500],
    ["=SUM(B:B)", 1500],
    ["=SUM(Registrering!B2:B3,1)", 301],
    ["=Kategori!A2", "Fordon"],
    ['=IF(B2>50,"stor","liten")', "stor"],
    ["=DATE(2026,3,1)", 46082],
    ["=YEAR(46082)", 2026],
    ["=SUM(Effektiviseringar[Belopp])", 1500],
    ['=SUMIFS(Effektiviseringar[Belopp],Effektiviseringar[Typ],"=IT*")', 1100],
    ['=SUMIFS(Effektiviseringar[Belopp],Effektiviseringar[Typ],"=IT~*")', 900],
    ['=SUMIFS(Effektiviseringar[Belopp],Effektiviseringar[Typ],"IT?drift")', 200],
    [
      '=SUMIFS(Effektiviseringar[Belopp],Effektiviseringar[Typ],"="&SUBSTITUTE(Kategori!A1,"*","~*"))',
      900,
    ],
    ['=SUMIFS(Effektiviseringar[Belopp],Effektiviseringar[Baslinje],"=")', 200],
    ['=SUMIFS(Effektiviseringar[Belopp],Effektiviseringar[Baslinje],"<>")', 1300],
    ['=SUMIFS(Effektiviseringar[Belopp],Effektiviseringar[Baslinje],"<>Offert")', 1000],
    ['=SUMIFS(Effektiviseringar[Belopp],Effektiviseringar[Datum],">="&46090)', 1000],
    [
      '=SUMIFS(Effektiviseringar[Belopp],Effektiviseringar[Datum],">="&DATE(2026,1,1),Effektiviseringar[Datum],"<="&DATE(2026,3,31))',
      300,
    ],
    ['=SUMIFS(Effektiviseringar[Belopp],A2:A3,"IT*")', "#VALUE!"],
    ['=COUNTIFS(Effektiviseringar[Datum],"<>")', 3],
    ['=COUNTIFS(Effektiviseringar[Typ],"<>",Effektiviseringar[Baslinje],"Offert")', 2],
    ['=COUNTIF(Effektiviseringar[Typ],"fordon")', 1],
    ['=SUMIF(Effektiviseringar[Baslinje],"Offert",Effektiviseringar[Belopp])', 500],
    ['=MATCH("Fordon",Kategori!A1:A3,0)', 2],
    ['=ISNA(MATCH("Båt",Kategori!A1:A3,0))', true],
    ['=IFERROR(1/0,"–")', "–"],
    ["=N(1/0)", "#DIV/0!"],
    ["=IF(FALSE,1/0,2)", 2],
    [
      // Only IT-drift is missing from the list ("IT*" and "it*" as MATCH's value are wildcards).
      "=SUMPRODUCT(Effektiviseringar[Belopp]*ISNA(MATCH(Effektiviseringar[Typ],Kategori!$A$1:$A$3,0)))",
      200,
    ],
    ["=SUMPRODUCT(--ISNUMBER(Effektiviseringar[Datum]))", 3],
    ['=SUMPRODUCT((Effektiviseringar[Baslinje]="Offert")*Effektiviseringar[Belopp])', 500],
    ["=SUMPRODUCT(Effektiviseringar[Belopp],Effektiviseringar[Belopp])", 850000],
    [
      // COUNTIFS with a column as its criteria: one count per row ("IT*" and "it*" as
      // criteria are wildcards, so each counts IT*, IT-drift and it*, two of them over 150).
      '=SUMPRODUCT(COUNTIFS(Effektiviseringar[Typ],Effektiviseringar[Typ],Effektiviseringar[Belopp],">150"))',
      6,
    ],
    [
      // The summary's test whether a row's value is in another table: Typ in the list.
      "=SUMPRODUCT(Effektiviseringar[Belopp]*(COUNTIFS(Kategori!$A$1:$A$3,Effektiviseringar[Typ])>0))",
      1300,
    ],
    ["=OKÄND(1)", "#NAME?"],
    ["=SUM(1;2)", "#NAME?"],
    ["=Effektiviseringar[Saknas]", "#REF!"],
  ] as const)("%s ger %j", async (formula, expected) => {
    expect(await compute(formula)).toEqual(expected);
  });

  it("räknar om det som beror på en ändrad cell, i samma synkronisering som läser", async () => {
    const fake = await withTable();
    const values = await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Registrering");
      sheet.getRange("H1:H2").formulas = [["=SUM(Effektiviseringar[Belopp])"], ["=H1*2"]];
      sheet.getRange("B2").values = [[1100]];
      const range = sheet.getRange("H1:H2").load("values");
      await context.sync();
      return range.values;
    });
    expect(values).toEqual([[2500], [5000]]);
  });

  it("följer tabellen när en rad skrivs under den", async () => {
    const fake = await withTable();
    await write(fake, "H1", [["=SUM(Effektiviseringar[Belopp])"]], "formulas");
    await write(fake, "A6:D6", [["Annat", 25, "", ""]]);
    expect((await read(fake, "H1")).values).toEqual([[1525]]);
  });

  it("ger 0 för en cirkelreferens i stället för att hänga", async () => {
    const fake = aFake();
    await write(fake, "A1:B1", [["=B1+1", "=A1+1"]], "formulas");
    const values = (await read(fake, "A1:B1")).values.flat();
    expect(values.every((value) => typeof value === "number")).toBe(true);
  });
});
