import { describe, expect, it } from "@jest/globals";
import { fileMessages, lineMessages } from "../../../src/domain/invoices/importMessages.sv";
import { latin1, readCsvFile, utf8 } from "./readFile";

const HEADER = "Leverantör;Organisationsnummer;Fakturadatum;Belopp exkl. moms;Konto";
const GOOD = "Städ AB;556677-8899;2026-03-05;1 000,00;4010";
const csv = (...lines: string[]) => [HEADER, ...lines].join("\r\n");

describe("fel som gör hela filen oläslig", () => {
  it.each([
    ["tom fil", "", fileMessages.empty],
    ["bara tomma rader", "\r\n\r\n  \r\n", fileMessages.empty],
    ["bara en rubrikrad", HEADER, fileMessages.onlyHeader],
    ["rubrikrad och tomma rader efter", `${HEADER}\r\n\r\n;;;;\r\n`, fileMessages.onlyHeader],
    [
      "okänd avgränsare",
      "Leverantör|Fakturadatum|Belopp\nStäd AB|2026-03-05|100",
      fileMessages.unknownSeparator,
    ],
    [
      "beloppskolumn saknas",
      "Leverantör;Fakturadatum;Konto\nStäd AB;2026-03-05;4010",
      fileMessages.missingColumn("amount"),
    ],
    [
      "datumkolumn saknas",
      "Leverantör;Belopp;Konto\nStäd AB;100;4010",
      fileMessages.missingColumn("date"),
    ],
    [
      "leverantörskolumn saknas",
      "Fakturadatum;Belopp;Konto\n2026-03-05;100;4010",
      fileMessages.missingSupplier,
    ],
    [
      "momsbelopp räknas inte som belopp",
      "Leverantör;Fakturadatum;Belopp inkl. moms\nA;2026-03-05;125",
      fileMessages.missingColumn("amount"),
    ],
    [
      "citattecken som aldrig avslutas",
      csv(GOOD, 'Städ AB;556677-8899;2026-03-06;"1 000,00;4010', GOOD),
      fileMessages.unterminatedQuote(3),
    ],
  ] as const)("%s", (_name, file, message) => {
    expect(readCsvFile(file)).toEqual({ ok: false, message });
  });
});

describe("fel på enskilda rader, med radnummer", () => {
  it.each([
    [
      "belopp som inte är ett tal",
      "Städ AB;556677-8899;2026-03-05;abc;4010",
      lineMessages.amount("abc"),
    ],
    ["belopp saknas", "Städ AB;556677-8899;2026-03-05;;4010", lineMessages.missingAmount],
    [
      "tvetydigt belopp",
      "Städ AB;556677-8899;2026-03-05;1,234,567;4010",
      lineMessages.amount("1,234,567"),
    ],
    ["månad 13", "Städ AB;556677-8899;2026-13-01;100;4010", lineMessages.date("2026-13-01")],
    ["30 februari", "Städ AB;556677-8899;2026-02-30;100;4010", lineMessages.date("2026-02-30")],
    [
      "datum i amerikansk ordning",
      "Städ AB;556677-8899;03/05/2026;100;4010",
      lineMessages.date("03/05/2026"),
    ],
    ["datum saknas", "Städ AB;556677-8899;;100;4010", lineMessages.missingDate],
    [
      "orgnr med för få siffror",
      "Städ AB;55667788;2026-03-05;100;4010",
      lineMessages.orgNr("55667788"),
    ],
    [
      "orgnr med bokstäver",
      "Städ AB;556A77-8899;2026-03-05;100;4010",
      lineMessages.orgNr("556A77-8899"),
    ],
    ["varken leverantör eller orgnr", ";;2026-03-05;100;4010", lineMessages.missingSupplier],
    ["för få kolumner", "Städ AB;556677-8899;2026-03-05", lineMessages.columnCount(3, 5)],
    [
      "avgränsare i ett fält utan citattecken",
      "Städ; Mark AB;556677-8899;2026-03-05;100;4010",
      lineMessages.columnCount(6, 5),
    ],
  ] as const)("%s", (_name, bad, reason) => {
    const result = readCsvFile(csv(GOOD, bad, GOOD));
    if (!result.ok) throw new Error(result.message);
    expect(result.reading.problems).toEqual([{ line: 3, message: `Rad 3: ${reason}` }]);
    expect(result.reading.lines.map((line) => line.line)).toEqual([2, 4]);
  });

  it("räknar tomma rader mitt i filen så att radnumret stämmer", () => {
    const result = readCsvFile(csv(GOOD, "", "", "Städ AB;556677-8899;2026-03-05;x;4010"));
    if (!result.ok) throw new Error(result.message);
    expect(result.reading.problems.map((problem) => problem.line)).toEqual([5]);
  });

  it("antal som inte är ett tal", () => {
    const result = readCsvFile("Leverantör;Fakturadatum;Belopp;Antal\nA;2026-03-05;100;många");
    if (!result.ok) throw new Error(result.message);
    expect(result.reading.problems).toEqual([
      { line: 2, message: `Rad 2: ${lineMessages.quantity("många")}` },
    ]);
  });
});

