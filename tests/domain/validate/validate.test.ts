import { forecastTotal } from "../../../src/domain/calculate/calculate";
import { isoDateToExcelSerial } from "../../../src/domain/model/dates";
import type {
  DraftField,
  EffectDraft,
  RawValue,
  ValidationIssue,
} from "../../../src/domain/model/draft";
import {
  DEFAULT_EFFECT_TYPES,
  isoDate,
  kronor,
  type Effect,
  type EffectInput,
} from "../../../src/domain/model/effect";
import { NO, TABLE_COLUMNS, YES } from "../../../src/domain/model/tableSchema";
import {
  validateEffect,
  validateField,
  type ValidateOptions,
} from "../../../src/domain/validate/validate";
import { inputOf } from "../../../src/taskpane/registrations/realise";
import { anEffect, someLists } from "../../fixtures/effects";

const lists = someLists();

/** "Utskrift som tjänst" as typed in the form: 5 mkr → 3 mkr a year, 7 years. */
const annualForm: EffectDraft = {
  caseName: "Utskrift som tjänst",
  category: "IT",
  department: "Kommunstyrelseförvaltningen",
  type: "Nytt avtal",
  reason: "Ramavtal/kontrakt",
  status: "Kalkylerad",
  basis: "Årlig",
  previousAnnualCost: "5 mkr",
  newAnnualCost: "3 000 000 kr",
  contractYears: "7 år",
  startDate: "2026-01-01",
};

/** The same effect as cell values typed by hand: numbers and an Excel serial date. */
const annualCells: EffectDraft = {
  ...annualForm,
  previousAnnualCost: 5_000_000,
  newAnnualCost: 3_000_000,
  contractYears: 7,
  startDate: 46023, // 2026-01-01
};

/** "Flyttjänster": a penalty of 175 000 kr, as typed in the form. */
const oneOffForm: EffectDraft = {
  caseName: "Flyttjänster",
  category: "Flyttjänster",
  department: "Kommunstyrelseförvaltningen",
  type: "Engångsbelopp/vite",
  reason: "Vite",
  status: "Kalkylerad",
  basis: "Engång",
  oneOffAmount: "175 000 kr",
  startDate: "2026-03-01",
};

const oneOffCells: EffectDraft = { ...oneOffForm, oneOffAmount: 175_000, startDate: 46082 };

const BASES = { annual: annualForm, oneOff: oneOffForm } as const;

/** Messages use NBSP inside numbers; the expectations are easier to read with plain spaces. */
const readable = (issues: readonly ValidationIssue[]) =>
  issues.map((issue) => ({ ...issue, message: issue.message.replace(/\u00a0/g, " ") }));

function validInput(draft: EffectDraft, options: ValidateOptions = {}): EffectInput {
  const { input, issues } = validateEffect(draft, lists, options);
  expect(readable(issues)).toEqual([]);
  if (input === null) throw new Error("expected a valid draft");
  return input;
}

