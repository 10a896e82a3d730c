import { describe, expect, it } from "@jest/globals";
import { LOG_COLUMNS } from "../../../src/domain/trust/logSchema";
import { TABLE_COLUMNS, headerOf, type ColumnKey } from "../../../src/domain/model/tableSchema";
import { workbookMessages } from "../../../src/workbook/messages.sv";
import { cellKey } from "../../../src/preview/fakeExcel/model/cells";
import { createFakeExcel, createWorkbook } from "../../../src/preview/fakeExcel";
import { findTable, sheetById } from "../../../src/preview/fakeExcel/model/workbook";
import { anEffect } from "../../fixtures/effects";
import {
  adapterOn,
  blankTemplateModel,
  inputOf,
  logRows,
  onEmptyWorkbook,
  onTemplate,
  syncsOf,
  tableCells,
  templateModel,
} from "../support/adapterOnFake";

/** Everything in the model that a user could see, in a comparable form. */
function snapshot(model: Awaited<ReturnType<typeof templateModel>>) {
  return JSON.stringify(
    {
      sheets: model.sheets
        .filter((s) => !s.deleted)
        .map((s) => ({ ...s, cells: [...s.cells.entries()], columnWidths: [...s.columnWidths] })),
      tables: model.tables.filter((t) => !t.deleted),
    },
    (_, value: unknown) => value
  );
}

describe("inspect", () => {
  it("finner mallen komplett på högst två synkar", async () => {
    const { fake, port } = await onTemplate();
    let ready = false;
    const syncs = await syncsOf(fake, async () => {
      ready = (await port.inspect()).ready;
    });
    expect(ready).toBe(true);
    expect(syncs).toBeLessThanOrEqual(2);
  });

  it("säger exakt vad som saknas i en tom arbetsbok", async () => {
    const inspection = await onEmptyWorkbook().port.inspect();
    expect(inspection.ready).toBe(false);
    expect(inspection.lists.sheet).toBeNull();
    expect(inspection.table.name).toBeNull();
    expect(inspection.problems.join(" ")).toMatch(/Kategori/);
    expect(inspection.problems.join(" ")).toMatch(/Effektiviseringar/);
  });
});

describe("ensureStructure", () => {
  it("skapar listbladet och tabellen i en tom arbetsbok", async () => {
    const { fake, port } = onEmptyWorkbook();
    const inspection = await port.ensureStructure();
    expect(inspection.ready).toBe(true);
    expect(tableCells(fake.workbook).headers).toEqual(TABLE_COLUMNS.map((c) => c.header));
    expect(await port.readLists()).toMatchObject({
      types: ["Engångsbelopp/vite", "Nytt avtal", "Cost avoidance", "Annat"],
    });
    await port.addListValue("categories", "IT");
    await port.addListValue("departments", "Kommunstyrelseförvaltningen");
    const [saved] = await port.appendEffects([inputOf(anEffect())], { registeredBy: "" });
    expect((await port.readEffects()).effects.map((e) => e.id)).toEqual([saved?.id]);
  });

  it("lägger listvalidering på hela kolumner, inte bara tabellens celler", async () => {
    const { fake, port } = onEmptyWorkbook();
    await port.ensureStructure();
    const { sheet, headers } = tableCells(fake.workbook);
    const department = headers.indexOf("Förvaltning");
    const rule = sheet.validations.find((v) => v.rect.col === department);
    expect(rule?.rect).toMatchObject({ row: 1, rows: 1_048_575, cols: 1 });
    expect(rule?.rule.list.source).toBe("='Kategori'!$B$4:$B$503");
  });

  it("ändrar ingenting när den körs en andra gång", async () => {
    const { fake, port } = onEmptyWorkbook();
    await port.ensureStructure();
    await port.appendEffects([inputOf(anEffect())], { registeredBy: "" });
    const before = snapshot(fake.workbook);
    await port.ensureStructure();
    expect(snapshot(fake.workbook)).toBe(before);
  });
});

