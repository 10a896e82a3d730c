/**
 * Every user-facing Swedish string of the domain, in one place. Messages are shown next to
 * the field they are about, so they say what to do, not only what is wrong, and they do not
 * repeat the field's label unless the sentence needs it.
 */
import type { DraftField } from "./model/draft";
import type { AmountBasis } from "./model/effect";
import { formatKronor } from "./model/format";
import type { ParseErrorCode } from "./parse/parseResult";
import { TABLE_COLUMNS } from "./model/tableSchema";

/** Labels as the form shows them (the catalogue's `label`). */
export const fieldLabels = Object.fromEntries(
  TABLE_COLUMNS.map((column) => [column.key, column.label])
) as Record<DraftField, string>;

/** `startDate` is the contract's start for Årlig and the day of the one-off for Engång. */
export const startDateLabel = (basis: AmountBasis | null): string =>
  basis === "Engång" ? "Datum" : fieldLabels.startDate;

const DATE_FORMAT = "Skriv datum som ÅÅÅÅ-MM-DD, t.ex. 2026-03-01.";

/** Parse errors of kronor fields (belopp, kostnader, styckpriser). */
export const amountMessages: Record<ParseErrorCode, string> = {
  notANumber: "Skriv beloppet med siffror, t.ex. 175 000, 175 000 kr eller 3,2 mkr.",
  notFinite: "Beloppet går inte att räkna med. Skriv ett vanligt belopp, t.ex. 175 000.",
  // Read through ambiguousAmountMessage where the typed text is known.
  ambiguousSeparator:
    "Beloppet kan läsas på två sätt, så det gissas inte. " +
    "Skriv det med mellanslag mellan tusental, t.ex. 1 234 567.",
  tooManyDecimals:
    "Beloppet har för många decimaler. Skriv högst två (ören), t.ex. 1 234,50, " +
    "och mellanslag mellan tusental.",
  mixedUnits: "Beloppet har flera enheter. Använd en av kr, tkr eller mkr, t.ex. 3,2 mkr.",
  notADate: "Skriv ett belopp, inte ett datum, t.ex. 175 000 kr.",
  invalidDate: "Skriv ett belopp, inte ett datum, t.ex. 175 000 kr.",
  ambiguousDate: "Skriv ett belopp, inte ett datum, t.ex. 175 000 kr.",
  dateOutOfRange: "Skriv ett belopp, inte ett datum, t.ex. 175 000 kr.",
  notYesNo: "Skriv beloppet med siffror, t.ex. 175 000 kr.",
};

/**
 * An ambiguous amount, quoting what was typed and the reading that is not guessed (parse's
 * thousandsReading), so "2,500,000" and "5.000.000" each get their own answer.
 */
export function ambiguousAmountMessage(typed: string, reading: number | null): string {
  if (reading === null) {
    return (
      `Beloppet ”${typed}” kan läsas på flera sätt, så det gissas inte. ` +
      "Skriv det med mellanslag mellan tusental och komma före ören, t.ex. 1 234 567,50."
    );
  }
  return (
    `Beloppet ”${typed}” kan läsas på två sätt, så det gissas inte. ` +
    `Menar du ${formatKronor(reading)}, skriv det med mellanslag mellan tusental.`
  );
}

/** Parse errors of date fields. */
export const dateMessages: Record<ParseErrorCode, string> = {
  notADate: DATE_FORMAT,
  invalidDate: `Datumet finns inte i kalendern. ${DATE_FORMAT}`,
  ambiguousDate: `Datumet kan läsas på flera sätt. ${DATE_FORMAT}`,
  dateOutOfRange: `Året verkar inte stämma. ${DATE_FORMAT}`,
  notANumber: DATE_FORMAT,
  notFinite: DATE_FORMAT,
  ambiguousSeparator: DATE_FORMAT,
  tooManyDecimals: DATE_FORMAT,
  mixedUnits: DATE_FORMAT,
  notYesNo: DATE_FORMAT,
};

/** Parse errors of Budgetpåverkande. */
export const yesNoMessages: Record<ParseErrorCode, string> = {
  notYesNo: "Svara Ja eller Nej, eller lämna tomt för typens standardval.",
  notANumber: "Svara Ja eller Nej.",
  notFinite: "Svara Ja eller Nej.",
  ambiguousSeparator: "Svara Ja eller Nej.",
  tooManyDecimals: "Svara Ja eller Nej.",
  mixedUnits: "Svara Ja eller Nej.",
  notADate: "Svara Ja eller Nej.",
  invalidDate: "Svara Ja eller Nej.",
  ambiguousDate: "Svara Ja eller Nej.",
  dateOutOfRange: "Svara Ja eller Nej.",
};

