/**
 * The fake as the adapter sees it: typed as the real `typeof Excel` through asExcelNamespace,
 * or installed as the global Excel / OfficeExtension for the preview page.
 */
import {
  asExcelNamespace,
  createFakeExcel,
  createWorkbook,
  FakeOfficeError,
  installFakeExcel,
} from "../../../src/preview/fakeExcel";

/** Written against the real Office.js typings, as src/workbook will be. */
async function appendBelowTable(excel: typeof Excel, values: (string | number)[]) {
  return excel.run(async (context) => {
    const table = context.workbook.tables.getItem("T");
    table.getDataBodyRange().getRowsBelow(1).values = [values];
    const body = table.getDataBodyRange().load("values");
    await context.sync();
    return body.values;
  });
}

it("runs code typed against the real Excel API", async () => {
  const fake = createFakeExcel(createWorkbook(["Registrering"]));
  await fake.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Registrering");
    sheet.getRange("A1:B2").values = [
      ["ID", "Ärende"],
      ["E-1", "a"],
    ];
    sheet.tables.add("A1:B2", true).name = "T";
    await context.sync();
  });
  const body = await appendBelowTable(asExcelNamespace(fake), ["E-2", "b"]);
  expect(body).toEqual([
    ["E-1", "a"],
    ["E-2", "b"],
  ]);
  expect(fake.stats.syncs).toBe(2);
});

it("installs Excel and OfficeExtension on a global object", async () => {
  const fake = createFakeExcel(createWorkbook(["Registrering"]));
  const globals: { Excel?: typeof Excel; OfficeExtension?: { Error: unknown } } = {};
  installFakeExcel(globals, fake);
  expect(globals.OfficeExtension?.Error).toBe(FakeOfficeError);
  const error = await globals.Excel?.run(async (context) => {
    context.workbook.worksheets.getItem("Saknas");
    await context.sync();
  }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(FakeOfficeError);
  expect(error).toMatchObject({ code: globals.Excel?.ErrorCodes.itemNotFound });
});
