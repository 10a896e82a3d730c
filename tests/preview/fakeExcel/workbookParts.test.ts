/**
 * Worksheets, settings, data validation, freeze panes and page layout. Sources: the
 * Excel.Worksheet / SettingCollection / DataValidation references and learn.microsoft.com
 * "Add data validation to Excel ranges" (clear() removes only the overlap).
 */
import { aFake, officeError } from "./fixtures";

describe("worksheets", () => {
  it("adds, renames, moves, hides and lists sheets", async () => {
    const fake = aFake(["Registrering"]);
    const listed = await fake.Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const lists = sheets.add("Listor");
      lists.name = "Kategori";
      lists.position = 0;
      sheets.add("Dold").visibility = "Hidden";
      sheets.load("items/name, items/position, items/visibility");
      await context.sync();
      return sheets.items.map((s) => [s.name, s.position, s.visibility]);
    });
    expect(listed).toEqual([
      ["Kategori", 0, "Visible"],
      ["Registrering", 1, "Visible"],
      ["Dold", 2, "Hidden"],
    ]);
  });

  it.each([
    ["an existing name", "registrering", "ItemAlreadyExists"],
    ["a forbidden character", "A/B", "InvalidArgument"],
    ["more than 31 characters", "x".repeat(32), "InvalidArgument"],
  ])("refuses %s", async (_label, name, code) => {
    const fake = aFake(["Registrering"]);
    const error = await officeError(
      fake.Excel.run(async (context) => {
        context.workbook.worksheets.add(name);
        await context.sync();
      })
    );
    expect(error.code).toBe(code);
  });

  it("activates a sheet and finds it as the active one", async () => {
    const fake = aFake(["Registrering", "Kategori"]);
    const name = await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Kategori").activate();
      const active = context.workbook.worksheets.getActiveWorksheet().load("name");
      await context.sync();
      return active.name;
    });
    expect(name).toBe("Kategori");
  });

  it("deletes a sheet with its tables, but never the last visible one", async () => {
    const fake = aFake(["Registrering", "Kategori"]);
    await fake.Excel.run(async (context) => {
      const lists = context.workbook.worksheets.getItem("Kategori");
      lists.tables.add("A1:B1", true);
      lists.delete();
      await context.sync();
    });
    expect(fake.workbook.tables.every((t) => t.deleted)).toBe(true);
    const error = await officeError(
      fake.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Registrering").delete();
        await context.sync();
      })
    );
    expect(error.code).toBe("InvalidOperation");
  });

  it("freezes rows and sets the page layout", async () => {
    const fake = aFake(["Registrering"]);
    const layout = await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Registrering");
      sheet.freezePanes.freezeRows(1);
      sheet.pageLayout.orientation = "Landscape";
      sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      const page = sheet.pageLayout.load("orientation, zoom");
      await context.sync();
      return [page.orientation, page.zoom];
    });
    expect(layout).toEqual(["Landscape", { horizontalFitToPages: 1, verticalFitToPages: 0 }]);
    expect(fake.workbook.sheets[0]?.freeze).toEqual({ rows: 1, columns: 0 });
  });
});

describe("settings", () => {
  it("adds, reads, replaces and deletes JSON values", async () => {
    const fake = aFake();
    await fake.Excel.run(async (context) => {
      context.workbook.settings.add("schemaVersion", { version: 2, sheets: ["Registrering"] });
      await context.sync();
    });
    const read = async () =>
      fake.Excel.run(async (context) => {
        const setting = context.workbook.settings.getItemOrNullObject("schemaVersion");
        setting.load("value");
        await context.sync();
        return setting.isNullObject ? null : setting.value;
      });
    expect(await read()).toEqual({ version: 2, sheets: ["Registrering"] });
    await fake.Excel.run(async (context) => {
      context.workbook.settings.getItem("schemaVersion").value = 3;
      await context.sync();
    });
    expect(await read()).toBe(3);
    await fake.Excel.run(async (context) => {
      context.workbook.settings.getItem("schemaVersion").delete();
      await context.sync();
    });
    expect(await read()).toBeNull();
  });
});

describe("data validation", () => {
  it("stores a list rule, with a Range source as an absolute address", async () => {
    const fake = aFake(["Registrering", "Kategori"]);
    const rule = await fake.Excel.run(async (context) => {
      const source = context.workbook.worksheets.getItem("Kategori").getRange("A4:A20");
      const column = context.workbook.worksheets.getItem("Registrering").getRange("D2:D1048576");
      column.dataValidation.rule = { list: { inCellDropDown: true, source } };
      const cell = context.workbook.worksheets.getItem("Registrering").getRange("D5");
      const validation = cell.dataValidation.load("rule, type");
      await context.sync();
      return [validation.type, validation.rule];
    });
    expect(rule).toEqual([
      "List",
      { list: { inCellDropDown: true, source: "=Kategori!$A$4:$A$20" } },
    ]);
  });

  it("clears only the overlap and never blocks API writes", async () => {
    const fake = aFake();
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Registrering");
      sheet.getRange("A1:A10").dataValidation.rule = {
        list: { inCellDropDown: true, source: "a,b" },
      };
      sheet.getRange("A4:A5").dataValidation.clear();
      sheet.getRange("A1").values = [["inte i listan"]];
      await context.sync();
    });
    const rects = fake.workbook.sheets[0]?.validations.map((v) => v.rect);
    expect(rects).toEqual([
      { row: 0, col: 0, rows: 3, cols: 1 },
      { row: 5, col: 0, rows: 5, cols: 1 },
    ]);
  });
});