describe("validateEffect: fel visas vid rätt fält", () => {
  it.each([
    // Text
    ["Ärende saknas", "annual", { caseName: "   " }, "caseName", "required", "Ange ärendet"],
    [
      "Ärende för långt",
      "annual",
      { caseName: "x".repeat(201) },
      "caseName",
      "tooLong",
      "högst 200 tecken, nu är det 201",
    ],
    [
      "Ärende med radbrytning",
      "annual",
      { caseName: "Utskrift\nsom tjänst" },
      "caseName",
      "lineBreak",
      "Ta bort radbrytningen",
    ],
    [
      "Leverantör för lång",
      "annual",
      { supplier: "x".repeat(250) },
      "supplier",
      "tooLong",
      "nu är det 250",
    ],
    [
      "Diarienummer med tabb",
      "annual",
      { caseNumber: "KS\t2025/123" },
      "caseNumber",
      "controlCharacters",
      "styrtecken",
    ],
    [
      "Kommentar för lång",
      "oneOff",
      { comment: "å".repeat(2001) },
      "comment",
      "tooLong",
      "högst 2000 tecken, nu är det 2001",
    ],
    [
      "Kommentar med styrtecken",
      "oneOff",
      { comment: "Rad 1\u0007" },
      "comment",
      "controlCharacters",
      "Skriv in texten på nytt",
    ],
    // Lists and choices
    ["Kategori saknas", "annual", { category: "" }, "category", "required", "Välj en kategori"],
    [
      "Okänd kategori",
      "annual",
      { category: "Städ" },
      "category",
      "unknownValue",
      "”Städ” finns inte i listan Kategori. Välj ett värde i listan, eller lägg till ”Städ”",
    ],
    [
      "Okänd förvaltning",
      "annual",
      { department: "Socialförvaltningen" },
      "department",
      "unknownValue",
      "lägg till ”Socialförvaltningen” i listan",
    ],
    [
      "Okänd typ",
      "oneOff",
      { type: "Besparing" },
      "type",
      "unknownValue",
      "listan Typ av effektivisering",
    ],
    ["Anledning saknas", "oneOff", { reason: null }, "reason", "required", "Välj en anledning"],
    [
      "Anledning för lång",
      "oneOff",
      { reason: "v".repeat(256) },
      "reason",
      "tooLong",
      "högst 255 tecken",
    ],
    [
      "Okänd status",
      "annual",
      { status: "Klar" },
      "status",
      "invalidChoice",
      "Välj Kalkylerad eller Realiserad",
    ],
    [
      "Okänd beräkningsgrund",
      "annual",
      { basis: "Månadsvis" },
      "basis",
      "invalidChoice",
      "Välj Årlig eller Engång",
    ],
    ["Beräkningsgrund saknas", "annual", { basis: "" }, "basis", "required", "Årlig eller Engång"],
    // Årlig
    [
      "Årligt belopp stämmer inte med kostnaderna",
      "annual",
      { annualAmount: "2,5 mkr" },
      "annualAmount",
      "annualMismatch",
      "(2 500 000 kr) stämmer inte med tidigare minus ny årlig kostnad (2 000 000 kr)",
    ],
    [
      "Årligt belopp stämmer inte med styckpriserna",
      "annual",
      {
        previousAnnualCost: "",
        newAnnualCost: "",
        annualAmount: "100 000",
        previousUnitPrice: "12,50",
        newUnitPrice: "10 kr",
        annualVolume: "30 000 st",
      },
      "annualAmount",
      "annualMismatch",
      "styckprisskillnaden gånger årlig volym (75 000 kr)",
    ],
    [
      "Kostnader och styckpriser säger olika",
      "annual",
      { previousUnitPrice: 2, newUnitPrice: 1, annualVolume: 1000 },
      "annualAmount",
      "annualMismatch",
      "(2 000 000 kr) stämmer inte med styckprisskillnaden gånger årlig volym (1 000 kr)",
    ],
    [
      "Inget årligt belopp",
      "annual",
      { previousAnnualCost: "", newAnnualCost: "" },
      "annualAmount",
      "required",
      "Ange årligt belopp, eller tidigare och ny årlig kostnad",
    ],
    [
      "Bara tidigare årlig kostnad",
      "annual",
      { newAnnualCost: "" },
      "newAnnualCost",
      "incomplete",
      "Ange även ny årlig kostnad",
    ],
    [
      "Styckpriser utan volym",
      "annual",
      { previousUnitPrice: "12,50", newUnitPrice: "10" },
      "annualVolume",
      "incomplete",
      "Ange även årlig volym",
    ],
    ["Avtalstid 0 år", "annual", { contractYears: "0" }, "contractYears", "outOfRange", "mer än 0"],
    [
      "Avtalstid 99 år",
      "annual",
      { contractYears: 99 },
      "contractYears",
      "outOfRange",
      "högst 20 år (nu 99)",
    ],
    [
      "Avtalstid saknas",
      "annual",
      { contractYears: "" },
      "contractYears",
      "required",
      "Ange avtalstiden",
    ],
    [
      "Avtalstid i ord",
      "annual",
      { contractYears: "sju år" },
      "contractYears",
      "notANumber",
      "Skriv avtalstiden i år",
    ],
    [
      "Startdatum saknas",
      "annual",
      { startDate: undefined },
      "startDate",
      "required",
      "Ange datum",
    ],
    [
      "Engångsbelopp på Årlig",
      "annual",
      { oneOffAmount: "175 000" },
      "oneOffAmount",
      "wrongBasis",
      "Belopp används bara med beräkningsgrund Engång",
    ],
    [
      "Ingen besparing: lika kostnader",
      "annual",
      { newAnnualCost: "5 mkr" },
      "annualAmount",
      "zeroAmount",
      "Besparingen blir 0 kr",
    ],
    [
      "Kostnadsökning som inte är bekräftad",
      "annual",
      { newAnnualCost: "5,5 mkr" },
      "annualAmount",
      "costIncreaseUnconfirmed",
      "500 000 kr, alltså en kostnadsökning. Bekräfta kostnadsökningen",
    ],
    [
      "Beräknat årligt belopp orimligt stort",
      "annual",
      {
        previousAnnualCost: "",
        newAnnualCost: "",
        previousUnitPrice: "1 000 000 000",
        newUnitPrice: 0,
        annualVolume: 10_000,
      },
      "annualAmount",
      "tooLarge",
      "över 1 000 miljarder kr",
    ],
    [
      "Negativ tidigare kostnad",
      "annual",
      { previousAnnualCost: "-5 mkr" },
      "previousAnnualCost",
      "negativeAmount",
      "Tidigare årlig kostnad kan inte vara under 0 kr",
    ],
    [
      "Volym 0",
      "annual",
      {
        previousAnnualCost: "",
        newAnnualCost: "",
        previousUnitPrice: 12.5,
        newUnitPrice: 10,
        annualVolume: 0,
      },
      "annualVolume",
      "notPositive",
      "större än 0",
    ],
    [
      "Två enheter i beloppet",
      "annual",
      { annualAmount: "3 mkr 200 tkr" },
      "annualAmount",
      "mixedUnits",
      "Använd en av kr, tkr eller mkr",
    ],
    [
      "Negativ implementeringskostnad",
      "annual",
      { implementationCost: "-50 000" },
      "implementationCost",
      "negativeAmount",
      "Implementeringskostnad kan inte vara under 0 kr",
    ],
    // Engång
    [
      "Årlig kostnad på Engång",
      "oneOff",
      { previousAnnualCost: "5 mkr" },
      "previousAnnualCost",
      "wrongBasis",
      "används bara med beräkningsgrund Årlig",
    ],
    [
      "Volym på Engång",
      "oneOff",
      { annualVolume: 1000 },
      "annualVolume",
      "wrongBasis",
      "Årlig volym används bara",
    ],
    [
      "Engångsbelopp saknas",
      "oneOff",
      { oneOffAmount: "" },
      "oneOffAmount",
      "required",
      "Ange beloppet",
    ],
    [
      "Datum saknas för engångsbelopp",
      "oneOff",
      { startDate: "" },
      "startDate",
      "required",
      "eller dagen för engångsbeloppet",
    ],
    [
      "Engångsbelopp 0 kr",
      "oneOff",
      { oneOffAmount: "0 kr" },
      "oneOffAmount",
      "zeroAmount",
      "fyll i sparade timmar",
    ],
    [
      "Negativt engångsbelopp",
      "oneOff",
      { oneOffAmount: "-175 000" },
      "oneOffAmount",
      "negativeAmount",
      "Ta bort minustecknet",
    ],
    [
      "Orimligt stort engångsbelopp",
      "oneOff",
      { oneOffAmount: "2 000 000 mkr" },
      "oneOffAmount",
      "tooLarge",
      "över 1 000 miljarder kr",
    ],
    [
      "Tvetydiga tusental",
      "oneOff",
      { oneOffAmount: "1,234,567" },
      "oneOffAmount",
      "ambiguousSeparator",
      "Menar du 1 234 567 kr, skriv det med mellanslag mellan tusental.",
    ],
    [
      "Belopp i ord",
      "oneOff",
      { oneOffAmount: "tre miljoner" },
      "oneOffAmount",
      "notANumber",
      "Skriv beloppet med siffror",
    ],
    [
      "Cell med NaN",
      "oneOff",
      { oneOffAmount: Number.NaN },
      "oneOffAmount",
      "notFinite",
      "går inte att räkna med",
    ],
    [
      "För många decimaler",
      "oneOff",
      { oneOffAmount: "1,234 kr" },
      "oneOffAmount",
      "tooManyDecimals",
      "högst två",
    ],
    [
      "0 timmar gör inte beloppet frivilligt",
      "oneOff",
      { oneOffAmount: "", savedHours: "0 h" },
      "oneOffAmount",
      "required",
      "Ange beloppet",
    ],
    // Outcome and dates
    [
      "Realiserat belopp men status Kalkylerad",
      "annual",
      { realised: "1,8 mkr" },
      "status",
      "realisedNeedsStatus",
      "Ändra status till Realiserad",
    ],
    [
      "Realiserad utan belopp",
      "oneOff",
      { status: "Realiserad", realisedDate: "2026-04-01" },
      "realised",
      "required",
      "Ange realiserad effekt",
    ],
    [
      "Realiserad utan datum",
      "oneOff",
      { status: "Realiserad", realised: "175 000" },
      "realisedDate",
      "required",
      "Ange när effekten realiserades",
    ],
    [
      "Realiserad före start (serienummer)",
      "annual",
      { status: "Realiserad", realised: 1_800_000, realisedDate: 46022 },
      "realisedDate",
      "realisedBeforeStart",
      "före startdatum (2026-01-01)",
    ],
    [
      "Realiserad före engångsbeloppets datum",
      "oneOff",
      { status: "Realiserad", realised: "175 000", realisedDate: "2026-02-01" },
      "realisedDate",
      "realisedBeforeStart",
      "före engångsbeloppets datum (2026-03-01)",
    ],
    [
      "Realiserat belopp orimligt stort",
      "oneOff",
      { status: "Realiserad", realised: 5e12, realisedDate: "2026-04-01" },
      "realised",
      "tooLarge",
      "Realiserad effekt är över 1 000 miljarder kr",
    ],
    [
      "Datum med dagen först",
      "annual",
      { startDate: "1/3/2026" },
      "startDate",
      "ambiguousDate",
      "Skriv datum som ÅÅÅÅ-MM-DD, t.ex. 2026-03-01.",
    ],
    [
      "Datum som inte finns",
      "annual",
      { startDate: "2026-02-30" },
      "startDate",
      "invalidDate",
      "finns inte i kalendern",
    ],
    ["Datum i ord", "annual", { startDate: "imorgon" }, "startDate", "notADate", "ÅÅÅÅ-MM-DD"],
    [
      "År före 1990",
      "annual",
      { startDate: "1985-05-01" },
      "startDate",
      "dateOutOfRange",
      "Året 1985 verkar inte stämma. Ange ett datum mellan 1990 och 2100",
    ],
    [
      "Serienummer år 9999",
      "oneOff",
      { startDate: 2_958_465 },
      "startDate",
      "dateOutOfRange",
      "Året verkar inte stämma",
    ],
    [
      "Budgetpåverkande oklart",
      "annual",
      { budgetAffecting: "kanske" },
      "budgetAffecting",
      "notYesNo",
      "Svara Ja eller Nej",
    ],
    // Saved hours
    ["Negativa timmar", "oneOff", { savedHours: -5 }, "savedHours", "outOfRange", "under 0"],
    [
      "För många timmar",
      "oneOff",
      { savedHours: "20 000 000 h" },
      "savedHours",
      "outOfRange",
      "högst 10 000 000 (nu 20 000 000)",
    ],
    [
      "Timmar skrivna som kronor",
      "oneOff",
      { savedHours: "8 000 kr" },
      "savedHours",
      "notANumber",
      "Skriv antal timmar",
    ],
  ] as const)("%s", (_name, base, patch, field, code, message) => {
    const { input, issues } = validateEffect({ ...BASES[base], ...patch }, lists);
    expect(input).toBeNull();
    expect(readable(issues)).toContainEqual({
      field,
      code,
      message: expect.stringContaining(message),
    });
  });
});