describe("en arbetsbok som någon har ändrat", () => {
  async function withData() {
    const model = await templateModel();
    const { port } = adapterOn(model);
    const saved = await port.appendEffects(
      [inputOf(anEffect()), inputOf(anEffect({ caseName: "Andra" }))],
      { registeredBy: "" }
    );
    return { model, saved };
  }

  it("läser rätt när kolumnerna har flyttats om", async () => {
    const { model, saved } = await withData();
    const { sheet, table } = tableCells(model);
    // Swap the Ärende and ID columns by hand, cell by cell, header included.
    for (let row = table.rect.row; row < table.rect.row + table.rect.rows; row++) {
      const a = sheet.cells.get(cellKey(row, 0));
      const b = sheet.cells.get(cellKey(row, 1));
      if (a) sheet.cells.set(cellKey(row, 1), a);
      if (b) sheet.cells.set(cellKey(row, 0), b);
    }
    const { port } = adapterOn(model);
    const reading = await port.readEffects();
    expect(reading.effects.map((e) => [e.id, e.caseName])).toEqual(
      saved.map((e) => [e.id, e.caseName])
    );
  });

  it("upptäcker en omdöpt tabell och ger den rätt namn utan att ändra ett värde", async () => {
    const { model, saved } = await withData();
    const table = findTable(model, "Effektiviseringar");
    if (!table) throw new Error("no table");
    table.name = "Tabell1";
    const { port } = adapterOn(model);
    const inspection = await port.inspect();
    expect(inspection.ready).toBe(false);
    expect(inspection.problems.join(" ")).toContain("Tabell1");
    await port.ensureStructure();
    expect((await port.readEffects()).effects.map((e) => e.id)).toEqual(saved.map((e) => e.id));
  });

  it("upptäcker saknade kolumner och lägger till dem sist, med värdena kvar", async () => {
    const { model, saved } = await withData();
    const { port } = adapterOn(model);
    await port.readEffects();
    // Someone deleted the Kommentar column's header (renamed it to something else).
    const { sheet, headers, table } = tableCells(model);
    const comment = headers.indexOf("Kommentar");
    sheet.cells.set(cellKey(table.rect.row, table.rect.col + comment), { value: "Kommentarer" });
    const inspection = await port.inspect();
    expect(inspection.table.missingColumns).toEqual(["Kommentar"]);
    expect(inspection.table.extraColumns).toEqual(["Kommentarer"]);
    await expect(
      port.appendEffects([inputOf(anEffect())], { registeredBy: "" })
    ).rejects.toMatchObject({
      kind: "missingColumns",
    });
    await port.ensureStructure();
    const after = tableCells(model);
    expect(after.headers.at(-1)).toBe("Kommentar");
    expect(after.headers).toContain("Kommentarer");
    expect((await port.readEffects()).effects.map((e) => e.id)).toEqual(saved.map((e) => e.id));
  });

  it("upptäcker ett borttaget listblad och återskapar det med standardlistorna", async () => {
    const { model, saved } = await withData();
    const lists = model.sheets.find((s) => s.name === "Kategori");
    if (!lists) throw new Error("no lists sheet");
    lists.deleted = true;
    model.sheets = model.sheets.filter((s) => s !== lists);
    const { port } = adapterOn(model);
    expect((await port.inspect()).lists.sheet).toBeNull();
    await port.ensureStructure();
    expect((await port.readLists()).reasons).toContain("Indexjustering");
    const reading = await port.readEffects();
    // The rows are all still there; their Kategori/Förvaltning values are not in the new,
    // empty lists, which the reading reports rather than hides.
    const ids = [...reading.effects, ...reading.invalidRows].map((r) => r.id);
    expect(ids.sort()).toEqual(saved.map((e) => e.id).sort());
  });

  it("hittar listorna på ett omdöpt blad och ger bladet dess namn igen", async () => {
    const { model } = await withData();
    const lists = model.sheets.find((s) => s.name === "Kategori");
    if (!lists) throw new Error("no lists sheet");
    lists.name = "Listor";
    const { port } = adapterOn(model);
    const inspection = await port.inspect();
    expect(inspection.lists.sheet).toBe("Listor");
    expect(inspection.ready).toBe(false);
    await port.ensureStructure();
    expect(sheetById(model, lists.id).name).toBe("Kategori");
  });
});

describe("listor", () => {
  it("lägger till en ny förvaltning under listan på två synkar, och inte två gånger", async () => {
    const { fake, port } = adapterOn(await blankTemplateModel());
    const syncs = await syncsOf(fake, () =>
      port.addListValue("departments", "Socialförvaltningen")
    );
    expect(syncs).toBe(2);
    await port.addListValue("departments", "socialförvaltningen ");
    await port.addListValue("departments", "Miljöförvaltningen");
    const lists = await port.readLists();
    expect(lists.departments).toEqual(["Socialförvaltningen", "Miljöförvaltningen"]);
    // Written as text under the header, in column B of the template.
    expect(lists.categories).toEqual([]);
  });
});

