/**
 * The quirks: what real Excel may do where the documentation promises otherwise (quirks.ts,
 * README table). Each is off by default; these tests pin what each one changes.
 */
import {
  type FakeExcelQuirks,
  listValidationFromRow2,
  QUIRK_MATRIX,
  totalsRowShownByUser,
} from "../../../src/preview/fakeExcel";
import { aFake, officeError, tableState, withTable, writeOn } from "./fixtures";

const threeRows = [
  ["E-2", "a", 1],
  ["E-3", "b", 2],
  ["E-4", "c", 3],
];

describe("tabellen växer vid skrivning under den", () => {
  it.each([
    [{}, "Registrering!A1:C5"],
    [{ tableAutoExpand: "always" }, "Registrering!A1:C5"],
    [{ tableAutoExpand: "firstRowOnly" }, "Registrering!A1:C3"],
    [{ tableAutoExpand: "never" }, "Registrering!A1:C2"],
  ] as const)("%j: tre rader under tabellen ger %s", async (quirks, address) => {
    const fake = aFake(["Registrering"], undefined, quirks);
    await withTable(fake, [["E-1", "x", 0]]);
    await writeOn(fake, "A3:C5", threeRows);
    expect((await tableState(fake)).address).toBe(address);
  });

  it.each([
    [{}, "Registrering!A1:C4"],
    [{ blankFirstCellStopsExpansion: true }, "Registrering!A1:C2"],
  ] as const)("%j: en rad med tom första cell ger %s", async (quirks, address) => {
    const fake = aFake(["Registrering"], undefined, quirks);
    await withTable(fake, [["E-1", "x", 0]]);
    await writeOn(fake, "A3:C4", [
      ["", "utan id", 1],
      ["E-3", "med id", 2],
    ]);
    expect((await tableState(fake)).address).toBe(address);
  });

  it("växer inte under en summarad som användaren slagit på", async () => {
    const fake = aFake();
    await withTable(fake, [["E-1", "x", 0]]);
    totalsRowShownByUser(fake.workbook, "Effektiviseringar");
    await writeOn(fake, "A4:C4", [["E-2", "y", 1]]);
    expect((await tableState(fake)).address).toBe("Registrering!A1:C3");
  });

  it("växer trots listvalidering från rad 2, som täcker tabellens kolumn ovanför", async () => {
    const fake = aFake();
    await withTable(fake, [["E-1", "x", 0]]);
    listValidationFromRow2(fake.workbook, "Registrering", 1, "Kategori!$A$4:$A$20");
    await writeOn(fake, "A3:C3", [["E-2", "y", 1]]);
    expect((await tableState(fake)).address).toBe("Registrering!A1:C3");
  });
});

describe("Table.resize (ExcelApi 1.13)", () => {
  const resize = (quirks: FakeExcelQuirks) => {
    const fake = aFake(["Registrering"], undefined, quirks);
    return {
      fake,
      run: () =>
        fake.Excel.run(async (context) => {
          context.workbook.tables.getItem("Effektiviseringar").resize("A1:C4");
          await context.sync();
        }),
    };
  };

  it("tar in raderna under tabellen utan att flytta celler", async () => {
    const { fake, run } = resize({ tableAutoExpand: "never" });
    await withTable(fake, [["E-1", "x", 0]]);
    await writeOn(fake, "A3:C4", threeRows.slice(0, 2));
    await run();
    const state = await tableState(fake);
    expect(state.address).toBe("Registrering!A1:C4");
    expect(state.body.map((row) => row[0])).toEqual(["E-1", "E-2", "E-3"]);
  });

  it("saknas när värden bara kan ExcelApi 1.12: ApiNotFound", async () => {
    const { fake, run } = resize({ excelApi: "1.12" });
    await withTable(fake, [["E-1", "x", 0]]);
    expect((await officeError(run())).code).toBe("ApiNotFound");
    expect(fake.requirements.isSetSupported("ExcelApi", "1.13")).toBe(false);
    expect(fake.requirements.isSetSupported("ExcelApi", "1.9")).toBe(true);
  });

  it("vägrar ett område vars rubrikrad inte är tabellens", async () => {
    const fake = aFake();
    await withTable(fake, [["E-1", "x", 0]]);
    const error = await officeError(
      fake.Excel.run(async (context) => {
        context.workbook.tables.getItem("Effektiviseringar").resize("A2:C4");
        await context.sync();
      })
    );
    expect(error.code).toBe("InvalidArgument");
  });
});

describe("övriga egenheter", () => {
  const hiddenSearch = async (quirks: FakeExcelQuirks) => {
    const fake = aFake(["Registrering", "Logg"], undefined, quirks);
    return fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Logg");
      sheet.getRange("A1").values = [["C-1"]];
      sheet.visibility = "Hidden";
      const found = sheet.getRange("A1:A10").findOrNullObject("C-1", { completeMatch: true });
      await context.sync();
      return found.isNullObject;
    });
  };

  it.each([
    [{}, false],
    [{ findOnHiddenSheet: "null" }, true],
  ] as const)("%j: sökning på dolt blad hittar inget = %s", async (quirks, isNull) => {
    expect(await hiddenSearch(quirks)).toBe(isNull);
  });

  it.each([
    [{}, undefined],
    [{ nullObjectCommands: "throw" }, "InvalidObjectPath"],
  ] as const)("%j: ett kommando på ett null-objekt ger %s", async (quirks, code) => {
    const fake = aFake(["Registrering"], undefined, quirks);
    const run = fake.Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Finns inte");
      missing.getRange("A1").values = [["x"]];
      await context.sync();
    });
    if (code === undefined) await expect(run).resolves.toBeUndefined();
    else expect((await officeError(run)).code).toBe(code);
  });

  it.each([
    [{}, undefined],
    [{ pageSetup: "rejectUndocumented" }, "InvalidArgument"],
  ] as const)("%j: verticalFitToPages 0 ger %s", async (quirks, code) => {
    const fake = aFake(["Registrering"], undefined, quirks);
    const run = fake.Excel.run(async (context) => {
      const layout = context.workbook.worksheets.getItem("Registrering").pageLayout;
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      await context.sync();
    });
    if (code === undefined) await expect(run).resolves.toBeUndefined();
    else expect((await officeError(run)).code).toBe(code);
  });

  it.each([
    [{}, "RequestPayloadSizeLimitExceeded"],
    [{ payloadError: "general" }, "GeneralException"],
  ] as const)("%j: för stor begäran ger %s", async (quirks, code) => {
    const fake = aFake(["Registrering"], undefined, quirks);
    const big = "x".repeat(6 * 1024 * 1024);
    const run = fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Registrering").getRange("A1").values = [[big]];
      await context.sync();
    });
    expect((await officeError(run)).code).toBe(code);
  });
});

it("matrisen börjar med standard och har varje egenhet", () => {
  expect(QUIRK_MATRIX[0]).toEqual({ name: "standard", quirks: {} });
  const keys = new Set(QUIRK_MATRIX.flatMap((variant) => Object.keys(variant.quirks)));
  expect([...keys].sort()).toEqual(
    [
      "blankFirstCellStopsExpansion",
      "excelApi",
      "findOnHiddenSheet",
      "nullObjectCommands",
      "pageSetup",
      "payloadError",
      "tableAutoExpand",
    ].sort()
  );
});
