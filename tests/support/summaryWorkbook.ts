/**
 * The template in the simulated Excel with the real adapter on top, for the summary's tests
 * and the bench: load assets/Effektiviseringsmall.xlsx, fill the lists, append effects through
 * `appendEffects` (in chunks that stay under Excel's 5 MB request limit), refresh.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import {
  effectId,
  isoDate,
  kronor,
  type EffectId,
  type EffectInput,
} from "../../src/domain/model/effect";
import type { EffectLists, ListName } from "../../src/domain/model/lists";
import {
  asExcelNamespace,
  createFakeExcel,
  type FakeExcel,
  type FakeWorkbook,
} from "../../src/preview/fakeExcel";
import { loadWorkbookFromXlsx } from "../../src/preview/fakeExcel/xlsx";
import { createExcelWorkbook } from "../../src/workbook/excelWorkbook";
import type { WorkbookPort } from "../../src/workbook/port";
import { REALISATION_TABLE_NAME } from "../../src/workbook/structure/layout";
import { TEMPLATE_PATH } from "../../src/workbook/structure/template";
import { selectionInputs, summaryInputs, summaryLists } from "../fixtures/summaryEffects";

/** The refresh's clock: 2026-03-01 13:30. */
export const REFRESH_STAMP = { date: isoDate("2026-03-01"), serial: 46082.5625 } as const;

/** Rows per appendEffects call: about 1 KB a row on the wire, so well under 5 MB. */
const APPEND_CHUNK = 2_000;

export interface SummaryWorkbook {
  fake: FakeExcel;
  model: FakeWorkbook;
  port: WorkbookPort;
}

let templateBytes: Uint8Array | undefined;

export async function openTemplate(): Promise<SummaryWorkbook> {
  templateBytes ??= new Uint8Array(await readFile(join(__dirname, "..", "..", TEMPLATE_PATH)));
  const model = await loadWorkbookFromXlsx(templateBytes);
  const fake = createFakeExcel(model);
  let id = 0;
  const port = createExcelWorkbook({
    run: asExcelNamespace(fake).run,
    documentSettings: null,
    env: {
      newId: () => effectId(`E-T${String((id += 1)).padStart(9, "0")}`),
      stamp: () => REFRESH_STAMP,
      isSetSupported: fake.requirements.isSetSupported,
    },
  });
  return { fake, model, port };
}

/** Adds what `lists` has and the workbook's lists lack. */
export async function addLists(port: WorkbookPort, lists: EffectLists): Promise<void> {
  const names: ListName[] = ["categories", "departments", "types", "reasons"];
  for (const name of names) {
    for (const value of lists[name]) await port.addListValue(name, value);
  }
}

export async function appendInChunks(
  port: WorkbookPort,
  inputs: readonly EffectInput[]
): Promise<void> {
  for (let start = 0; start < inputs.length; start += APPEND_CHUNK) {
    await port.appendEffects(inputs.slice(start, start + APPEND_CHUNK), { registeredBy: "Test" });
  }
}

/** The template with the summary's lists and the varied set appended through the adapter. */
export async function filledSummaryWorkbook(): Promise<SummaryWorkbook> {
  const workbook = await openTemplate();
  await addLists(workbook.port, summaryLists());
  await appendInChunks(workbook.port, allSummaryInputs());
  return workbook;
}

/**
 * Realisation periods for two of the varied set, as the pane records them, each row already
 * holding their sum (Drift och förvaltning, TEKNIK: three periods over 2025–2026 of its 850 000
 * kr, its row dated later; Turbundna resor's corrected invoices, BOU: two months of 2025). The
 * other realised rows keep their single amount (no periods).
 */
export async function addSummaryPeriods(port: WorkbookPort): Promise<void> {
  const { effects } = await port.readEffects();
  const idOf = (caseName: string, reason: string) => {
    const effect = effects.find((e) => e.caseName === caseName && e.reason === reason);
    if (!effect) throw new Error(`${caseName} (${reason}) saknas`);
    return effect.id;
  };
  const operation = idOf("Drift och förvaltning", "Ramavtal/kontrakt");
  const invoices = idOf("Turbundna resor", "Rättad faktura");
  const periods: [EffectId, string, number][] = [
    [operation, "2025-06", 200_000],
    [operation, "2025-12", 300_000],
    [operation, "2026-02", 350_000],
    [invoices, "2025-08", 5_000_000],
    [invoices, "2025-09", 200_000],
  ];
  await port.appendRealisations(
    periods.map(([effectId, month, amount]) => ({
      effectId,
      month,
      amount: kronor(amount),
      source: "Manuell",
      evidence: "",
    })),
    { registeredBy: "Test" }
  );
}

