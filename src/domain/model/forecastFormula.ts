/**
 * The calculated column `Kalkylerad effekt (kr)`, as a formula over the row's own cells, so
 * that every forecast in the sheet can be traced (DESIGN: conservative and transparent).
 */
import { columnLetter } from "./cells";
import { headerOf, type ColumnKey } from "./tableSchema";
import { indexHeaders } from "./tableHeaders";

/** Where a row goes: the table's actual header order and the row's place in the sheet. */
export interface RowPlace {
  headers: readonly string[];
  /** 0-based sheet column of the table's first column. */
  firstColumn: number;
  /** 1-based sheet row. */
  rowNumber: number;
}

/**
 * `Kalkylerad effekt (kr)` = Årligt belopp × Avtalstid + Engångsbelopp − Implementeringskostnad
 * over the row's own cells. N() counts blanks and stray text as 0. A1 references, not
 * structured ones: the row is written just below the table before Excel expands it, and
 * LibreOffice must recompute it. Built from column letters only, never from user input.
 */
export function forecastFormula(place: RowPlace): string {
  if (!Number.isInteger(place.rowNumber) || place.rowNumber < 1) {
    throw new RangeError(`Row number ${place.rowNumber} is not a sheet row`);
  }
  const indexOf = forecastTermIndexes(place.headers);
  return forecastFrom(
    (key) => `${columnLetter(place.firstColumn + indexOf(key))}${place.rowNumber}`
  );
}

/**
 * The same formula in relative R1C1 (`=N(RC[-5])*N(RC[-4])+N(RC[-2])-N(RC[-1])` for the
 * template's order): one text for every row, for `range.formulasR1C1`. Needs the forecast
 * column among `headers`, since the references are relative to it.
 */
export function forecastFormulaR1C1(headers: readonly string[]): string {
  const indexOf = forecastTermIndexes(headers);
  const forecastIndex = indexOf("forecast");
  return forecastFrom((key) => {
    const offset = indexOf(key) - forecastIndex;
    return offset === 0 ? "RC" : `RC[${offset}]`;
  });
}

const FORECAST_TERMS = [
  "annualAmount",
  "contractYears",
  "oneOffAmount",
  "implementationCost",
] as const satisfies readonly ColumnKey[];
type ForecastTerm = (typeof FORECAST_TERMS)[number];

function forecastFrom(ref: (key: ForecastTerm) => string): string {
  const [annual, years, oneOff, cost] = FORECAST_TERMS.map((key) => `N(${ref(key)})`);
  return `=${annual}*${years}+${oneOff}-${cost}`;
}

/** Position of a column the formula needs; throws naming the column when the table lacks it. */
function forecastTermIndexes(headers: readonly string[]): (key: ColumnKey) => number {
  const { indexOf } = indexHeaders(headers);
  return (key) => {
    const index = indexOf.get(key);
    if (index === undefined) {
      throw new Error(
        `The forecast formula needs the column "${headerOf(key)}"; the table lacks it`
      );
    }
    return index;
  };
}
