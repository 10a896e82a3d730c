/**
 * The pane's own Swedish strings (the shell, Start, Registreringar with its history, Listor, the
 * name dialog). Field labels and validation messages come from src/domain/messages.sv.ts; the
 * entry form keeps its strings in entry/strings.sv.ts, Granska in review/strings.sv.ts.
 */
import { formatKronor } from "../domain/model/format";

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const shellStrings = {
  appTitle: "Effektiviseringar",
  backToStart: "Tillbaka till Start",
  loading: "Läser arbetsboken …",
  /** While a view's script loads, the first time it is opened. */
  openingView: "Öppnar …",
  /** A part of the pane in a script of its own could not be fetched (network). */
  partUnavailable:
    "Den här delen av tillägget kunde inte hämtas. Kontrollera nätverket och försök igen.",
  retry: "Försök igen",
  reload: "Läs in igen",
  views: {
    start: "Start",
    new: "Ny registrering",
    registrations: "Registreringar",
    lists: "Listor",
    summary: "Sammanställning",
  },
  /** Start's actions: refresh at once with the remembered filter, or choose the filter first. */
  refreshSummary: "Uppdatera sammanställning",
  refreshingSummary: "Uppdaterar …",
  chooseSummaryFilter: "Välj urval för sammanställningen",
} as const;

export const startStrings = {
  purpose:
    "Registrera effektiviseringar från upphandling och avtalsuppföljning – 15 minuter i månaden.",
  checking: "Kontrollerar arbetsboken …",
  ready: "Arbetsboken är redo för registrering.",
  problemsTitle: "Arbetsboken behöver kompletteras",
  repair: "Skapa mallen i arbetsboken",
  repairing: "Skapar mallen …",
  repaired: "Mallen finns nu i arbetsboken. Inga befintliga värden har ändrats.",
  stillProblems: "Allt kunde inte skapas. Det här återstår:",
  actionsLabel: "Vad vill du göra?",
  invalidRows: (n: number, forecast: number) =>
    `${count(n, "rad", "rader")} i tabellen har skrivits in för hand och behöver rättas. ` +
    `Sammanställningens formler räknar med ${formatKronor(forecast)} kalkylerad effekt från ` +
    `${n === 1 ? "den" : "dem"}, tilläggets siffror gör det inte.`,
  invalidPeriodRows: (n: number) =>
    `${count(n, "rad", "rader")} på bladet Realisering läses inte som perioder och räknas ` +
    "inte i det realiserade.",
  showInvalidRows: "Visa raderna",
  figuresTitle: "Sammanställning",
  figuresIntro: (n: number) =>
    `${count(n, "registrering", "registreringar")}, räknade som på bladet Sammanställning ` +
    "utan filter.",
  noFigures: "Inga registreringar ännu.",
  wholePeriod: "Hela avtalstiden",
  toDatePeriod: (date: string) => `Förfallet t.o.m. ${date}`,
  yearPeriod: (year: number) => `Budgetår ${year}`,
  forecast: "Kalkylerad effekt",
  forecastDue: "Kalkylerad effekt som förfallit",
  realised: "Realiserad effekt",
  leakage: "Effektläckage",
  leakageNote: "Kalkylerad minus realiserad effekt, för de effekter som har realiserats.",
  realisationRate: "Realiseringsgrad",
  realisationRateNone: "– (inget förfallet ännu)",
  realisationRateNote: "Realiserad effekt delat med kalkylerad effekt som förfallit.",
  yearNote:
    "Årets del av prognosen, den del av den som förfallit t.o.m. idag, och det som " +
    "realiserats under årets månader.",
  followUpAction: (n: number) =>
    n === 0 ? "Att följa upp: inget förfallet saknar realisering" : `Att följa upp (${n})`,
  savedHours: "Sparade timmar",
  savedHoursNote: "Räknas för sig, inte i kronor.",
} as const;

export const registrationsStrings = {
  empty: "Inga registreringar ännu – börja med Ny registrering",
  newEntry: "Ny registrering",
  noMatch: "Inga registreringar matchar sökningen och filtren.",
  clearFilters: "Rensa sökning och filter",
  search: "Sök",
  searchHint: "Ärende, leverantör, diarienummer, kommentar eller ID",
  department: "Förvaltning",
  type: "Typ",
  status: "Status",
  all: "Alla",
  showing: (shown: number, total: number) =>
    shown === total
      ? count(total, "registrering", "registreringar")
      : `Visar ${shown} av ${total} registreringar`,
  listLabel: "Registreringar, nyast först",
  forecastShort: "Kalkylerad",
  realisedShort: "Realiserad",
  caseEffects: (n: number) => count(n, "effekt", "effekter"),
  backToList: "Alla registreringar",
  notFound: "Registreringen finns inte längre i tabellen. Någon kan ha tagit bort raden.",
  rowGone:
    "Raden finns inte längre bland raderna som behöver rättas. Någon kan ha rättat eller tagit bort den.",
  staleForm:
    "Läs in raden igen, så sparas dina ändringar mot den senaste versionen. Det du har skrivit finns kvar.",
  edit: "Redigera",
  realise: "Markera som realiserad",
  realiseMonth: "Lägg till realisering för en månad",
  realisedSaved: "Effekten är markerad som realiserad.",
  leakage: "Effektläckage",
  forecast: "Kalkylerad effekt",
  yes: "Ja",
  no: "Nej",
  editedOutside: "Ändrad utanför tillägget",
  editedOutsideNote:
    "Raden har ändrats direkt i tabellen, utan tillägget. Den räknas inte som verifierad förrän ändringen är godkänd under Granska och en annan person har verifierat den igen.",
} as const;