/** The plain-number fields, each with how to write it. */
export type CountField = "annualVolume" | "contractYears" | "savedHours";
/** The fields read as plain numbers: the counts and a percentage. */
export type NumberField = CountField | "avoidedIncreasePercent";

const countHints: Record<NumberField, string> = {
  annualVolume: "Skriv uppskattat antal per år, t.ex. 12 000 eller 12 000 st.",
  contractYears: "Skriv avtalstiden i år, t.ex. 4, 0,5 eller 4 år.",
  savedHours: "Skriv antal timmar, t.ex. 8 000 eller 8 000 h.",
  avoidedIncreasePercent: "Skriv höjningen i procent, t.ex. 3,5 eller 3,5 %.",
};

const countProblems: Partial<Record<ParseErrorCode, string>> = {
  ambiguousSeparator: "Talet kan läsas på två sätt (komma är decimaltecken).",
  mixedUnits: "Talet har flera enheter.",
  notFinite: "Talet går inte att räkna med.",
};

/** Parse errors of the plain-number fields: what went wrong (if it helps), then how to write it. */
export function countMessage(field: NumberField, code: ParseErrorCode): string {
  const problem = countProblems[code];
  return problem ? `${problem} ${countHints[field]}` : countHints[field];
}

/** The fields that can be required, with what to enter. */
export type RequiredField =
  | "caseName"
  | "category"
  | "department"
  | "type"
  | "reason"
  | "status"
  | "basis"
  | "annualAmount"
  | "contractYears"
  | "startDate"
  | "oneOffAmount"
  | "realised"
  | "realisedDate"
  | "baseline"
  | "baselineNote"
  | "indexName"
  | "avoidedIncrease"
  | "alsoReportedBy"
  | "alsoReportedRef";

export const requiredMessages: Record<RequiredField, string> = {
  caseName: "Ange ärendet, t.ex. avtalets eller upphandlingens namn.",
  category: "Välj en kategori.",
  department: "Välj en förvaltning.",
  type: "Välj typ av effektivisering.",
  reason: "Välj en anledning till effektiviseringen.",
  status: "Välj status: Kalkylerad eller Realiserad.",
  basis: "Välj beräkningsgrund: Årlig eller Engång.",
  annualAmount:
    "Ange årligt belopp, eller tidigare och ny årlig kostnad. " +
    "Går effekten inte att räkna i kronor: fyll i sparade timmar.",
  contractYears: "Ange avtalstiden i år, t.ex. 4 eller 0,5.",
  startDate:
    "Ange datum: när avtalet börjar, eller dagen för engångsbeloppet. " +
    "Skriv ÅÅÅÅ-MM-DD, t.ex. 2026-03-01.",
  oneOffAmount:
    "Ange beloppet, t.ex. 175 000 kr. " +
    "Går effekten inte att räkna i kronor: fyll i sparade timmar.",
  realised: "Ange realiserad effekt i kronor, eller ändra status till Kalkylerad.",
  realisedDate:
    "Ange när effekten realiserades, t.ex. 2026-12-31, eller ändra status till Kalkylerad.",
  baseline: "Välj baslinje: vad besparingen räknas mot.",
  baselineNote: "Beskriv baslinjen: vad besparingen räknas mot, t.ex. offerten från 2024.",
  indexName: "Vilket index? T.ex. KPI, AKI eller byggkostnadsindex.",
  avoidedIncrease:
    "Ange den undvikna höjningen i procent, t.ex. 3,5 %, eller i kronor per år, eller båda.",
  alsoReportedBy: "Ange vem som också rapporterar effekten, eller töm referensen.",
  alsoReportedRef: "Ange referensen hos den som också rapporterar effekten.",
};

