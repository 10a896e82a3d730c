/** Shared set-up for the fakeExcel tests: a fake over a fresh workbook, and error capture. */
import {
  createFakeExcel,
  createWorkbook,
  type FakeExcelQuirks,
  FakeOfficeError,
  type FakeWorkbook,
} from "../../../src/preview/fakeExcel";

export type Fake = ReturnType<typeof aFake>;

export function aFake(
  sheets: string[] = ["Registrering"],
  workbook?: FakeWorkbook,
  quirks: FakeExcelQuirks = {}
) {
  return createFakeExcel(workbook ?? createWorkbook(sheets), { quirks });
}

/** The FakeOfficeError a promise rejects with (fails the test if it resolves). */
export async function officeError(promise: Promise<unknown>): Promise<FakeOfficeError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FakeOfficeError) return error;
    throw error;
  }
  throw new Error("expected the promise to reject with a FakeOfficeError");
}

/** The FakeOfficeError a function throws synchronously. */
export function thrownOfficeError(action: () => unknown): FakeOfficeError {
  try {
    action();
  } catch (error) {
    if (error instanceof FakeOfficeError) return error;
    throw error;
  }
  throw new Error("expected a FakeOfficeError");
}

/** Writes `values` (or another property, e.g. "numberFormat") on Registrering. */
export async function writeRange(
  fake: Fake,
  address: string,
  values: unknown,
  property = "values"
) {
  await fake.Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Registrering").getRange(address);
    (range as unknown as Record<string, unknown>)[property] = values;
    await context.sync();
  });
}

/** Loads values, formulas, numberFormat, text and address of a range on Registrering. */
export async function readRange(fake: Fake, address: string) {
  return fake.Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Registrering").getRange(address);
    range.load("values, formulas, numberFormat, text, address");
    await context.sync();
    return range;
  });
}

const HEADERS = [["ID", "Ärende", "Belopp"]];

/** A table "Effektiviseringar" on Registrering!A1:C1 with the given body rows. */
export async function withTable(fake: Fake, body: unknown[][] = []) {
  await fake.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Registrering");
    sheet.getRange("A1:C1").values = HEADERS;
    const table = sheet.tables.add("A1:C1", true);
    table.name = "Effektiviseringar";
    if (body.length > 0) {
      await context.sync();
      sheet.getRange(`A2:C${body.length + 1}`).values = body;
    }
    await context.sync();
  });
}

export async function tableState(fake: Fake) {
  return fake.Excel.run(async (context) => {
    const table = context.workbook.tables.getItem("Effektiviseringar");
    const range = table.getRange();
    const body = table.getDataBodyRange();
    const rows = table.rows.load("count");
    range.load("address");
    body.load("values");
    await context.sync();
    return { address: range.address, body: body.values, rows: rows.count };
  });
}

export async function writeOn(fake: Fake, address: string, values: unknown[][]) {
  await fake.Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Registrering").getRange(address).values = values;
    await context.sync();
  });
}

/** A workbook with table "T" (ID, Ärende) and one row "E-1", for co-authors to share. */
export async function sharedTableWorkbook(sheets = ["Registrering"]): Promise<FakeWorkbook> {
  const base = createWorkbook(sheets);
  await createFakeExcel(base).Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Registrering");
    sheet.getRange("A1:B2").values = [
      ["ID", "Ärende"],
      ["E-1", "första"],
    ];
    sheet.tables.add("A1:B2", true).name = "T";
    await context.sync();
  });
  return base;
}

/** Table "T"'s body as this co-author's copy has it. */
export async function sharedTableBody(fake: Fake) {
  return fake.Excel.run(async (context) => {
    const range = context.workbook.tables.getItem("T").getDataBodyRange().load("values");
    await context.sync();
    return range.values;
  });
}

/** Writes `id` into the row below table "T", as the adapter adds a row. */
export const appendBelowSharedTable = (fake: Fake, id: string) =>
  fake.Excel.run(async (context) => {
    context.workbook.tables.getItem("T").getDataBodyRange().getRowsBelow(1).values = [[id, id]];
    await context.sync();
  });
