/** Every Swedish text the summary sheet `Sammanställning` shows (see summaryLayout.ts). */
import type { GroupDimension } from "../../domain/calculate/aggregate";
import type { RowsToFixFigures } from "../../domain/calculate/rowsToFix";
import { formatKronor } from "../../domain/model/format";

/** How to find the rows behind a verified figure, and those that no longer count. */
const TRACE_VERIFIED =
  "Filtrera tabellen på kolumnen Verifierat; rader ändrade för hand listas i tillägget under Granska.";

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
  /** Which effects the figures count, after the basis line's first sentence. */
  selection: (excludedBaselines: readonly string[], reportedElsewhereIncluded: boolean) => {
    const baselines =
      excludedBaselines.length === 0
        ? "Alla baslinjer räknas."
        : `Baslinjer som inte räknas: ${excludedBaselines.map(baselineName).join(", ")}.`;
    const reported = reportedElsewhereIncluded ? "ingår" : "ingår inte";
    return `${baselines} Effekter som även rapporteras av annan ${reported}.`;
  },
  toFix: "Att rätta",
  noRowsToFix: "Inga: alla rader i tabellen kunde läsas.",
  rowsToFix: (rows: RowsToFixFigures) =>
    `${countText(rows.count, "rad", "rader")} i tabellen behöver rättas (i tillägget: ` +
    `Registreringar, Rader som behöver rättas). ${rowsInFormulas(rows)}`,
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
  verifiedForecast: "Kalkylerad effekt, verifierad",
  verifiedRealised: "Realiserad effekt, verifierad",
  verifiedCount: "Verifierade effekter",
  /** After the number of verified effects, in its cell's format: "3 av 12". */
  outOf: (total: number) => `av ${numberText(total)}`,
  reportedElsewhere: "Rapporteras även av annan",
  budgetNeitherForecast: "Budgetpåverkande varken Ja eller Nej, kalkylerad",
  budgetNeitherRealised: "Budgetpåverkande varken Ja eller Nej, realiserad",
  editedOutside: "Ändrade utanför tillägget",

  notes: {
    forecast:
      "Summan av Kalkylerad effekt (kr): årligt belopp × avtalstid + engångsbelopp − implementeringskostnad.",
    forecastInYear:
      "Beräknat värde: den del av varje effekts prognos som faller inom budgetåret (per månad från startdatum).",
    realised: "Summan av Realiserad effekt (kr): det som syns i fakturor eller budgetutfall.",
    realisedInYear:
      "Perioderna i tabellen Realiseringar vars månad ligger i budgetåret; en effekt utan perioder räknas på sitt datum för realisering.",
    leakage: "Kalkylerad minus realiserad effekt, för de effekter som har realiserats.",
    leakageInYear:
      "Hela effektens kalkylerade minus realiserade effekt, för de effekter vars datum för realisering ligger i budgetåret.",
    forecastDue:
      "Beräknat värde: den del av prognosen som infallit t.o.m. datumet (per månad från startdatum).",
    realisationRate: "Realiserad effekt delat med kalkylerad effekt som förfallit.",
    budget: "Effekter med Budgetpåverkande = Ja: frigör pengar i budgeten.",
    notBudget: "Effekter med Budgetpåverkande = Nej, t.ex. cost avoidance.",
    budgetNeither:
      "Effekten ovan minus Ja och Nej: rader där Budgetpåverkande är tomt eller annat än " +
      "Ja/Nej. De behöver rättas (se Att rätta).",
    count: "Rader med ID i tabellen.",
    countInYear: "Beräknat värde: effekter vars prognos eller realisering berör budgetåret.",
    savedHours: "Redovisas i timmar och räknas aldrig om till kronor.",
    savedHoursInYear: "Effekter som startar under budgetåret; redovisas i timmar, aldrig i kronor.",
    verifiedForecast:
      "Beräknat värde: bara tillägget kan se att en rad är oförändrad sedan en annan person " +
      `verifierade den. ${TRACE_VERIFIED}`,
    verifiedRealised: `Beräknat värde: realiserad effekt med Verifierat = Realisering. ${TRACE_VERIFIED}`,
    verifiedCount: `Beräknat värde: effekter i summorna vars kalkyl är verifierad. ${TRACE_VERIFIED}`,
    reportedElsewhere: (count: number, included: boolean) =>
      `${countText(count, "effekt", "effekter")}, ${included ? "med" : "ej med"} i summorna. ` +
      "Kalkylerad effekt; filtrera tabellen på kolumnen Rapporteras även av.",
    editedOutside:
      "Beräknat värde: rader ändrade för hand sedan tillägget skrev dem; räknas inte som " +
      "verifierade. De listas i tillägget under Granska.",
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
  /** The group of rows whose value is not in the list; the key figure minus the groups above. */
  notListed: "Ej i listan / att rätta",

  yearHeading: "Budgetår",
  /** The year table's rest: the key figure minus the years above. */
  noYear: "Utan budgetår / att rätta",
  yearForecastColumn: "Kalkylerad (beräknad)",
  yearDueColumn: "Förfallen prognos (beräknad)",
  rateColumn: "Realiseringsgrad",
  yearsByTypeHeading: "Kalkylerad per budgetår och typ (beräknad)",
  /** Short lines, one a row: a long one would run on under the charts beside the tables. */
  yearNote: (at: string) => [
    `Kalkylerad och förfallen prognos per budgetår är värden som tillägget beräknade ${at}.`,
    "Årligt belopp fördelas per månad från startdatum; engångsbelopp och implementeringskostnad",
    "räknas på startdatum. Förfallen prognos är den del av årets prognos som fördelats på",
    "månader till och med uppdateringsdagen: det som borde ha realiserats hittills.",
    "Realiserad per år är en formel: summan av perioderna i tabellen Realiseringar vars månad",
    "ligger i året; en effekt utan perioder räknas med Realiserad effekt (kr) på Realiserad datum.",
    "Läckage är förfallen prognos minus realiserad; realiseringsgrad är realiserad delat med förfallen.",
    "Uppdatera sammanställningen för att räkna om värdena.",
  ],
  noYears: "Inga effekter med startdatum att fördela på budgetår.",

  duplicates: {
    heading: "Möjliga dubbelregistreringar",
    note:
      "Samma ärende, typ och kalkylerade effekt registrerat mer än en gång: kontrollera att " +
      "det inte är samma besparing som räknas två gånger.",
    caseName: "Ärende",
    type: "Typ",
    forecast: "Kalkylerad effekt",
    ids: "ID",
    none: "Inga: inget ärende har samma typ och kalkylerade effekt registrerat två gånger.",
    more: (groups: number) => `och ${numberText(groups)} till`,
  },

  followUp: {
    heading: "Att följa upp (prognos förfallen men inte realiserad)",
    none: "Inget att följa upp.",
    id: "ID",
    caseName: "Ärende",
    department: "Förvaltning",
    forecastDue: "Förfallen prognos",
    realised: "Realiserad",
    leakage: "Läckage",
    more: (effects: number) => `och ${numberText(effects)} till`,
    /** Below the list: a snapshot, as the year table's values. */
    note: (at: string) =>
      `Värden som tillägget beräknade ${at}: förfallen prognos minus det realiserade (summan av effektens perioder), störst läckage först.`,
  },

  charts: {
    byType: "Kalkylerad och realiserad effekt per typ",
    byDepartment: "Kalkylerad och realiserad effekt per förvaltning",
    byYear: "Kalkylerad effekt per budgetår och typ",
  },
} as const;

/** A baseline as the sheet names it; "" stands for effects without one. */
export const baselineName = (baseline: string): string =>
  baseline === "" ? "Ej angiven" : baseline;

const numberText = (count: number): string => new Intl.NumberFormat("sv-SE").format(count);

function countText(count: number, one: string, many: string): string {
  return `${numberText(count)} ${count === 1 ? one : many}`;
}

/** What the formulas count of the rows to fix: the difference to the add-in's own figures. */
function rowsInFormulas({ count, inSheet, withId, forecast, realised }: RowsToFixFigures): string {
  if (inSheet === 0) return "Ingen av dem räknas i formlerna eller i de gulmarkerade värdena.";
  const which = inSheet === count ? (count === 1 ? "den" : "dem") : `${numberText(inSheet)} av dem`;
  return (
    `Formlerna räknar med ${which}: ${formatKronor(forecast)} kalkylerad och ` +
    `${formatKronor(realised)} realiserad effekt, ${numberText(withId)} i Antal. ` +
    "Tilläggets siffror och de gulmarkerade värdena räknar inte med dem."
  );
}