describe("ensureStructure och ett befintligt blad Registrering", () => {
  it("lägger tabellen på ett tomt blad Registrering i stället för att skapa Registrering (2)", async () => {
    const { fake, port } = adapterOn(createWorkbook(["Registrering"]));
    await port.ensureStructure();
    expect(fake.workbook.sheets.map((s) => s.name).sort()).toEqual([
      "Kategori",
      "Logg",
      "Realisering",
      "Registrering",
    ]);
    expect(tableCells(fake.workbook).sheet.name).toBe("Registrering");
  });

  it("skriver aldrig på ett blad Registrering som någon har använt till annat", async () => {
    const model = createWorkbook(["Registrering"]);
    const notes = model.sheets[0];
    if (!notes) throw new Error("no sheet");
    notes.cells.set(cellKey(0, 0), { value: "Mina anteckningar" });
    const { port } = adapterOn(model);
    await port.ensureStructure();
    expect(notes.cells.get(cellKey(0, 0))?.value).toBe("Mina anteckningar");
    expect(tableCells(model).sheet.name).toBe("Registrering (2)");
  });

  it("ett nytt försök efter ett fel i vilket kommando som helst ger en enda Registrering, en dold Logg och en färdig mall", async () => {
    const counting = onEmptyWorkbook();
    let commands = 0;
    counting.fake.faults.failCommand(() => (commands++, false));
    await counting.port.ensureStructure();
    for (let command = 0; command < commands; command++) {
      const { fake, port } = onEmptyWorkbook();
      let seen = 0;
      fake.faults.failCommand(() => seen++ === command);
      await port.ensureStructure().catch(() => undefined);
      const inspection = await port.ensureStructure();
      const sheets = fake.workbook.sheets.filter((s) => !s.deleted);
      const names = sheets.map((s) => s.name).sort();
      const hidden = sheets.filter((s) => s.visibility !== "Visible").map((s) => s.name);
      expect({ command, ready: inspection.ready, names, hidden }).toEqual({
        command,
        ready: true,
        names: ["Blad1", "Kategori", "Logg", "Realisering", "Registrering"],
        hidden: ["Logg"],
      });
    }
  });
});

describe("en arbetsbok från före loggen (issue 6)", () => {
  /** The columns issue 7 added to the registration table. */
  const ADDED: ColumnKey[] = [
    "baseline",
    "baselineNote",
    "indexName",
    "avoidedIncreasePercent",
    "avoidedIncrease",
    "alsoReportedBy",
    "alsoReportedRef",
    "verifiedStage",
    "verifiedBy",
    "verifiedDate",
    "evidence",
    "lastModifiedBy",
    "checksum",
  ];
  const addedHeaders = ADDED.map(headerOf);

  /** Two registrations in a workbook as issue 6 left it: no Logg, no issue-7 columns. */
  async function issue6Workbook() {
    const model = await templateModel();
    await adapterOn(model).port.appendEffects(
      [inputOf(anEffect()), inputOf(anEffect({ caseName: "Andra" }))],
      { registeredBy: "Anna" }
    );
    await createFakeExcel(model).Excel.run(async (context) => {
      const table = context.workbook.tables.getItem("Effektiviseringar");
      for (const header of addedHeaders) table.columns.getItem(header).delete();
      context.workbook.worksheets.getItem("Logg").delete();
      await context.sync();
    });
    return model;
  }

  it("säger att loggbladet och kolumnerna saknas, och vägrar skriva utan dem", async () => {
    const model = await issue6Workbook();
    const { port } = adapterOn(model);
    const inspection = await port.inspect();
    expect(inspection.ready).toBe(false);
    expect(inspection.problems).toEqual([
      workbookMessages.missingColumns(addedHeaders),
      workbookMessages.missingLog("Logg"),
    ]);
    await expect(
      port.appendEffects([inputOf(anEffect())], { registeredBy: "Anna" })
    ).rejects.toMatchObject({ kind: "missingColumns" });
  });

  it("reparationen skapar en dold Logg och lägger kolumnerna sist, med alla värden kvar", async () => {
    const model = await issue6Workbook();
    const before = tableCells(model);
    const { port } = adapterOn(model, "E-NY");
    const [anna, andra] = (await port.readEffects()).effects;

    const inspection = await port.ensureStructure();
    expect([inspection.ready, inspection.problems]).toEqual([true, []]);
    const log = model.sheets.find((s) => s.name === "Logg" && !s.deleted);
    expect(log?.visibility).toBe("Hidden");
    expect(tableCells(model, "Effektlogg").headers).toEqual(LOG_COLUMNS.map((c) => c.header));
    const after = tableCells(model);
    expect(after.headers).toEqual([...before.headers, ...addedHeaders]);
    expect(after.body.map((row) => row.slice(0, before.headers.length))).toEqual(before.body);

    // The old rows have no checksum: they read as changed outside the add-in until accepted.
    const reading = await port.readEffects();
    expect(reading.invalidRows).toEqual([]);
    expect(reading.effects.map((e) => [e.id, e.caseName, e.editedOutside])).toEqual([
      [anna?.id, "Utskrift som tjänst", true],
      [andra?.id, "Andra", true],
    ]);
    const [old] = reading.effects;
    if (!old) throw new Error("no effect");
    await port.acceptOutsideEdit(old, { by: "Bengt" });
    const [next] = await port.appendEffects([inputOf(anEffect({ caseName: "Ny" }))], {
      registeredBy: "Anna",
    });
    expect((await port.readEffects()).effects.map((e) => [e.caseName, e.editedOutside])).toEqual([
      ["Utskrift som tjänst", false],
      ["Andra", true],
      ["Ny", false],
    ]);
    expect(logRows(model).map((line) => [line["ID"], line["Fält"], line["Person"]])).toEqual([
      [old.id, "Ändrad utanför tillägget", "Bengt"],
      [next?.id, "Ny registrering", "Anna"],
    ]);
  });
});
