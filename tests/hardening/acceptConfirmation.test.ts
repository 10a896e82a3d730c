/**
 * Godkänn's later confirmation on the real adapter and the simulated Excel: what a co-author's
 * merge took from the save (a period row, the effect row's update to the sum) is found by id
 * in the tables as Excel bounds them, and written again once.
 */
import { describe, expect, it } from "@jest/globals";
import { shownFollowUp } from "../../src/domain/invoices/shownFollowUp";
import type { EffectFollowUp } from "../../src/domain/invoices/suggest";
import type { Effect } from "../../src/domain/model/effect";
import type { FakeWorkbook } from "../../src/preview/fakeExcel";
import { cellKey } from "../../src/preview/fakeExcel/model/cells";
import { acceptMonths } from "../../src/taskpane/invoices/acceptMonths";
import { confirmPeriods } from "../../src/taskpane/shared/confirmPeriods";
import type { WorkbookPort } from "../../src/workbook/port";
import { REALISATION_TABLE_NAME } from "../../src/workbook/structure/layout";
import { anEffect } from "../fixtures/effects";
import { inputOf, onTemplate, tableCells } from "../workbook/support/adapterOnFake";

const month = (name: string, suggestedOre: number) => ({
  month: name,
  invoicedOre: 0,
  forecastOre: 0,
  previousCostOre: null,
  suggestedOre,
  priceEffectOre: null,
  volumeEffectOre: null,
  lines: [],
});

const followUpOf = (effect: Effect): EffectFollowUp => ({
  effectId: effect.id,
  months: [month("2026-03", 12_000_00), month("2026-04", 8_000_00)],
});

/** The registration row with `id`: its sheet row and its cells as the copy holds them now. */
function effectRow(model: FakeWorkbook, id: string) {
  const { table, headers, body } = tableCells(model);
  const index = body.findIndex((row) => row[headers.indexOf("ID")]?.value === id);
  return { sheetRow: table.rect.row + 1 + index, cells: structuredClone(body[index] ?? []) };
}

/** The row's cells back as they were: a co-author's later write of them won the merge. */
function restoreRow(model: FakeWorkbook, before: ReturnType<typeof effectRow>) {
  const { sheet, table } = tableCells(model);
  before.cells.forEach((cell, i) =>
    sheet.cells.set(cellKey(before.sheetRow, table.rect.col + i), cell)
  );
}

/** The period table's last row gone, as when a co-author's row took its place. */
function loseLastPeriod(model: FakeWorkbook) {
  const { sheet, table } = tableCells(model, REALISATION_TABLE_NAME);
  const last = table.rect.row + table.rect.rows - 1;
  for (let col = table.rect.col; col < table.rect.col + table.rect.cols; col += 1) {
    sheet.cells.delete(cellKey(last, col));
  }
  table.rect = { ...table.rect, rows: table.rect.rows - 1 };
}

/** Godkänn for the effect's two months, by Bo, from fakturor.csv. */
const acceptFor = (port: WorkbookPort, effect: Effect) =>
  acceptMonths(port, effect, shownFollowUp(followUpOf(effect), 50), "fakturor.csv", "Bo");

describe("bekräftelsen efter Godkänn", () => {
  it("hittar allt på plats och skriver ingenting igen", async () => {
    const { port } = await onTemplate();
    const [effect] = await port.appendEffects([inputOf(anEffect())], { registeredBy: "Anna" });
    if (!effect) throw new Error("no effect");
    const accepted = await acceptFor(port, effect);
    expect(accepted.periods).toHaveLength(2);
    expect(await confirmPeriods(port, accepted)).toEqual({ rewritten: false, duplicates: [] });
  });

  it("skriver en förlorad period igen, en gång, och för upp radens summa igen när uppdateringen gick förlorad", async () => {
    const { fake, port } = await onTemplate();
    const [effect] = await port.appendEffects([inputOf(anEffect())], { registeredBy: "Anna" });
    if (!effect) throw new Error("no effect");
    const before = effectRow(fake.workbook, effect.id);
    const accepted = await acceptFor(port, effect);
    expect(accepted.effect.realised).toBe(20_000);

    loseLastPeriod(fake.workbook);
    restoreRow(fake.workbook, before);
    // The loss first: one period and the row's old sum are what the workbook holds.
    expect((await port.readRealisations()).periods.map((p) => p.id)).toEqual([
      accepted.periods[0]?.id,
    ]);
    const lostRow = (await port.readEffects()).effects.find((e) => e.id === effect.id);
    expect(lostRow?.realised).toBe(effect.realised);

    expect(await confirmPeriods(port, accepted)).toEqual({ rewritten: true, duplicates: [] });
    const periods = (await port.readRealisations()).periods;
    expect(periods).toEqual(accepted.periods);
    const row = (await port.readEffects()).effects.find((e) => e.id === effect.id);
    expect(row).toMatchObject({ realised: 20_000, realisedDate: "2026-04-30" });
    // Once: a second confirmation finds it all.
    expect(await confirmPeriods(port, { ...accepted, effect: row as Effect })).toEqual({
      rewritten: false,
      duplicates: [],
    });
  });
});