/** Validation messages that take values. */
export const validationMessages = {
  tooLong: (label: string, max: number, length: number): string =>
    `${label} får vara högst ${formatCount(max)} tecken, nu är det ${formatCount(length)}. ` +
    "Korta texten.",
  controlCharacters: (label: string): string =>
    `${label} innehåller dolda styrtecken, ofta från inklistrad text. Skriv in texten på nytt.`,
  lineBreak: (label: string): string => `${label} ska stå på en rad. Ta bort radbrytningen.`,
  unknownValue: (label: string, value: string): string =>
    `”${value}” finns inte i listan ${label}. ` +
    `Välj ett värde i listan, eller lägg till ”${value}” i listan.`,
  invalidChoice: (label: string, value: string, allowed: readonly string[]): string =>
    `Välj ${joinOr(allowed)}: ”${value}” kan inte användas som ${label.toLowerCase()}.`,
  wrongBasis: (label: string, basis: AmountBasis): string =>
    `${label} används bara med beräkningsgrund ${basis}. ` +
    `Töm fältet, eller byt beräkningsgrund till ${basis}.`,
  incomplete: (missing: string, filled: readonly string[]): string =>
    `Ange även ${missing.toLowerCase()}, så kan det årliga beloppet räknas ut. ` +
    `Eller töm ${joinAnd(filled.map((label) => label.toLowerCase()))}.`,
  annualMismatch: (given: number, source: AnnualSource, derived: number): string =>
    `Årligt belopp (${formatKronor(given)}) stämmer inte med ${annualSources[source]} ` +
    `(${formatKronor(derived)}). Rätta något av värdena, eller töm årligt belopp så räknas det ut.`,
  derivationMismatch: (fromCosts: number, fromUnitPrices: number): string =>
    `Tidigare minus ny årlig kostnad (${formatKronor(fromCosts)}) stämmer inte med ` +
    `${annualSources.unitPrices} (${formatKronor(fromUnitPrices)}). Rätta något av värdena.`,
  zeroAmount:
    "Besparingen blir 0 kr. Ange beloppet, eller fyll i sparade timmar " +
    "om effekten inte går att räkna i kronor.",
  costIncreaseUnconfirmed: (amount: number): string =>
    `Årligt belopp blir ${formatKronor(amount)}, alltså en kostnadsökning. ` +
    "Bekräfta kostnadsökningen, eller rätta värdena.",
  negativeAmount: (label: string): string =>
    `${label} kan inte vara under 0 kr. Ta bort minustecknet.`,
  negativeOneOff:
    "Beloppet kan inte vara under 0 kr. Ta bort minustecknet: ett engångsbelopp är pengar " +
    "som kommer tillbaka eller som inte behövde betalas.",
  tooLarge: (label: string): string =>
    `${label} är över 1 000 miljarder kr. Kontrollera beloppet, t.ex. 3,2 mkr eller 3 200 000.`,
  notPositive: (label: string): string =>
    `${label} måste vara större än 0. Ange uppskattat antal per år, eller töm styckpriserna.`,
  contractYearsTooShort: "Avtalstiden måste vara mer än 0 år, t.ex. 4 eller 0,5 för ett halvår.",
  contractYearsTooLong: (years: number): string =>
    `Avtalstiden kan vara högst 20 år (nu ${formatCount(years)}). Kontrollera värdet.`,
  hoursNegative: "Sparade timmar kan inte vara under 0. Ta bort minustecknet.",
  hoursTooMany: (value: number): string =>
    `Sparade timmar kan vara högst 10 000 000 (nu ${formatCount(value)}). Kontrollera värdet.`,
  dateOutOfRange: (year: number, min: number, max: number): string =>
    `Året ${year} verkar inte stämma. Ange ett datum mellan ${min} och ${max}, t.ex. 2026-03-01.`,
  realisedNeedsStatus:
    "Realiserad effekt är ifylld men status är Kalkylerad. " +
    "Ändra status till Realiserad, eller töm realiserad effekt och datum för realisering.",
  unknownBaseline: (value: string, allowed: readonly string[]): string =>
    `Välj en baslinje: ${joinOr(allowed.map((choice) => `”${choice}”`))}. ` +
    `”${value}” är inte en av dem.`,
  percentOutOfRange:
    "Undviken höjning ska vara mer än 0 % och högst 100 %. Skriv procentsatsen, t.ex. 3,5 %.",
  avoidedIncreaseNotPositive:
    "Undviken höjning ska vara mer än 0 kr per år, t.ex. 120 000. Töm fältet om den bara anges i procent.",
  realisedBeforeStart: (basis: AmountBasis | null, startDate: string): string =>
    `Datum för realisering är före ${basis === "Engång" ? "engångsbeloppets datum" : "startdatum"} ` +
    `(${startDate}). Kontrollera datumen.`,
} as const;

/** Where an annual amount can be derived from. */
export type AnnualSource = "costs" | "unitPrices";

const annualSources: Record<AnnualSource, string> = {
  costs: "tidigare minus ny årlig kostnad",
  unitPrices: "styckprisskillnaden gånger årlig volym",
};

/** A count or a number of years: `2 000`, `0,5`. */
function formatCount(value: number): string {
  const [whole = "0", decimals] = String(Math.abs(value)).split(".");
  const grouped = whole.length > 4 ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0") : whole;
  return `${value < 0 ? "\u2212" : ""}${grouped}${decimals ? `,${decimals}` : ""}`;
}

