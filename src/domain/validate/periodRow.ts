/**
 * Reading a row of the period table, also one typed by hand: it reads as a period, or it comes
 * back as a row to fix with what to write, never silently dropped (a dropped row would make the
 * pane's realised sum differ from what the person meant). Belonging to a registered effect is
 * checked apart (`periodRowsToFix`), since the effects are read from another table.
 */
import type { CellValue } from "../model/cells";
import { excelSerialToIsoDate, stampText } from "../model/dates";
import { effectId, kronor, type EffectId } from "../model/effect";
import {
  effectKey,
  REALISATION_SOURCES,
  type RealisationKey,
  type RealisationPeriod,
  type RealisationSource,
} from "../model/realisation";
import { realisationColumnIndex } from "../model/realisationRows";
import { periodRowMessages } from "../messages.sv";

export interface PeriodIssue {
  field: RealisationKey;
  message: string;
}

/** A period row that needs fixing in the sheet, with the cells a person needs to find it. */
export interface InvalidPeriodRow {
  /** 1-based row number on the period sheet. */
  sheetRow: number;
  /** The row's Effekt-ID, Månad and Belopp as they stand, as text ("" when blank). */
  shown: { effectId: string; month: string; amount: string };
  /** The Effekt-ID cell untrimmed, as the sheet's COUNTIF compares it (periodsByEffect). */
  effectIdCell: string;
  issues: PeriodIssue[];
}

/** The period table as read: its periods (with their sheet rows) and its rows to fix. */
export interface RealisationsReading {
  periods: RealisationPeriod[];
  /** The sheet row of each of `periods`, in the same order. */
  periodRows: number[];
  invalidRows: InvalidPeriodRow[];
}

export type PeriodRowReading = { period: RealisationPeriod } | { issues: PeriodIssue[] };

/** A period from a row as Excel returns it (cells in the order of `headers`), or its issues. */
export function readPeriodRow(
  row: readonly CellValue[],
  headers: readonly string[]
): PeriodRowReading {
  const cell = (key: RealisationKey) => row[realisationColumnIndex(headers, key)] ?? "";
  const text = (key: RealisationKey) => String(cell(key)).trim();
  const month = monthOfCell(cell("month"));
  const amount = cell("amount");
  // As the summary's formula compares it (`=`: case aside, spaces count), so that a period the
  // pane counts is one the sheet's realised per budget year counts too.
  const written = String(cell("source"));
  const source = REALISATION_SOURCES.find((known) => known.toLowerCase() === written.toLowerCase());
  const issues: PeriodIssue[] = [];
  if (text("effectId") === "") {
    issues.push({ field: "effectId", message: periodRowMessages.blankEffect });
  }
  if (month === null) {
    const asText = typeof cell("month") === "string" && text("month") !== "";
    issues.push({
      field: "month",
      message: asText ? periodRowMessages.monthText : periodRowMessages.month,
    });
  }
  if (typeof amount !== "number" || !Number.isFinite(amount)) {
    const blank = String(amount).trim() === "";
    const message = blank ? periodRowMessages.amountBlank : periodRowMessages.amountText;
    issues.push({ field: "amount", message });
  }
  if (!source) {
    const message = periodRowMessages.source(written, REALISATION_SOURCES);
    issues.push({ field: "source", message });
  }
  if (issues.length > 0 || month === null || typeof amount !== "number" || !source) {
    return { issues };
  }
  return { period: periodOf(cell, text, month, amount, source) };
}

function periodOf(
  cell: (key: RealisationKey) => CellValue,
  text: (key: RealisationKey) => string,
  month: string,
  amount: number,
  source: RealisationSource
): RealisationPeriod {
  const at = cell("registeredAt");
  return {
    id: text("id"),
    // Untrimmed, as the formula's COUNTIFS matches it: "E-1 " is no registered effect's ID.
    effectId: effectId(String(cell("effectId"))),
    month,
    amount: kronor(amount),
    source,
    evidence: text("evidence"),
    registeredBy: text("registeredBy"),
    registeredAt: typeof at === "number" && at >= 1 ? stampText(at) : String(at),
  };
}

/**
 * The month of a date cell. A month typed as text is not one: the summary's formula compares
 * Månad with dates, and Excel orders every text after every number, so it would never count it.
 */
function monthOfCell(cell: CellValue): string | null {
  if (typeof cell !== "number") return null;
  try {
    return excelSerialToIsoDate(cell).slice(0, 7);
  } catch {
    return null;
  }
}

/** What a row shows a person, as text: a date cell as its month. */
export function shownCells(row: readonly CellValue[], headers: readonly string[]) {
  const cell = (key: RealisationKey) => row[realisationColumnIndex(headers, key)] ?? "";
  const month = cell("month");
  return {
    effectId: String(cell("effectId")).trim(),
    month: (typeof month === "number" ? monthOfCell(month) : null) ?? String(month).trim(),
    amount: String(cell("amount")).trim(),
  };
}

/** The period table's rows as read, blank rows left out; `firstSheetRow` is the body's first. */
export function readPeriodRows(
  rows: readonly (readonly CellValue[])[],
  headers: readonly string[],
  firstSheetRow: number
): RealisationsReading {
  const reading: RealisationsReading = { periods: [], periodRows: [], invalidRows: [] };
  rows.forEach((row, index) => {
    if (row.every((cell) => String(cell).trim() === "")) return;
    const sheetRow = firstSheetRow + index;
    const result = readPeriodRow(row, headers);
    if ("period" in result) {
      reading.periods.push(result.period);
      reading.periodRows.push(sheetRow);
    } else {
      reading.invalidRows.push({
        sheetRow,
        shown: shownCells(row, headers),
        effectIdCell: String(row[realisationColumnIndex(headers, "effectId")] ?? ""),
        issues: result.issues,
      });
    }
  });
  return reading;
}

/**
 * Every period row to fix, in sheet order: those that do not read as a period, and periods
 * whose Effekt-ID is no registered effect's (`knownIds`: every id in the registration table,
 * rows to fix included; matched by `effectKey`), which no figure would ever count.
 */
export function periodRowsToFix(
  reading: RealisationsReading,
  knownIds: ReadonlySet<EffectId>
): InvalidPeriodRow[] {
  const known = new Set([...knownIds].map(effectKey));
  const unknown = reading.periods.flatMap((period, i): InvalidPeriodRow[] =>
    known.has(effectKey(period.effectId))
      ? []
      : [
          {
            sheetRow: reading.periodRows[i] ?? 0,
            shown: {
              effectId: period.effectId,
              month: period.month,
              amount: String(period.amount),
            },
            effectIdCell: period.effectId,
            issues: [
              { field: "effectId", message: periodRowMessages.unknownEffect(period.effectId) },
            ],
          },
        ]
  );
  return [...reading.invalidRows, ...unknown].sort((a, b) => a.sheetRow - b.sheetRow);
}