describe("validateEffect: godkända utkast", () => {
  it.each(
    DEFAULT_EFFECT_TYPES.flatMap(
      (type) =>
        [
          [type, "Årlig", "formulärtext", annualForm],
          [type, "Årlig", "cellvärden", annualCells],
          [type, "Engång", "formulärtext", oneOffForm],
          [type, "Engång", "cellvärden", oneOffCells],
        ] as const
    )
  )("%s med beräkningsgrund %s (%s)", (type, basis, _source, base) => {
    const input = validInput({ ...base, type });
    expect(input).toMatchObject({ type, basis });
  });

  it.each([
    ["formulärtext", annualForm],
    ["cellvärden", annualCells],
  ] as const)("Utskrift som tjänst: 5 → 3 mkr per år i 7 år ger 14 mkr (%s)", (_source, draft) => {
    const input = validInput(draft);
    expect(input).toMatchObject({
      previousAnnualCost: 5_000_000,
      newAnnualCost: 3_000_000,
      annualAmount: 2_000_000,
      contractYears: 7,
      startDate: "2026-01-01",
      oneOffAmount: null,
      budgetAffecting: true,
    });
    expect(forecastTotal(input)).toBe(14_000_000);
  });

  it.each([
    ["formulärtext", oneOffForm],
    ["cellvärden", oneOffCells],
  ] as const)("Flyttjänster: vite 175 000 kr (%s)", (_source, draft) => {
    const input = validInput(draft);
    expect(input).toMatchObject({ oneOffAmount: 175_000, startDate: "2026-03-01" });
    expect(forecastTotal(input)).toBe(175_000);
  });

  it("Turbundna resor: tre effekter i samma ärende, 9,9 mkr", () => {
    const trip = { ...oneOffForm, caseName: "Turbundna resor", startDate: "2026-05-15" };
    const rows = [
      { ...trip, type: "Engångsbelopp/vite", reason: "Rättad faktura", oneOffAmount: "5,5 mkr" },
      { ...trip, type: "Cost avoidance", reason: "Ramavtal/kontrakt", oneOffAmount: 4_200_000 },
      { ...trip, type: "Engångsbelopp/vite", reason: "Vite", oneOffAmount: "0,2 mkr" },
    ].map((draft) => validInput(draft));
    expect(rows.map((row) => row.oneOffAmount)).toEqual([5_500_000, 4_200_000, 200_000]);
    // Cost avoidance frees no budget money by default.
    expect(rows.map((row) => row.budgetAffecting)).toEqual([true, false, true]);
    expect(rows.reduce((sum, row) => sum + forecastTotal(row), 0)).toBe(9_900_000);
  });

  it("Standardiserade fordon: 3,2 mkr direkt + 0,5 mkr indirekt på 4-årsavtalet", () => {
    const car = { ...oneOffForm, caseName: "Standardiserade fordon", category: "Fordon" };
    const rows = [
      { ...car, type: "Nytt avtal", reason: "Ramavtal/kontrakt", oneOffAmount: "3,2 mkr" },
      { ...car, type: "Cost avoidance", reason: "Annat", oneOffAmount: "500 tkr" },
    ].map((draft) => validInput({ ...draft, contractYears: "4 år" }));
    expect(rows.reduce((sum, row) => sum + forecastTotal(row), 0)).toBe(3_700_000);
  });

  describe("E-handel: 8 000 sparade timmar, inga kronor", () => {
    const eCommerce: EffectDraft = {
      ...oneOffForm,
      caseName: "E-handel",
      type: "Cost avoidance",
      reason: "Annat",
      oneOffAmount: "",
      savedHours: "8 000 timmar",
    };

    it.each([
      ["Cost avoidance, Engång, formulärtext", eCommerce],
      ["Cost avoidance, Engång, cellvärden", { ...eCommerce, savedHours: 8000, startDate: 46082 }],
      ["Annat, Engång, belopp 0 kr", { ...eCommerce, type: "Annat", oneOffAmount: "0" }],
      [
        "Annat, Årlig, 2 000 h per år i 4 år",
        { ...eCommerce, type: "Annat", basis: "Årlig", savedHours: "2 000 h", contractYears: 4 },
      ],
    ] as const)("godkänns utan kronor: %s", (_name, draft) => {
      const input = validInput(draft);
      expect(input.savedHours).toBeGreaterThan(0);
      expect(forecastTotal(input)).toBe(input.oneOffAmount ?? 0);
      expect(input.budgetAffecting).toBe(false);
    });

    it("sparas i timmar, aldrig som kronor", () => {
      const input = validInput(eCommerce);
      expect(input).toMatchObject({ savedHours: 8000, oneOffAmount: null, annualAmount: null });
    });

    it("kan vara Realiserad utan realiserat belopp, men med datum", () => {
      const realised = { ...eCommerce, status: "Realiserad" };
      expect(validateField("realisedDate", realised, lists).map((i) => i.code)).toEqual([
        "required",
      ]);
      expect(validInput({ ...realised, realisedDate: "2026-12-31" }).realised).toBeNull();
    });
  });
});

