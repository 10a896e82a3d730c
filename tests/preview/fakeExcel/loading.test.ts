/**
 * Proxies and load-before-read, as the Office.js runtime does it (@microsoft/office-js
 * dist/excel-web-16.00.debug.js: ClientObject, Utility.throwIfNotLoaded) and as
 * learn.microsoft.com "Application-specific API model" documents it.
 */
/* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read, office-addins/no-empty-load --
   this file performs the very reads these rules forbid, to show that the fake fails them like Office.js. */
import { aFake, officeError, thrownOfficeError } from "./fixtures";

describe("load before read", () => {
  it("throws PropertyNotLoaded with Excel's message when a property was never loaded", async () => {
    const { Excel } = aFake();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Registrering").getRange("A1");
      await context.sync();
      const error = thrownOfficeError(() => range.values);
      expect(error.code).toBe("PropertyNotLoaded");
      expect(error.message).toBe(
        "The property 'values' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context."
      );
    });
  });

  it("throws until the sync that carries the load has happened", async () => {
    const { Excel } = aFake();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Registrering").getRange("A1:B1");
      range.load("values");
      expect(thrownOfficeError(() => range.values).code).toBe("PropertyNotLoaded");
      await context.sync();
      expect(range.values).toEqual([["", ""]]);
    });
  });

  it.each([
    ["a string", "address"],
    ["a comma-separated string", "address, rowCount,columnCount"],
    ["an array", ["address", "rowCount", "columnCount"]],
    ["a select object", { select: "address,rowCount,columnCount" }],
  ])("accepts %s", async (_label, spec) => {
    const { Excel } = aFake();
    const address = await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Registrering").getRange("B2:D5");
      range.load(spec);
      await context.sync();
      return range.address;
    });
    expect(address).toBe("Registrering!B2:D5");
  });

  it("loads navigation paths such as format/font/bold", async () => {
    const { Excel } = aFake();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Registrering").getRange("A1");
      range.format.font.bold = true;
      range.load("format/font/bold, format/columnWidth");
      await context.sync();
      expect(range.format.font.bold).toBe(true);
      expect(range.format.columnWidth).toBe(48);
    });
  });

  it("reads back a written property without a load, as your input, not Excel's", async () => {
    // The runtime's setter keeps the value on the proxy (`this.m_values = value`).
    const { Excel } = aFake();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Registrering").getRange("A1");
      range.values = [["00123"]];
      expect(range.values).toEqual([["00123"]]);
      await context.sync();
      expect(range.values).toEqual([["00123"]]);
      range.load("values");
      await context.sync();
      expect(range.values).toEqual([[123]]);
    });
  });

  it("keeps loaded values after the run and serialises them with toJSON", async () => {
    const { Excel } = aFake();
    const range = await Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Registrering").getRange("A1");
      r.load("address, values");
      await context.sync();
      return r;
    });
    expect(range.address).toBe("Registrering!A1");
    expect(range.toJSON()).toEqual({ address: "Registrering!A1", values: [[""]] });
  });

  it("rejects using a proxy after its Excel.run has ended (InvalidObjectPath)", async () => {
    const { Excel } = aFake();
    const range = await Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Registrering").getRange("A1");
      await context.sync();
      return r;
    });
    expect(thrownOfficeError(() => (range.values = [[1]])).code).toBe("InvalidObjectPath");
  });

  it("requires the batch to return a promise", async () => {
    const { Excel } = aFake();
    const run = Excel.run as (batch: (context: unknown) => unknown) => Promise<unknown>;
    expect((await officeError(run(() => undefined))).code).toBe("RunMustReturnPromise");
  });
});

describe("getItem and *OrNullObject", () => {
  it("fails the sync with ItemNotFound, even when nothing uses the object", async () => {
    const { Excel } = aFake();
    const error = await officeError(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Saknas");
        await context.sync();
      })
    );
    expect(error.code).toBe("ItemNotFound");
    expect(error.debugInfo.errorLocation).toBe("WorksheetCollection.getItem");
  });

  it("gives isNullObject after a sync, without a load", async () => {
    const { Excel } = aFake();
    await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Saknas");
      const present = context.workbook.worksheets.getItemOrNullObject("Registrering");
      expect(thrownOfficeError(() => missing.isNullObject).code).toBe("PropertyNotLoaded");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  it("reads a null object's properties as undefined and ignores what is queued on it", async () => {
    const { Excel, workbook } = aFake();
    await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Saknas");
      missing.load("name");
      missing.getRange("A1").values = [["ignored"]];
      await context.sync();
      expect(missing.name).toBeUndefined();
    });
    expect(workbook.sheets.map((s) => s.name)).toEqual(["Registrering"]);
  });
});

describe("collections", () => {
  it("needs items loaded, then gives proxies with the loaded properties", async () => {
    const { Excel } = aFake(["Kategori", "Registrering"]);
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      expect(thrownOfficeError(() => sheets.items).code).toBe("PropertyNotLoaded");
      sheets.load("items/name");
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["Kategori", "Registrering"]);
      expect(thrownOfficeError(() => sheets.items[0]?.visibility).code).toBe("PropertyNotLoaded");
    });
  });

  it("counts with getCount(), whose value exists only after the sync", async () => {
    const { Excel } = aFake(["Kategori", "Registrering"]);
    await Excel.run(async (context) => {
      const count = context.workbook.worksheets.getCount();
      expect(thrownOfficeError(() => count.value).code).toBe("ValueNotLoaded");
      await context.sync();
      expect(count.value).toBe(2);
    });
  });
});