/**
 * Period rows typed by hand (addSummaryPeriods first), each of a kind the formulas and the
 * pane could read differently: a Källa the add-in does not know, a month typed as text, an
 * Effekt-ID with a trailing space, in lower case, with a wildcard, or none; and a row to fix
 * for an effect without periods, whose single amount then leaves the per-year figures. Each
 * is written below the table as a person ends a row with Enter (its own write; the table
 * expands over it).
 */
export async function typePeriodRowsByHand(workbook: SummaryWorkbook): Promise<void> {
  const { effects } = await workbook.port.readEffects();
  const operation = effects.find((e) => e.caseName === "Drift och förvaltning");
  const moving = effects.find((e) => e.caseName === "Flyttjänster");
  if (!operation || !moving) throw new Error("Drift och förvaltning eller Flyttjänster saknas");
  const january2026 = 46023; // 2026-01-01
  const rows: Record<string, number | string>[] = [
    { "Effekt-ID": operation.id, Månad: january2026, "Belopp (kr)": 1_000_000, Källa: "Faktura" },
    { "Effekt-ID": operation.id, Månad: "2026-01", "Belopp (kr)": 2_000_000, Källa: "Manuell" },
    { "Effekt-ID": `${operation.id} `, Månad: january2026, "Belopp (kr)": 4e6, Källa: "Manuell" },
    // Counted, in lower case: Excel compares Effekt-ID as it compares text, case aside.
    {
      "Effekt-ID": operation.id.toLowerCase(),
      Månad: january2026,
      "Belopp (kr)": 8e6,
      Källa: "Import",
    },
    // No effect's ID: a criterion's * would match every ID that begins with "E-".
    { "Effekt-ID": "E-*", Månad: january2026, "Belopp (kr)": 16e6, Källa: "Manuell" },
    // No Effekt-ID: "=" would match the table's blank rows.
    { "Effekt-ID": "", Månad: january2026, "Belopp (kr)": 32e6, Källa: "Manuell" },
    // Flyttjänster's 175 000 kr of 2025 has no period; the formula sees this row name it.
    { "Effekt-ID": moving.id, Månad: january2026, "Belopp (kr)": 64e6, Källa: "Faktura" },
  ];
  for (const [i, row] of rows.entries())
    await typePeriodRow(workbook, { ID: `R-HAND${i}`, ...row });
}

/** One period row below the table, in its own write. */
function typePeriodRow(workbook: SummaryWorkbook, row: Record<string, number | string>) {
  return workbook.fake.Excel.run(async (context) => {
    const table = context.workbook.tables.getItem(REALISATION_TABLE_NAME);
    const header = table.getHeaderRowRange().load("values");
    const range = table.getRange().load("rowIndex, rowCount");
    await context.sync();
    const headers = (header.values[0] ?? []).map(String);
    const below = range.getLastRow().getOffsetRange(1, 0);
    // A text month stays text only in a cell formatted as text, as a person's would.
    below.numberFormat = [
      headers.map((h) => (h === "Månad" && typeof row[h] === "string" ? "@" : "General")),
    ];
    below.values = [headers.map((h) => row[h] ?? "")];
    await context.sync();
  });
}

/** The varied set, and rows the summary's selection tells apart (baselines, reported elsewhere). */
export const allSummaryInputs = (): EffectInput[] => [...summaryInputs(), ...selectionInputs()];

/** `count` effects cycling through the varied set, each its own case. */
export function manyInputs(count: number): EffectInput[] {
  const varied = summaryInputs();
  return Array.from({ length: count }, (_, i) => {
    const input = varied[i % varied.length] as EffectInput;
    return { ...input, caseName: `${input.caseName} ${i + 1}` };
  });
}