export const historyStrings = {
  title: "Historik",
  show: "Visa historik",
  hide: "Dölj historik",
  loading: "Läser historiken …",
  empty: "Ingen historik finns för effekten i bladet Logg.",
  listLabel: "Ändringar, äldst först",
  /** Old → new; a line with no old value (a new registration) shows only the new. */
  change: (before: string, after: string) =>
    before === "" ? after : `${before} → ${after === "" ? "(tomt)" : after}`,
} as const;

export const realiseStrings = {
  title: "Markera som realiserad",
  amount: "Realiserad effekt (kr)",
  amountHint:
    "Det som realiserades under månaden, enligt fakturor eller budgetutfall, t.ex. 120 000 kr. " +
    "Negativt vid läckage.",
  // "datum": any day of the month will do; the month is what is recorded.
  month: "Realiserat datum",
  monthHint: "Månaden: ÅÅÅÅ-MM, t.ex. 2026-03 (ett datum i månaden går också).",
  forecast: "Kalkylerad effekt",
  leakage: "Effektläckage",
  leakageUnknown: "Visas när du har skrivit ett belopp.",
  otherIssues: "Registreringen behöver rättas innan den kan markeras som realiserad:",
  save: "Spara som realiserad",
  saving: "Sparar …",
  cancel: "Avbryt",
} as const;

export const invalidRowsStrings = {
  title: "Rader som behöver rättas",
  intro:
    "De här raderna har skrivits in direkt i tabellen och räknas inte i tilläggets siffror " +
    "förrän de är rättade. Sammanställningens formler räknar med dem, så där skiljer det.",
  row: (sheetRow: number) => `Rad ${sheetRow}`,
  fix: "Rätta",
  fixLabel: (sheetRow: number) => `Rätta rad ${sheetRow}`,
  wholeRow: "Raden",
  periodsTitle: "Perioder på bladet Realisering",
  periodsIntro:
    "De här raderna i tabellen Realiseringar läses inte som perioder, så de räknas inte i " +
    "någon effekts realiserade belopp. Rätta dem direkt i bladet Realisering.",
  periodRow: (sheetRow: number, shown: readonly string[]) =>
    [`Rad ${sheetRow}`, ...shown.filter((text) => text !== "")].join(" – "),
} as const;

export const listsStrings = {
  intro: "Listorna finns på bladet Kategori och används i formuläret.",
  empty: "Listan är tom.",
  readOnlyNote: "Ändras på bladet Kategori i arbetsboken.",
  newValue: { categories: "Ny kategori", departments: "Ny förvaltning" },
  add: "Lägg till",
  adding: "Lägger till …",
  blank: "Skriv ett värde att lägga till.",
  duplicate: (value: string, list: string) => `”${value}” finns redan i listan ${list}.`,
  added: (value: string, list: string) => `”${value}” har lagts till i listan ${list}.`,
  valueCount: (n: number) => count(n, "värde", "värden"),
} as const;

export const identityStrings = {
  dialogTitle: "Vem är du?",
  intro:
    "Ditt namn skrivs i arbetsboken när du registrerar, ändrar eller verifierar en effekt, så att alla ser vem som gjort vad. Det sparas bara för dig på den här datorn, inte i den delade arbetsboken.",
  name: "Ditt namn",
  nameHint: "T.ex. Anna Svensson",
  nameMissing: "Skriv ditt namn.",
  save: "Spara",
  cancel: "Avbryt",
  youAre: "Du är:",
  change: "Byt namn",
  none: "Ange ditt namn",
} as const;

/** The quiet line a few seconds after a save (shared/ConfirmationNote.tsx). */
export const confirmationStrings = {
  waiting: "Kontrolleras strax i arbetsboken …",
  confirmed: "Bekräftad i arbetsboken.",
  rewritten:
    "Bekräftad i arbetsboken. Raden skrevs in på nytt: en kollegas samtidiga registrering hade tagit dess plats.",
  relogged:
    "Bekräftad i arbetsboken. Loggraden skrevs in på nytt i Logg: en kollegas samtidiga ändring hade tagit dess plats.",
  periodsRewritten:
    "Bekräftad i arbetsboken. Det som en kollegas samtidiga ändring hade tagit platsen för " +
    "(en period, en loggrad eller effektens realiserade summa) skrevs in på nytt.",
  duplicates: (ids: readonly string[]) =>
    `Finns mer än en gång i tabellen: ${ids.join(", ")}. Ta bort den extra raden i Excel.`,
  listRewritten: (value: string) =>
    `Bekräftad i arbetsboken. ”${value}” skrevs in i listan på nytt: en kollegas samtidiga tillägg hade tagit dess plats.`,
  listDuplicate: (value: string) =>
    `”${value}” står mer än en gång i listan. Ta bort det extra värdet på bladet Kategori.`,
  failed: (message: string) => `Kunde inte bekräftas i arbetsboken ännu: ${message}`,
} as const;