describe("filer som ser konstiga ut men går att läsa", () => {
  const one = (file: string | Uint8Array) => {
    const result = readCsvFile(file);
    if (!result.ok) throw new Error(result.message);
    expect(result.reading.problems).toEqual([]);
    return result.reading.lines;
  };

  it.each([
    ["BOM och semikolon", utf8(`\ufeff${csv(GOOD)}`)],
    ["Windows-1252 med å ä ö", latin1(csv(GOOD))],
    ["tomma rader sist", `${csv(GOOD)}\r\n\r\n\r\n`],
    ["bara CR som radslut", csv(GOOD).replace(/\r\n/g, "\r")],
    ["tabb som avgränsare", csv(GOOD).replace(/;/g, "\t")],
  ] as const)("%s", (_name, file) => {
    expect(one(file)).toEqual([
      expect.objectContaining({ supplier: "Städ AB", orgNr: "556677-8899", amountOre: 100_000 }),
    ]);
  });

  it("UTF-16 LE med BOM", () => {
    const text = `\ufeff${csv(GOOD)}`;
    const bytes = new Uint8Array(text.length * 2);
    [...text].forEach((char, at) => {
      bytes[2 * at] = char.charCodeAt(0) & 0xff;
      bytes[2 * at + 1] = char.charCodeAt(0) >> 8;
    });
    expect(one(bytes)[0]?.supplier).toBe("Städ AB");
  });

  it("Windows-1252:s byte 0x96 blir tankstreck (0x80–0x9F är inte Latin-1)", () => {
    const bytes = latin1(csv("Städ AB;556677-8899;2026-03-05;100;4010 X"));
    bytes[bytes.length - 2] = 0x96; // an en dash in "4010 – X"
    expect(one(bytes)[0]?.account).toBe("4010\u2013X");
  });

  it("fält med avgränsare inom citattecken", () => {
    expect(one(csv('"Bygg; Mark AB";5566778899;2026-03-05;"1 000,00";4010'))[0]?.supplier).toBe(
      "Bygg; Mark AB"
    );
  });

  it.each([
    ["-1 234,50", -123_450],
    ["1.234,50", 123_450],
    ["1234,5", 123_450],
    ["\u22121 234", -123_400],
  ] as const)("belopp %s med decimalkomma", (amount, ore) => {
    expect(one(csv(`A;;2026-03-05;${amount};4010`))[0]?.amountOre).toBe(ore);
  });

  it.each([
    ["1,234.50", 123_450],
    ["1234.50", 123_450],
    ["-12.5", -1_250],
  ] as const)("belopp %s i en fil med decimalpunkt", (amount, ore) => {
    const file = `Leverantör,Fakturadatum,Nettobelopp\nA,2026-03-05,"${amount}"\nA,2026-03-05,1.00`;
    expect(one(file)[0]?.amountOre).toBe(ore);
  });

  it.each([
    ["2026-03-05", "2026-03-05"],
    ["20260305", "2026-03-05"],
    ["05.03.2026", "2026-03-05"],
    ["2026-03-05 00:00:00", "2026-03-05"],
    ["202603", "2026-03-01"],
  ] as const)("datum %s", (date, iso) => {
    expect(one(csv(`A;;${date};100;4010`))[0]?.date).toBe(iso);
  });

  it.each([
    ["556677-8899", "556677-8899"],
    ["5566778899", "556677-8899"],
    ["16556677-8899", "556677-8899"],
    ["XXXXXX-XXXX", null],
  ] as const)("orgnr %s", (orgNr, normalised) => {
    expect(one(csv(`A;${orgNr};2026-03-05;100;4010`))[0]?.orgNr).toBe(normalised);
  });
});