const joinWith = (word: string) => (items: readonly string[]) =>
  items.length <= 1
    ? (items[0] ?? "")
    : `${items.slice(0, -1).join(", ")} ${word} ${items[items.length - 1] ?? ""}`;
const joinOr = joinWith("eller");
const joinAnd = joinWith("och");

/** Problems of a table row that only the add-in's own columns can have (see readRow.ts). */
export const rowMessages = {
  missingId: "Raden saknar ID. Låt tillägget registrera effekten, så får den ett ID.",
  duplicateId: (id: string): string =>
    `ID ${id} finns på flera rader. Ta bort dubbletten, eller töm ID-cellen så får raden ett nytt.`,
  badRegistered: `Registreringsdatumet går inte att läsa. ${DATE_FORMAT}`,
} as const;

/**
 * A row the add-in can read but the summary sheet's formulas would count differently (see
 * formulaAgreement.ts): each message says what to write instead.
 */
export const formulaAgreementMessages = {
  textNumber: (label: string): string =>
    `${label} står som text i cellen, så sammanställningens formler räknar den som 0. ` +
    "Skriv ett tal utan enhet, eller rätta raden här.",
  notAsListed: (label: string, listed: string): string =>
    `${label} är inte skrivet som i listan. Skriv ”${listed}”, annars räknar ` +
    "sammanställningen raden under Ej i listan.",
  notYesOrNo: (written: string): string =>
    `Budgetpåverkande ska vara Ja eller Nej (här står ${written === "" ? "inget" : `”${written}”`}), ` +
    "annars räknar sammanställningen raden varken som budgetpåverkande eller som ej.",
  blankAlsoReportedBy:
    "Rapporteras även av innehåller bara mellanslag. Töm cellen, annars håller " +
    "sammanställningen raden utanför summorna.",
  forecastDiffers: (inSheet: number, computed: number): string =>
    `Kolumnen Kalkylerad effekt räknar ${formatKronor(inSheet)} för raden men tillägget ` +
    `${formatKronor(computed)}: fyll i Årligt belopp, Avtalstid, Engångsbelopp och ` +
    "Implementeringskostnad så att de ger effekten, eller rätta raden här.",
} as const;

/** A realisation period that cannot be stored as it stands (the pane's fields are checked first). */
export const realisationMessages = {
  month: "Skriv månaden som ÅÅÅÅ-MM, t.ex. 2026-03.",
  monthBeforeStart: (startDate: string) =>
    `Månaden slutar före startdatum ${startDate}. Välj en månad då avtalet eller engångsbeloppet gällde.`,
  amount: "Skriv det realiserade beloppet med siffror, t.ex. 120 000 kr.",
  effect: "Perioden saknar effektens ID.",
  /** Underlag of the period that carries an effect's realised amount from before periods. */
  carriedOver: "Realiserad effekt registrerad före perioderna",
  evidenceTooLong: (max: number) => `Underlaget får vara högst ${max} tecken.`,
  source: (sources: readonly string[]) => `Källan ska vara ${sources.join(" eller ")}.`,
};

/**
 * A row of the period table (bladet Realisering) that does not read as a period: it counts for
 * nothing until it is fixed, so each message says what to write in the cell.
 */
export const periodRowMessages = {
  blankEffect:
    "Effekt-ID saknas. Skriv ID:t från tabellen Effektiviseringar (kolumnen ID) för effekten " +
    "som realiserades.",
  unknownEffect: (id: string) =>
    `Effekt-ID ${id} finns inte i tabellen Effektiviseringar. Skriv ID:t för en registrerad ` +
    "effekt (kolumnen ID), eller ta bort raden.",
  month: "Månad är inget datum. Skriv en dag i månaden, t.ex. 2026-03-01, eller 2026-03.",
  monthText:
    "Månaden står som text i cellen och räknas inte av sammanställningens formler. Skriv den " +
    "som ett datum, t.ex. 2026-03-01 (cellen ska inte vara formaterad som text).",
  amountText:
    "Beloppet står som text i cellen. Skriv det som ett tal utan enhet, t.ex. 120000 " +
    "(negativt vid läckage).",
  amountBlank: "Belopp saknas. Skriv det realiserade beloppet som ett tal, t.ex. 120000.",
  source: (written: string, sources: readonly string[]) =>
    `Källa ska vara ${joinOr(sources)} (här står ${written === "" ? "inget" : `”${written}”`}).`,
} as const;
