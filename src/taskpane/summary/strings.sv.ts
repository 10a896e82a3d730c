/** The summary panel's Swedish strings (RefreshSummary.tsx, SelectionFields.tsx). */
import type { RowsToFixFigures } from "../../domain/calculate/rowsToFix";
import { formatKronor } from "../../domain/model/format";
import type { SummaryFilter } from "../../workbook/port";

const count = (n: number, one: string, many: string) =>
  `${new Intl.NumberFormat("sv-SE").format(n)} ${n === 1 ? one : many}`;

export const summaryStrings = {
  intro:
    "Bygger om bladet Sammanställning med nyckeltal, tabeller och diagram för ledning och budget. " +
    "Filtret sparas i arbetsboken och gäller även knappen i menyfliksområdet.",
  year: "Budgetår",
  department: "Förvaltning",
  all: "Alla",
  baselines: "Baslinjer som räknas",
  baselinesHint:
    "Bocka ur t.ex. Egen kalkyl eller budget för att bara räkna besparingar mot ett pris.",
  noBaseline: "Ej angiven",
  noBaselineCounted: "Ingen baslinje räknas, så alla belopp i sammanställningen blir 0 kr.",
  reportedElsewhere: "Ta med effekter som även rapporteras av annan",
  reportedElsewhereHint:
    "Annars visas de för sig och hålls utanför summorna, så att inget räknas två gånger.",
  refresh: "Uppdatera sammanställning",
  refreshing: "Uppdaterar …",
  done: (refreshedAt: string, effects: number, filter: SummaryFilter) =>
    `Sammanställningen är uppdaterad ${refreshedAt} med ${count(effects, "effekt", "effekter")}` +
    `${filterText(filter)}. ${selectionText(filter)} Du hittar den på bladet Sammanställning.`,
  /** The same difference as the sheet's line "Att rätta", in the same figures. */
  rowsToFix: (rows: RowsToFixFigures) =>
    `${count(rows.count, "rad", "rader")} i tabellen behöver rättas och finns inte med i ` +
    `effekterna ovan. ${inFormulas(rows)} Rätta dem under Registreringar, Rader som behöver rättas.`,
} as const;

function filterText({ year, department }: SummaryFilter): string {
  const parts = [year === null ? null : `budgetår ${year}`, department];
  const chosen = parts.filter((part) => part !== null);
  return chosen.length === 0 ? "" : ` (${chosen.join(", ")})`;
}

/** What the figures include besides year and Förvaltning. */
function selectionText({ excludedBaselines, includeReportedElsewhere }: SummaryFilter): string {
  const names = excludedBaselines.map((b) => (b === "" ? summaryStrings.noBaseline : b));
  const baselines =
    names.length === 0
      ? "Alla baslinjer räknas."
      : `Baslinjer som inte räknas: ${names.join(", ")}.`;
  const reported = includeReportedElsewhere
    ? "Effekter som även rapporteras av annan ingår."
    : "Effekter som även rapporteras av annan ingår inte.";
  return `${baselines} ${reported}`;
}

/** What the sheet's formulas count of the rows to fix, beyond the add-in's figures. */
function inFormulas({ count: n, inSheet, forecast, realised }: RowsToFixFigures): string {
  if (inSheet === 0) return "Bladets formler räknar inte heller med dem.";
  const which =
    inSheet === n ? (n === 1 ? "den" : "dem") : `${count(inSheet, "rad", "rader")} av dem`;
  return (
    `Bladets formler räknar med ${which}: ${formatKronor(forecast)} kalkylerad och ` +
    `${formatKronor(realised)} realiserad effekt mer än tillägget.`
  );
}