describe("validateEffect: tolkning och normalisering", () => {
  it("använder listans stavning och kanonisk status och beräkningsgrund", () => {
    const input = validInput({
      ...annualForm,
      category: " it ",
      department: "KOMMUNSTYRELSEFÖRVALTNINGEN",
      type: "nytt avtal",
      status: "kalkylerad",
      basis: "ÅRLIG",
    });
    expect(input).toMatchObject({
      category: "IT",
      department: "Kommunstyrelseförvaltningen",
      type: "Nytt avtal",
      status: "Kalkylerad",
      basis: "Årlig",
    });
  });

  it("trimmar text och tillåter radbrytningar i kommentaren", () => {
    const comment = "Rad ett\nRad två\r\nRad tre";
    const input = validInput({ ...annualForm, caseName: "  Utskrift  ", comment: ` ${comment} ` });
    expect(input).toMatchObject({ caseName: "Utskrift", comment });
  });

  it("läser tal i textfält som text (diarienummer 123 i en cell)", () => {
    expect(validInput({ ...annualCells, caseNumber: 123 }).caseNumber).toBe("123");
  });

  it("räknar ut årligt belopp från styckpris × volym", () => {
    const input = validInput({
      ...annualForm,
      previousAnnualCost: "",
      newAnnualCost: "",
      previousUnitPrice: "12,50 kr",
      newUnitPrice: "10",
      annualVolume: "30 000 st",
    });
    expect(input.annualAmount).toBe(75_000);
  });

  it("godtar ett angivet årligt belopp som skiljer högst 1 kr från underlaget", () => {
    expect(validInput({ ...annualForm, annualAmount: "2 000 000,90" }).annualAmount).toBe(
      2_000_000.9
    );
  });

  it("godtar avtalstid 0,5 år och 20 år", () => {
    expect(validInput({ ...annualForm, contractYears: "0,5 år" }).contractYears).toBe(0.5);
    expect(validInput({ ...annualCells, contractYears: 20 }).contractYears).toBe(20);
  });

  it("godtar en bekräftad kostnadsökning", () => {
    const draft = { ...annualForm, newAnnualCost: "5,5 mkr" };
    const input = validInput(draft, { costIncreaseConfirmed: true });
    expect(input.annualAmount).toBe(-500_000);
  });

  it.each([
    ["", "Nytt avtal", true],
    ["", "Annat", false],
    ["Nej", "Nytt avtal", false],
    ["ja", "Cost avoidance", true],
    [true, "Annat", true],
  ] as const)("Budgetpåverkande %p med typ %s blir %p", (raw, type, expected) => {
    expect(validInput({ ...annualForm, type, budgetAffecting: raw }).budgetAffecting).toBe(
      expected
    );
  });

  it("realiserad effekt med status Realiserad och serienummer som datum", () => {
    const input = validInput({
      ...annualCells,
      status: "Realiserad",
      realised: 1_800_000,
      realisedDate: 46387, // 2026-12-31
    });
    expect(input).toMatchObject({ realised: 1_800_000, realisedDate: "2026-12-31" });
  });

  it("läser tillbaka en sparad rad (cellvärden) till samma effekt", () => {
    const effect = anEffect({ implementationCost: kronor(50_000), savedHours: null });
    expect(validInput(asCells(effect))).toEqual(inputOf(effect));
  });
});

