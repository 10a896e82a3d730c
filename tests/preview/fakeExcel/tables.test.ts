/**
 * Tables. Sources: learn.microsoft.com "Coauthoring in Excel add-ins" (write below the table and
 * Excel expands it; only actual data expands it; no data validation below the table), the
 * TableRowCollection reference (a TableRow is a physical index), office-js-docs #417 and
 * office-js #551 (overlap and duplicate names fail with InvalidArgument).
 */
import { aFake, officeError, tableState, withTable, writeOn } from "./fixtures";

describe("a new table", () => {
  it("made from headers only has one blank data row", async () => {
    const fake = aFake();
    await withTable(fake);
    expect(await tableState(fake)).toEqual({
      address: "Registrering!A1:C2",
      body: [["", "", ""]],
      rows: 1,
    });
  });

  it("cannot overlap another table", async () => {
    const fake = aFake();
    await withTable(fake);
    const error = await officeError(
      fake.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Registrering").tables.add("C2:E3", true);
        await context.sync();
      })
    );
    expect(error.code).toBe("InvalidArgument");
    expect(error.message).toMatch(/cannot overlap/);
  });

  it("needs a name no other table in the workbook has", async () => {
    const fake = aFake(["Registrering", "Annat"]);
    await withTable(fake);
    const error = await officeError(
      fake.Excel.run(async (context) => {
        const other = context.workbook.tables.add("Annat!A1:B1", true);
        other.name = "effektiviseringar";
        await context.sync();
      })
    );
    expect(error.code).toBe("InvalidArgument");
  });

  it("makes header cells unique text", async () => {
    const fake = aFake();
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Registrering");
      sheet.getRange("A1:D1").values = [["Namn", "", "namn", 2026]];
      sheet.tables.add("A1:D1", true);
      await context.sync();
    });
    const headers = await fake.Excel.run(async (context) => {
      const names = context.workbook.tables.getItemAt(0).columns.load("items/name");
      await context.sync();
      return names.items.map((c) => c.name);
    });
    expect(headers).toEqual(["Namn", "Column2", "namn2", "2026"]);
  });
});

describe("rows and columns", () => {
  it("rows.add fills a new table's blank row first, then appends", async () => {
    const fake = aFake();
    await withTable(fake);
    await fake.Excel.run(async (context) => {
      const table = context.workbook.tables.getItem("Effektiviseringar");
      table.rows.add(undefined, [["E-1", "a", 1]]);
      table.rows.add(undefined, [["E-2", "b", 2]]);
      await context.sync();
    });
    expect((await tableState(fake)).body).toEqual([
      ["E-1", "a", 1],
      ["E-2", "b", 2],
    ]);
  });

  it("rows.add pushes the cells below the table down", async () => {
    const fake = aFake();
    await withTable(fake, [["E-1", "a", 1]]);
    await writeOn(fake, "A5", [["under"]]);
    await fake.Excel.run(async (context) => {
      context.workbook.tables.getItem("Effektiviseringar").rows.add(0, [["E-0", "z", 0]]);
      await context.sync();
    });
    const values = await fake.Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Registrering").getRange("A2:A6");
      r.load("values");
      await context.sync();
      return r.values;
    });
    expect(values).toEqual([["E-0"], ["E-1"], [""], [""], ["under"]]);
  });

  it("a TableRow points at a position, not at the data", async () => {
    const fake = aFake();
    await withTable(fake, [
      ["E-1", "a", 1],
      ["E-2", "b", 2],
    ]);
    await fake.Excel.run(async (context) => {
      const table = context.workbook.tables.getItem("Effektiviseringar");
      const first = table.rows.getItemAt(0);
      first.load("values");
      await context.sync();
      expect(first.values).toEqual([["E-1", "a", 1]]);
      // Someone inserts a row at the top; the same proxy now shows other data.
      table.rows.add(0, [["E-0", "z", 0]]);
      first.load("values");
      await context.sync();
      expect(first.values).toEqual([["E-0", "z", 0]]);
    });
  });

  it("columns.add appends a named column and widens the table", async () => {
    const fake = aFake();
    await withTable(fake, [["E-1", "a", 1]]);
    await fake.Excel.run(async (context) => {
      const table = context.workbook.tables.getItem("Effektiviseringar");
      const existing = table.columns.getItemOrNullObject("Status");
      await context.sync();
      if (existing.isNullObject) table.columns.add(undefined, undefined, "Status");
      await context.sync();
    });
    const result = await fake.Excel.run(async (context) => {
      const table = context.workbook.tables.getItem("Effektiviseringar");
      const column = table.columns.getItemOrNullObject("Status");
      const range = table.getRange();
      range.load("address");
      column.load("index");
      await context.sync();
      return [range.address, column.index];
    });
    expect(result).toEqual(["Registrering!A1:D2", 3]);
  });

  it("lists tables in the workbook and on a sheet", async () => {
    const fake = aFake();
    await withTable(fake);
    const names = await fake.Excel.run(async (context) => {
      const all = context.workbook.tables.load("items/name, count");
      const onSheet = context.workbook.worksheets.getItem("Registrering").tables.load("name");
      await context.sync();
      return [all.count, all.items.map((t) => t.name), onSheet.items.map((t) => t.name)];
    });
    expect(names).toEqual([1, ["Effektiviseringar"], ["Effektiviseringar"]]);
  });

  it("delete removes the table and its cells", async () => {
    const fake = aFake();
    await withTable(fake, [["E-1", "a", 1]]);
    await fake.Excel.run(async (context) => {
      context.workbook.tables.getItem("Effektiviseringar").delete();
      await context.sync();
    });
    expect(fake.workbook.tables.filter((t) => !t.deleted)).toEqual([]);
    expect(fake.workbook.sheets[0]?.cells.size).toBe(0);
  });
});
