/** The summary panel's Swedish strings (RefreshSummary.tsx). */
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
  refresh: "Uppdatera sammanställning",
  refreshing: "Uppdaterar …",
  done: (refreshedAt: string, effects: number, filter: SummaryFilter) =>
    `Sammanställningen är uppdaterad ${refreshedAt} med ${count(effects, "effekt", "effekter")}` +
    `${filterText(filter)}. Du hittar den på bladet Sammanställning.`,
  invalidRows: (n: number) =>
    `${count(n, "rad", "rader")} i tabellen behöver rättas och finns inte med i de beräknade ` +
    "värdena. Rätta dem under Registreringar.",
} as const;

function filterText({ year, department }: SummaryFilter): string {
  const parts = [year === null ? null : `budgetår ${year}`, department];
  const chosen = parts.filter((part) => part !== null);
  return chosen.length === 0 ? "" : ` (${chosen.join(", ")})`;
}