describe("validateEffect: alla fel på en gång", () => {
  it("samlar alla fel i kolumnordning, inte bara det första", () => {
    const { input, issues } = validateEffect({}, lists);
    expect(input).toBeNull();
    expect(issues.map((issue) => `${issue.field}:${issue.code}`)).toEqual([
      "caseName:required",
      "category:required",
      "department:required",
      "type:required",
      "reason:required",
      "status:required",
      "basis:required",
      "startDate:required",
    ]);
  });

  it("ger ett fel per problem även när flera fält är fel", () => {
    const { issues } = validateEffect(
      { ...oneOffForm, category: "Städ", oneOffAmount: "-5", startDate: "1/3/2026" },
      lists
    );
    expect(issues.map((issue) => issue.code)).toEqual([
      "unknownValue",
      "ambiguousDate",
      "negativeAmount",
    ]);
  });

  it("hittar radbrytningar i flera fält i samma utkast", () => {
    const draft = { ...annualForm, caseName: "a\nb", supplier: "c\nd", caseNumber: "e\rf" };
    expect(validateEffect(draft, lists).issues.map((issue) => issue.code)).toEqual([
      "lineBreak",
      "lineBreak",
      "lineBreak",
    ]);
  });
});

describe("validateField", () => {
  it("ger bara fältets egna fel", () => {
    const draft = { ...annualForm, caseName: "", category: "Städ" };
    expect(validateField("category", draft, lists).map((issue) => issue.code)).toEqual([
      "unknownValue",
    ]);
    expect(validateField("startDate", draft, lists)).toEqual([]);
  });

  it("följer bekräftelsen av en kostnadsökning", () => {
    const draft = {
      ...annualForm,
      annualAmount: "-1 mkr",
      previousAnnualCost: "",
      newAnnualCost: "",
    };
    expect(validateField("annualAmount", draft, lists)).toHaveLength(1);
    expect(validateField("annualAmount", draft, lists, { costIncreaseConfirmed: true })).toEqual(
      []
    );
  });
});

