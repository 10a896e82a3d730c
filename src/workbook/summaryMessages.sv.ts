/** Every Swedish text the summary sheet `Sammanställning` shows (see summaryLayout.ts). */
import type { GroupDimension } from "../domain/aggregate";

export const summaryText = {
  ownership:
    "Bladet skapas av tillägget Effektiviseringar och skrivs om vid varje uppdatering – " +
    "ändra i tabellen Effektiviseringar, inte här.",
  title: "Effektiviseringar – sammanställning",
  refreshed: "Uppdaterad",
  period: "Period",
  allYears: "Alla budgetår",
  budgetYear: (year: number) => `Budgetår ${year}`,
  department: "Förvaltning",
  allDepartments: "Alla förvaltningar",
  basis: "Underlag",
  basisText: (effects: number, table: string, sheet: string) =>
    `${countText(effects, "registrerad effekt", "registrerade effekter")} i tabellen ` +
    `${table} på bladet ${sheet}.`,
  toFix: "Att rätta",
  noRowsToFix: "Inga: alla rader i tabellen kunde läsas.",
  rowsToFix: (rows: number) =>
    `${countText(rows, "rad", "rader")} i tabellen behöver rättas (se tillägget, Registreringar). ` +
    "Formlerna räknar med dem, de gulmarkerade värdena gör det inte.",
  method: "Så räknas det",
  methodText: (at: string) =>
    "Vita belopp är formler över tabellen Effektiviseringar och följer tabellen mellan " +
    `uppdateringarna. Gulmarkerade belopp är värden som tillägget beräknade ${at}; ` +
    "de ändras först vid nästa uppdatering.",

  keyFigures: "Nyckeltal",
  value: "Värde",
  forecast: "Kalkylerad effekt",
  realised: "Realiserad effekt",
  leakage: "Effektläckage",
  forecastDue: (date: string) => `Kalkylerad effekt som förfallit t.o.m. ${date}`,
  realisationRate: "Realiseringsgrad",
  budgetForecast: "Budgetpåverkande, kalkylerad",
  budgetRealised: "Budgetpåverkande, realiserad",
  notBudgetForecast: "Ej budgetpåverkande, kalkylerad",
  notBudgetRealised: "Ej budgetpåverkande, realiserad",
  count: "Antal registrerade effekter",
  savedHours: "Sparade timmar",

  notes: {
    forecast:
      "Summan av Kalkylerad effekt (kr): årligt belopp × avtalstid + engångsbelopp − implementeringskostnad.",
    forecastInYear:
      "Beräknat värde: den del av varje effekts prognos som faller inom budgetåret (per månad från startdatum).",
    realised: "Summan av Realiserad effekt (kr): det som syns i fakturor eller budgetutfall.",
    realisedInYear: "Realiserad effekt med datum för realisering inom budgetåret.",
    leakage: "Kalkylerad minus realiserad effekt, för de effekter som har realiserats.",
    forecastDue:
      "Beräknat värde: den del av prognosen som infallit t.o.m. datumet (per månad från startdatum).",
    realisationRate: "Realiserad effekt delat med kalkylerad effekt som förfallit.",
    budget: "Effekter med Budgetpåverkande = Ja: frigör pengar i budgeten.",
    notBudget: "Effekter med Budgetpåverkande = Nej, t.ex. cost avoidance.",
    count: "Rader med ID i tabellen.",
    countInYear: "Beräknat värde: effekter vars prognos eller realisering berör budgetåret.",
    savedHours: "Redovisas i timmar och räknas aldrig om till kronor.",
    savedHoursInYear: "Effekter som startar under budgetåret; redovisas i timmar, aldrig i kronor.",
  },

  groupHeading: {
    type: "Typ av effektivisering",
    department: "Förvaltning",
    category: "Kategori",
    reason: "Anledning till effektivisering",
    status: "Status",
  } satisfies Record<GroupDimension, string>,
  forecastColumn: "Kalkylerad",
  realisedColumn: "Realiserad",
  leakageColumn: "Läckage",
  countColumn: "Antal",
  total: "Summa",
  empty: "(tom)",

  yearHeading: "Budgetår",
  yearForecastColumn: "Kalkylerad (beräknad)",
  yearsByTypeHeading: "Kalkylerad per budgetår och typ (beräknad)",
  /** Short lines, one a row: a long one would run on under the charts beside the tables. */
  yearNote: (at: string) => [
    `Kalkylerad per budgetår är värden som tillägget beräknade ${at}.`,
    "Årligt belopp fördelas per månad från startdatum; engångsbelopp och implementeringskostnad",
    "räknas på startdatum. Realiserad räknas på datum för realisering.",
    "Uppdatera sammanställningen för att räkna om värdena.",
  ],
  noYears: "Inga effekter med startdatum att fördela på budgetår.",

  charts: {
    byType: "Kalkylerad och realiserad effekt per typ",
    byDepartment: "Kalkylerad och realiserad effekt per förvaltning",
    byYear: "Kalkylerad effekt per budgetår och typ",
  },
} as const;

function countText(count: number, one: string, many: string): string {
  const number = new Intl.NumberFormat("sv-SE").format(count);
  return `${number} ${count === 1 ? one : many}`;
}
