import { describe, expect, it } from "@jest/globals";
import { isoDateToExcelSerial } from "../../../src/domain/model/dates";
import { isoDate } from "../../../src/domain/model/effect";
import { cellKey } from "../../../src/preview/fakeExcel/model/cells";
import { aPenalty, anEffect } from "../../fixtures/effects";
import { inputOf, onTemplate, rowByHeader, syncsOf, tableCells } from "../support/adapterOnFake";

const utskrift = inputOf(anEffect());
const vite = inputOf(aPenalty());

describe("appendEffects", () => {
  it("registrerar en effekt på högst två synkar, under mallens tomma första rad", async () => {
    const { fake, port } = await onTemplate();
    let saved: Awaited<ReturnType<typeof port.appendEffects>> = [];
    const syncs = await syncsOf(fake, async () => {
      saved = await port.appendEffects([utskrift], { registeredBy: "Anna" });
    });
    expect(syncs).toBeLessThanOrEqual(2);
    expect(saved[0]?.id).toBe("E-TEST0001");
    // Excel keeps one body row in a new table; it stays empty (see appendEffects).
    const { body } = tableCells(fake.workbook);
    expect(body).toHaveLength(2);
    const row = rowByHeader(fake.workbook, 1);
    expect(row["ID"]?.value).toBe("E-TEST0001");
    expect(row["Årligt belopp (kr)"]?.value).toBe(2_000_000);
    expect(row["Registrerad av"]?.value).toBe("Anna");
  });

  it("skriver tal som tal med kronformat, datum som Excel-datum och formeln som räknar raden", async () => {
    const { fake, port } = await onTemplate();
    await port.appendEffects([utskrift, vite], { registeredBy: "" });
    const row = rowByHeader(fake.workbook, 2);
    expect(row["Engångsbelopp (kr)"]).toMatchObject({ value: 175_000, numberFormat: '#,##0 "kr"' });
    expect(row["Startdatum"]).toMatchObject({
      value: isoDateToExcelSerial(isoDate("2026-05-04")),
      numberFormat: "yyyy-mm-dd",
    });
    // Row 4 of the sheet: A1 references to the row's own cells.
    expect(row["Kalkylerad effekt (kr)"]?.formula).toBe("=N(O4)*N(P4)+N(R4)-N(S4)");
    expect(row["Budgetpåverkande"]?.value).toBe("Ja");
  });

  it("lämnar användarens egna kolumner orörda", async () => {
    const { fake, port } = await onTemplate();
    await port.appendEffects([utskrift], { registeredBy: "" });
    const { sheet, table } = tableCells(fake.workbook);
    // A column the organisation added to the right of the table, with a value on row 3.
    const extraColumn = table.rect.col + table.rect.cols;
    sheet.cells.set(cellKey(0, extraColumn), { value: "Egen kommentar" });
    sheet.cells.set(cellKey(2, extraColumn), { value: "behåll" });
    table.rect = { ...table.rect, cols: table.rect.cols + 1 };
    await port.appendEffects([vite], { registeredBy: "" });
    expect(sheet.cells.get(cellKey(2, extraColumn))?.value).toBe("behåll");
    expect((await port.readEffects()).effects).toHaveLength(2);
  });
});