/** An effect as the table holds it: numbers as numbers, dates as serials, Ja/Nej, empty cells. */
function asCells(effect: Effect): EffectDraft {
  const draft: EffectDraft = {};
  for (const column of TABLE_COLUMNS) {
    if (column.key === "forecast") continue;
    const value = effect[column.key];
    draft[column.key as DraftField] = cellOf(column.kind, value);
  }
  return draft;
}

function cellOf(kind: string, value: Effect[keyof Effect]): RawValue {
  if (value === null) return "";
  if (kind === "date" && typeof value === "string") return isoDateToExcelSerial(isoDate(value));
  if (kind === "yesNo") return value ? YES : NO;
  return value;
}

describe("validateEffect: baslinje, index och rapportering på annat håll", () => {
  const formOptions: ValidateOptions = { requireBaseline: true };
  const indexForm: EffectDraft = {
    ...annualForm,
    reason: "Indexjustering",
    baseline: "Indexjusterat tidigare pris",
    indexName: "KPI",
    avoidedIncreasePercent: "3,5 %",
  };
  const BASE = { annual: annualForm, index: indexForm } as const;

  it.each([
    [
      "baslinje saknas i formuläret",
      "annual",
      { baseline: "" },
      "baseline",
      "required",
      "Välj baslinje",
    ],
    [
      "okänd baslinje",
      "annual",
      { baseline: "Offert" },
      "baseline",
      "invalidChoice",
      "Välj en baslinje: ”Tidigare avtalspris”, ”Indexjusterat tidigare pris”, " +
        "”Egen kalkyl eller budget”, ”Marknadsjämförelse” eller ”Annan”. ”Offert” är inte en av dem.",
    ],
    [
      "Annan utan beskrivning",
      "annual",
      { baseline: "annan" },
      "baselineNote",
      "required",
      "Beskriv baslinjen",
    ],
    [
      "för lång beskrivning",
      "annual",
      { baseline: "Annan", baselineNote: "x".repeat(201) },
      "baselineNote",
      "tooLong",
      "högst 200 tecken",
    ],
    [
      "beskrivning med radbrytning",
      "annual",
      { baseline: "Annan", baselineNote: "a\nb" },
      "baselineNote",
      "lineBreak",
      "ska stå på en rad",
    ],
    [
      "Indexjustering utan index",
      "index",
      { indexName: " " },
      "indexName",
      "required",
      "Vilket index? T.ex. KPI, AKI eller byggkostnadsindex",
    ],
    [
      "Indexjustering utan undviken höjning",
      "index",
      { avoidedIncreasePercent: "" },
      "avoidedIncreasePercent",
      "required",
      "i procent, t.ex. 3,5 %, eller i kronor per år",
    ],
    [
      "0 %",
      "index",
      { avoidedIncreasePercent: "0 %" },
      "avoidedIncreasePercent",
      "outOfRange",
      "mer än 0 %",
    ],
    [
      "negativ procent",
      "index",
      { avoidedIncreasePercent: "-3,5" },
      "avoidedIncreasePercent",
      "outOfRange",
      "högst 100 %",
    ],
    [
      "över 100 %",
      "index",
      { avoidedIncreasePercent: "150 %" },
      "avoidedIncreasePercent",
      "outOfRange",
      "högst 100 %",
    ],
    // 3,5 typed into a cell that is not formatted as percent: 350 %.
    [
      "cellvärde 3,5",
      "index",
      { avoidedIncreasePercent: 3.5 },
      "avoidedIncreasePercent",
      "outOfRange",
      "högst 100 %",
    ],
    [
      "procent i kronor",
      "index",
      { avoidedIncreasePercent: "3,5 kr" },
      "avoidedIncreasePercent",
      "notANumber",
      "Skriv höjningen i procent, t.ex. 3,5 eller 3,5 %.",
    ],
    [
      "0 kr per år",
      "index",
      { avoidedIncrease: "0" },
      "avoidedIncrease",
      "notPositive",
      "mer än 0 kr",
    ],
    [
      "negativa kronor",
      "index",
      { avoidedIncrease: "-5 000" },
      "avoidedIncrease",
      "notPositive",
      "mer än 0 kr",
    ],
    [
      "kronor som text",
      "index",
      { avoidedIncrease: "mycket" },
      "avoidedIncrease",
      "notANumber",
      "Skriv beloppet med siffror",
    ],
    // Other reasons need no index, but what is filled in is still read.
    [
      "procent vid annan anledning",
      "annual",
      { avoidedIncreasePercent: "tre" },
      "avoidedIncreasePercent",
      "notANumber",
      "Skriv höjningen i procent",
    ],
    [
      "rapporteras av utan referens",
      "annual",
      { alsoReportedBy: "Adda" },
      "alsoReportedRef",
      "required",
      "Ange referensen hos den som också rapporterar effekten",
    ],
    [
      "referens utan vem",
      "annual",
      { alsoReportedRef: "ADDA-2026-17" },
      "alsoReportedBy",
      "required",
      "Ange vem som också rapporterar effekten",
    ],
    [
      "för lång referens",
      "annual",
      { alsoReportedBy: "Adda", alsoReportedRef: "x".repeat(201) },
      "alsoReportedRef",
      "tooLong",
      "högst 200 tecken",
    ],
  ] as const)("%s", (_name, base, patch, field, code, message) => {
    const { input, issues } = validateEffect({ ...BASE[base], ...patch }, lists, formOptions);
    expect(input).toBeNull();
    expect(readable(issues)).toContainEqual({
      field,
      code,
      message: expect.stringContaining(message),
    });
  });

  it.each([
    ["Tidigare avtalspris", "Tidigare avtalspris"],
    ["  tidigare   AVTALSPRIS ", "Tidigare avtalspris"],
    ["indexjusterat tidigare pris", "Indexjusterat tidigare pris"],
    ["Egen kalkyl eller budget", "Egen kalkyl eller budget"],
    ["MARKNADSJÄMFÖRELSE", "Marknadsjämförelse"],
  ] as const)("läser baslinjen %j i listans stavning", (typed, expected) => {
    expect(validInput({ ...annualForm, baseline: typed }, formOptions).baseline).toBe(expected);
  });

  it("godtar en rad utan baslinje när den inte krävs (rader från före kolumnen)", () => {
    expect(validInput(annualCells).baseline).toBeNull();
  });

  it("sparar beskrivningen av Annan", () => {
    const input = validInput(
      { ...annualForm, baseline: "Annan", baselineNote: " Offerten från 2024 " },
      formOptions
    );
    expect(input).toMatchObject({ baseline: "Annan", baselineNote: "Offerten från 2024" });
  });

  it.each([
    ["procent", { avoidedIncreasePercent: "3,5 %" }, 0.035, null],
    ["procent med punkt", { avoidedIncreasePercent: "3.5%" }, 0.035, null],
    ["procent utan tecken", { avoidedIncreasePercent: "3,5" }, 0.035, null],
    ["procentcell", { avoidedIncreasePercent: 0.035 }, 0.035, null],
    ["kronor", { avoidedIncreasePercent: "", avoidedIncrease: "120 000 kr" }, null, 120_000],
    ["båda", { avoidedIncrease: "0,12 mkr" }, 0.035, 120_000],
  ] as const)("Indexjustering med undviken höjning i %s", (_name, patch, percent, amount) => {
    const input = validInput({ ...indexForm, ...patch }, formOptions);
    expect(input).toMatchObject({
      reason: "Indexjustering",
      indexName: "KPI",
      avoidedIncreasePercent: percent,
      avoidedIncrease: amount,
    });
  });

  it("läser index och höjning även vid en annan anledning", () => {
    const input = validInput({ ...annualForm, indexName: "AKI", avoidedIncreasePercent: "2 %" });
    expect(input).toMatchObject({ indexName: "AKI", avoidedIncreasePercent: 0.02 });
  });

  it("sparar vem mer som rapporterar effekten och deras referens", () => {
    const input = validInput({
      ...annualForm,
      alsoReportedBy: "Adda Inköpscentral",
      alsoReportedRef: "ADDA-2026-17",
    });
    expect(input).toMatchObject({
      alsoReportedBy: "Adda Inköpscentral",
      alsoReportedRef: "ADDA-2026-17",
    });
  });

  it("visar de nya fälten efter tabellens övriga kolumner", () => {
    const draft = { ...indexForm, baseline: "", indexName: "", alsoReportedBy: "Adda" };
    const fields = validateEffect(draft, lists, formOptions).issues.map((issue) => issue.field);
    expect(fields).toEqual(["baseline", "indexName", "alsoReportedRef"]);
  });
});

