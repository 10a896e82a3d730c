/**
 * Co-authors as replicas (replicas.ts): each on their own copy, the others' changes arriving
 * `delaySyncs` round trips later as cell-level operations, the later write of a cell winning.
 * Source: learn.microsoft.com "Coauthoring in Excel add-ins" (changes synchronise after a
 * delay, cached values go stale, TableRowCollection.add conflicts).
 */
import { createCoauthors, type FakeExcel } from "../../../src/preview/fakeExcel";
import {
  appendBelowSharedTable,
  officeError,
  sharedTableBody,
  sharedTableWorkbook,
} from "./fixtures";

/** Two co-authors of a workbook with table "T" (ID, Ärende) and one row. */
async function twoAuthors(delaySyncs = 0) {
  const authors = createCoauthors(await sharedTableWorkbook(["Registrering", "Extra"]), 2, {
    delaySyncs,
  });
  const [anna, bo] = [authors[0] as FakeExcel, authors[1] as FakeExcel];
  return { anna, bo, authors };
}

const body = sharedTableBody;
const append = appendBelowSharedTable;

it("var och en har sin egen kopia: ändringen syns hos den andra först efter fördröjningen", async () => {
  const { anna, bo } = await twoAuthors(1);
  await append(bo, "E-bo");
  expect(anna.workbook).not.toBe(bo.workbook);
  // Anna's first look is one round trip after Bo's write: too early.
  expect(await body(anna)).toEqual([["E-1", "första"]]);
  expect(await body(anna)).toEqual([
    ["E-1", "första"],
    ["E-bo", "E-bo"],
  ]);
});

it("laddade värden blir inaktuella tills man läser igen", async () => {
  const { anna, bo } = await twoAuthors(0);
  await anna.Excel.run(async (context) => {
    const a1 = context.workbook.worksheets.getItem("Extra").getRange("A1").load("values");
    await context.sync();
    await bo.Excel.run(async (other) => {
      other.workbook.worksheets.getItem("Extra").getRange("A1").values = [["Bo"]];
      await other.sync();
    });
    expect(a1.values).toEqual([[""]]);
    a1.load("values");
    await context.sync();
    expect(a1.values).toEqual([["Bo"]]);
  });
});

it("två som lägger till under tabellen samtidigt skriver i samma rad: den senare vinner", async () => {
  const { anna, bo, authors } = await twoAuthors(1);
  // Each writes into the row below the table as their own copy has it, then the service merges.
  await Promise.all([append(anna, "E-anna"), append(bo, "E-bo")]);
  authors.settle();
  const merged = [
    ["E-1", "första"],
    ["E-bo", "E-bo"],
  ];
  expect(await body(anna)).toEqual(merged);
  expect(await body(bo)).toEqual(merged);
});

it("den som skriver efter att ha sett den andras rad hamnar under den", async () => {
  const { anna, bo } = await twoAuthors(0);
  await append(anna, "E-anna");
  await append(bo, "E-bo");
  expect(await body(anna)).toEqual([
    ["E-1", "första"],
    ["E-anna", "E-anna"],
    ["E-bo", "E-bo"],
  ]);
});

it("ett TableRow-objekt visar andra data när en medförfattare infogat rader ovanför", async () => {
  const { anna, bo } = await twoAuthors(0);
  await anna.Excel.run(async (context) => {
    const first = context.workbook.tables.getItem("T").rows.getItemAt(0).load("values");
    await context.sync();
    expect(first.values).toEqual([["E-1", "första"]]);
    await bo.Excel.run(async (other) => {
      other.workbook.tables.getItem("T").rows.add(0, [["E-0", "bos"]]);
      await other.sync();
    });
    first.load("values");
    await context.sync();
    expect(first.values).toEqual([["E-0", "bos"]]);
  });
});

it("ett blad som en medförfattare tagit bort gör nästa användning fel", async () => {
  const { anna, bo } = await twoAuthors(0);
  const error = await officeError(
    anna.Excel.run(async (context) => {
      const extra = context.workbook.worksheets.getItem("Extra");
      await context.sync();
      await bo.Excel.run(async (other) => {
        other.workbook.worksheets.getItem("Extra").delete();
        await other.sync();
      });
      extra.getRange("A1").values = [["för sent"]];
      await context.sync();
    })
  );
  expect(error.code).toBe("ItemNotFound");
});

it("räknar synkar per medförfattare", async () => {
  const { anna, bo } = await twoAuthors(0);
  await body(anna);
  await body(bo);
  await body(bo);
  expect([anna.stats.syncs, bo.stats.syncs]).toEqual([1, 2]);
});
