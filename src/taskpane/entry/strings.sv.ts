/**
 * The entry form's Swedish strings. The words for the types and for kalkylerad / realiserad
 * come from the talk the product is built on; validation messages come from the domain.
 */
import type { Baseline } from "../../domain/model/effect";
import {
  ENTRY_FIELDS,
  type AnnualCalculation,
  type EntryField,
} from "../../domain/entryForm/entryForm";
import { fieldLabels } from "../../domain/messages.sv";

const EXAMPLE_DATE = "t.ex. 2026-03-01";

/**
 * Visible labels: the domain's field names, so a message names a field as the form shows it.
 * `startDate` reads "Datum" for a one-off (see `dateLabel`).
 */
export const labels: Record<EntryField, string> = Object.fromEntries(
  ENTRY_FIELDS.map((field) => [field, fieldLabels[field]])
) as Record<EntryField, string>;

export const oneOffDateLabel = "Datum";

/** Hints under the fields: what to enter, with an example that parses. */
export const hints: Partial<Record<EntryField, string>> = {
  caseName: "Avtalets eller upphandlingens namn, t.ex. Utskrift som tjänst.",
  previousAnnualCost: "T.ex. 5 mkr eller 5 000 000",
  newAnnualCost: "T.ex. 3 mkr eller 3 000 000",
  previousUnitPrice: "Per styck, t.ex. 1,20 kr",
  newUnitPrice: "Per styck, t.ex. 0,80 kr",
  annualVolume: "Uppskattat antal per år, t.ex. 12 000",
  annualAmount: "Besparing per år, t.ex. 2 mkr eller 175 000",
  oneOffAmount: "T.ex. 175 000 eller 5,5 mkr",
  contractYears: "T.ex. 4, eller 0,5 för ett halvår",
  startDate: `När avtalet börjar gälla, ${EXAMPLE_DATE}`,
  realised: "Det som syns i fakturor eller budgetutfall, t.ex. 1,8 mkr",
  realisedDate: `När effekten syntes i utfallet, ${EXAMPLE_DATE}`,
  savedHours: "Arbetstid som frigörs, t.ex. 8 000. Räknas i timmar, aldrig i kronor.",
  implementationCost: "Dras av från effekten, t.ex. utbildning eller omställning.",
  budgetAffecting: "Frigör effekten pengar i budgeten? Förvalt efter typen av effektivisering.",
  baselineNote: "Vad besparingen räknas mot, t.ex. offerten från 2024",
  indexName: "T.ex. KPI, AKI eller byggkostnadsindex",
  avoidedIncreasePercent:
    "Höjningen indexet hade gett, t.ex. 3,5 %. Ange procent, kronor eller båda.",
  avoidedIncrease: "Samma höjning i kronor per år, t.ex. 120 000",
  alsoReportedBy: "T.ex. en inköpscentral. Sådana effekter hålls utanför summorna.",
  alsoReportedRef: "Deras diarienummer eller id för effekten",
};

export const oneOffDateHint = `Dagen för beloppet, ${EXAMPLE_DATE}`;
export const datePlaceholder = "ÅÅÅÅ-MM-DD";

/** The talk's one-line meaning of each default type ("Annat" has none). */
export const typeHints: Record<string, string> = {
  "Nytt avtal": "pengar som frigörs",
  "Engångsbelopp/vite": "pengar som kommer tillbaka",
  "Cost avoidance": "pengar som inte behövde spenderas",
};

export const statusHints = {
  Kalkylerad: "förväntad effekt, en prognos",
  Realiserad: "faktiskt värde i fakturor eller budgetutfall",
} as const;

/** What each baseline means, in one line under its choice. */
export const baselineHints: Record<Baseline, string> = {
  "Tidigare avtalspris": "Det ni betalade enligt förra avtalet",
  "Indexjusterat tidigare pris": "Förra priset uppräknat med avtalets index: höjningen ni slapp",
  "Egen kalkyl eller budget": "Er egen uppskattning eller budgeterat belopp; räknas som osäkrare",
  Marknadsjämförelse: "Priser hos andra köpare eller i andra avtal",
  Annan: "Beskriv i fältet som visas",
};
export const baselineHint = "Vad besparingen räknas mot.";

export const basisChoices = { Årlig: "Per år", Engång: "Engång" } as const;
export const basisHint = "Per år: ett belopp varje år under avtalstiden. Engång: ett belopp.";

export const calculationLabel = "Räkna ut årlig effekt från";
export const calculationChoices: Record<AnnualCalculation, string> = {
  costs: "Kostnad före och efter",
  unitPrices: "Styckpris och volym",
  direct: "Årligt belopp direkt",
};

export const entryStrings = {
  formLabel: { new: "Ny registrering", edit: "Redigera registrering", fix: "Rätta rad" },
  chooseReason: "Välj anledning",
  yes: "Ja",
  no: "Nej",
  costIncrease: "Ja, det är en kostnadsökning",
  more: "Mer uppgifter",
  addToList: (value: string) => `Lägg till ”${value}” i listan`,
  adding: "Lägger till …",
  noOptions: "Inga värden i listan ännu. Skriv ett nytt.",
  showOptions: "Visa listan",
  save: { new: "Spara", edit: "Spara ändringar", fix: "Spara rättad rad" },
  saving: "Sparar …",
  cancel: "Avbryt",
  fixBeforeSaving: (fields: readonly string[]) =>
    `Rätta ${fields.length} fält innan du sparar: ${fields.join(", ")}`,
  checkFields: "Kontrollera fälten innan du sparar.",
  readyToSave: "Allt är ifyllt. Klart att spara.",
  savedTitle: "Sparat:",
  saved: (ids: readonly string[]) => `${ids.join(", ")} i tabellen Effektiviseringar`,
  sameCaseNext: "Lägg till ännu en effekt i samma ärende",
  newEntry: "Ny registrering",
  saveFailedTitle: "Det gick inte att spara",
  unexpected: (detail: string) => `Något oväntat hände (${detail}). Det du skrev finns kvar.`,
  retry: "Försök igen",
  restored: "Ditt utkast från förra gången är återställt.",
  fallsBack: {
    unverified: (by: string) =>
      `Effekten är verifierad av ${by}. Sparar du ändringen blir den overifierad ` +
      "och behöver verifieras på nytt.",
    toForecast: (by: string) =>
      `Realiseringen är verifierad av ${by}. Sparar du ändringen behöver realiseringen ` +
      "verifieras på nytt; kalkylen förblir verifierad.",
  },
  clearForm: "Töm formuläret",
} as const;

export const resultStrings = {
  title: "Resultat",
  annual: "Årlig effekt",
  overContract: "Kalkylerad effekt över avtalstiden",
  oneOff: "Kalkylerad effekt",
  byYear: "Per budgetår",
  savedHours: "Sparade timmar",
  savedHoursNote: "Räknas för sig, inte i kronor.",
  chooseType: "Välj typ av effektivisering, så räknas effekten ut här.",
  fillAmounts: "Fyll i beloppen, så räknas effekten ut här.",
  notYet: "–",
  yearsTimes: (annual: string, years: string) => `${annual} × ${years} år`,
  minusCost: (cost: string) => `minus implementeringskostnad ${cost}`,
  costIncrease: "Ett negativt belopp är en kostnadsökning.",
} as const;
