import { describe, expect, it } from "@jest/globals";
import { effectId } from "../../../src/domain/model/effect";
import { effectToRow } from "../../../src/domain/model/rows";
import { cellKey } from "../../../src/preview/fakeExcel/model/cells";
import type { FakeWorkbook } from "../../../src/preview/fakeExcel";
import { anEffect } from "../../fixtures/effects";
import { adapterOn, tableCells, templateModel } from "../support/adapterOnFake";

const FIVE_MB = 5 * 1024 * 1024;

/** Fills the template's table with `count` rows straight into the model (fast set-up). */
function fillTable(
  model: FakeWorkbook,
  count: number,
  row = (i: number) => anEffect({ id: effectId(`E-${i}`) })
) {
  const { sheet, table, headers } = tableCells(model);
  for (let i = 0; i < count; i++) {
    const sheetRow = table.rect.row + 1 + i;
    effectToRow(row(i), { headers, firstColumn: table.rect.col, rowNumber: sheetRow + 1 }).forEach(
      (value, col) => {
        const isFormula = typeof value === "string" && value.startsWith("=");
        const text = typeof value === "string" && value.startsWith("'") ? value.slice(1) : value;
        sheet.cells.set(
          cellKey(sheetRow, table.rect.col + col),
          isFormula ? { value: 0, formula: value } : { value: text }
        );
      }
    );
  }
  table.rect = { ...table.rect, rows: count + 1 };
}

describe("readEffects", () => {
  it("läser 100 000 rader på nio synkar, i bitar som alla håller sig under Excels gräns på 5 MB", async () => {
    const model = await templateModel();
    fillTable(model, 100_000);
    const { fake, port } = adapterOn(model);
    const reading = await port.readEffects();
    expect(reading.effects).toHaveLength(100_000);
    expect(reading.invalidRows).toHaveLength(0);
    expect(reading.effects[99_999]?.id).toBe("E-99999");
    expect(fake.stats.maxResponseBytes).toBeLessThan(FIVE_MB);
    expect(fake.stats.maxRequestBytes).toBeLessThan(FIVE_MB);
    // ~370 bytes a row, 37 MB: 12 000 rows with the geometry, then chunks of ~4.5 MB.
    expect(fake.stats.syncs).toBeLessThanOrEqual(9);
  });

  it("läser 10 000 rader på en synk, tillsammans med tabellens mått och listorna", async () => {
    const model = await templateModel();
    fillTable(model, 10_000);
    const { fake, port } = adapterOn(model);
    expect((await port.readEffects()).effects).toHaveLength(10_000);
    expect(fake.stats.syncs).toBe(1);
  });

  // Older Excel on the web reports the oversized answer only as GeneralException.
  it.each([
    ["med Excels egen felkod", {}],
    ["som GeneralException", { payloadError: "general" } as const],
  ])(
    "delar en bit som Excel ändå vägrar (långa kommentarer) och läser allt, %s",
    async (_, quirks) => {
      const model = await templateModel();
      const longComment = "x".repeat(1_900);
      fillTable(model, 4_000, (i) => anEffect({ id: effectId(`E-${i}`), comment: longComment }));
      const { fake, port } = adapterOn(model, undefined, quirks);
      const reading = await port.readEffects();
      expect(reading.effects).toHaveLength(4_000);
      // The first, too large chunk was refused (as Excel on the web does); every answer that was
      // delivered stayed under the limit.
      const delivered = fake.stats.perSync.filter((sync) => sync.responseBytes < FIVE_MB);
      expect(delivered.length).toBeGreaterThan(1);
      expect(fake.stats.perSync.some((sync) => sync.responseBytes >= FIVE_MB)).toBe(true);
    }
  );

  it("returnerar handskrivna rader som inte håller med sina problem, och hoppar över tomma rader", async () => {
    const model = await templateModel();
    fillTable(model, 3);
    const { sheet, table, headers } = tableCells(model);
    const cell = (row: number, header: string) =>
      cellKey(table.rect.row + 1 + row, table.rect.col + headers.indexOf(header));
    // Row 2: text typed into a number column; row 3: emptied completely (a blank row).
    sheet.cells.set(cell(1, "Årligt belopp (kr)"), { value: "två miljoner" });
    headers.forEach((header) => sheet.cells.delete(cell(2, header)));
    const reading = await adapterOn(model).port.readEffects();
    expect(reading.effects.map((e) => e.id)).toEqual(["E-0"]);
    expect(reading.invalidRows).toHaveLength(1);
    const [invalid] = reading.invalidRows;
    expect(invalid?.id).toBe("E-1");
    expect(invalid?.sheetRow).toBe(3);
    expect(invalid?.issues.map((i) => i.field)).toContain("annualAmount");
    expect(invalid?.draft.annualAmount).toBe("två miljoner");
  });

  it("flaggar en kopierad rad med samma id och en rad utan id", async () => {
    const model = await templateModel();
    fillTable(model, 3, (i) => anEffect({ id: effectId(i === 2 ? "E-0" : `E-${i}`) }));
    const { sheet, table } = tableCells(model);
    sheet.cells.set(cellKey(table.rect.row + 2, table.rect.col), { value: "" });
    const reading = await adapterOn(model).port.readEffects();
    expect(reading.effects.map((e) => e.id)).toEqual(["E-0"]);
    expect(reading.invalidRows.map((r) => r.issues[0]?.code).sort()).toEqual([
      "duplicateId",
      "missingId",
    ]);
  });
});
