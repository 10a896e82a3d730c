import { describe, expect, it } from "@jest/globals";
import { effectId } from "../../src/domain/model/effect";
import { asExcelNamespace } from "../../src/preview/fakeExcel";
import { cellKey } from "../../src/preview/fakeExcel/model/cells";
import { createExcelWorkbook } from "../../src/workbook/excelWorkbook";
import { anEffect } from "../fixtures/effects";
import {
  adapterOn,
  inputOf,
  onTemplate,
  syncsOf,
  tableCells,
  templateModel,
} from "./support/adapterOnFake";

const HAND_TYPED_ID = effectId("E-HAND");

describe("inställningar i arbetsboken", () => {
  it("sparas i arbetsboken så att en medförfattare läser samma filter", async () => {
    const model = await templateModel();
    const anna = adapterOn(model);
    expect((await anna.port.readSettings()).summaryFilter).toEqual({
      year: null,
      department: null,
      excludedBaselines: [],
      includeReportedElsewhere: false,
    });
    const summaryFilter = {
      year: 2026,
      department: "Utbildningsförvaltningen",
      excludedBaselines: ["Egen kalkyl eller budget"],
      includeReportedElsewhere: true,
    };
    await anna.port.saveSettings({ summaryFilter });
    const bo = adapterOn(model);
    expect((await bo.port.readSettings()).summaryFilter).toEqual(summaryFilter);
  });

  it("gör att sidopanelen öppnas för alla som öppnar arbetsboken när mallen skapas", async () => {
    const { fake } = await onTemplate();
    const saved = new Map<string, unknown>();
    const port = createExcelWorkbook({
      run: asExcelNamespace(fake).run,
      documentSettings: { set: (k, v) => saved.set(k, v), saveAsync: (done) => done?.() },
    });
    await port.ensureStructure();
    expect(saved.get("Office.AutoShowTaskpaneWithDocument")).toBe(true);
  });
});

describe("fixInvalidRow", () => {
  /** The template with one good row and one typed by hand with text in a number column. */
  async function withHandTypedRow(id: string) {
    const setup = await onTemplate();
    const [good] = await setup.port.appendEffects([inputOf(anEffect())], { registeredBy: "" });
    const [bad] = await setup.port.appendEffects([inputOf(anEffect({ caseName: "För hand" }))], {
      registeredBy: "Bo",
    });
    const { sheet, table, headers } = tableCells(setup.fake.workbook);
    const at = (header: string) =>
      cellKey(table.rect.row + 3, table.rect.col + headers.indexOf(header));
    sheet.cells.set(at("Årligt belopp (kr)"), { value: "två miljoner" });
    sheet.cells.set(at("ID"), { value: id });
    const reading = await setup.port.readEffects();
    return { ...setup, good, bad, reading };
  }

  it("rättar en handskriven rad med id på plats, på två synkar", async () => {
    const { fake, port, reading, bad } = await withHandTypedRow(HAND_TYPED_ID);
    const [row] = reading.invalidRows;
    if (!row || !bad) throw new Error("no invalid row");
    const syncs = await syncsOf(fake, () => port.fixInvalidRow(row, inputOf(bad), { by: "Anna" }));
    expect(syncs).toBe(2);
    const after = await port.readEffects();
    expect(after.invalidRows).toEqual([]);
    expect(after.effects.map((e) => e.caseName)).toEqual(["Utskrift som tjänst", "För hand"]);
  });

  it("ger en rad utan id ett id och räknar den med formeln", async () => {
    const { port, reading, bad, fake } = await withHandTypedRow("");
    const [row] = reading.invalidRows;
    if (!row || !bad) throw new Error("no invalid row");
    const fixed = await port.fixInvalidRow(row, inputOf(bad), { by: "Anna" });
    expect(fixed.id).toMatch(/^E-TEST/);
    const { body, headers } = tableCells(fake.workbook);
    expect(body[2]?.[headers.indexOf("ID")]?.value).toBe(fixed.id);
    expect(body[2]?.[headers.indexOf("Kalkylerad effekt (kr)")]?.formula).toBe(
      "=N(O4)*N(P4)+N(R4)-N(S4)"
    );
  });

  it("vägrar när raden har ändrats sedan den lästes", async () => {
    const { port, reading, bad, fake } = await withHandTypedRow("");
    const [row] = reading.invalidRows;
    if (!row || !bad) throw new Error("no invalid row");
    const { sheet, table, headers } = tableCells(fake.workbook);
    sheet.cells.set(cellKey(table.rect.row + 3, table.rect.col + headers.indexOf("Kommentar")), {
      value: "en kollega skrev här",
    });
    await expect(port.fixInvalidRow(row, inputOf(bad), { by: "Anna" })).rejects.toMatchObject({
      kind: "staleEdit",
    });
  });
});