describe("tvetydiga belopp", () => {
  // NBSP between thousands, as Intl writes them.
  const nb = (text: string) => text.replace(/ /g, "\u00a0");

  it.each([
    ["2,500,000", "2 500 000"],
    ["5.000.000", "5 000 000"],
    ["1.234", "1 234"],
    ["1,234,567 kr", "1 234 567"],
    ["-12.500", "−12 500"],
  ])("citerar %p och läsningen %p som inte gissas", (typed, reading) => {
    const draft = { ...annualForm, previousAnnualCost: typed };
    const [issue] = validateField("previousAnnualCost", draft, lists);
    expect(issue?.code).toBe("ambiguousSeparator");
    expect(issue?.message).toBe(
      `Beloppet ”${typed}” kan läsas på två sätt, så det gissas inte. ` +
        `Menar du ${nb(`${reading} kr`)}, skriv det med mellanslag mellan tusental.`
    );
  });

  it("citerar det skrivna också när ingen läsning ligger nära", () => {
    const draft = { ...annualForm, previousAnnualCost: "1,5.0" };
    const [issue] = validateField("previousAnnualCost", draft, lists);
    expect(issue?.message).toBe(
      "Beloppet ”1,5.0” kan läsas på flera sätt, så det gissas inte. " +
        "Skriv det med mellanslag mellan tusental och komma före ören, t.ex. 1 234 567,50."
    );
  });
});
