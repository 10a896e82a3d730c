/**
 * Two co-authors: two fakes over one workbook model. Each has its own contexts, queue, loaded
 * values and stats; each sync applies atomically to the shared model, so tests interleave
 * syncs with `await`. Source: learn.microsoft.com "Coauthoring in Excel add-ins" (stale cached
 * values, TableRowCollection.add conflicts, writing below the table).
 */
import { createFakeExcel, createWorkbook } from "../../../src/preview/fakeExcel";
import { officeError } from "./fixtures";

function twoAuthors() {
  const shared = createWorkbook(["Registrering", "Extra"]);
  return { shared, anna: createFakeExcel(shared), bo: createFakeExcel(shared) };
}

type Author = ReturnType<typeof createFakeExcel>;

async function setUpTable(author: Author) {
  await author.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Registrering");
    sheet.getRange("A1:B2").values = [
      ["ID", "Ärende"],
      ["E-1", "första"],
    ];
    sheet.tables.add("A1:B2", true).name = "T";
    await context.sync();
  });
}

async function body(author: Author) {
  return author.Excel.run(async (context) => {
    const range = context.workbook.tables.getItem("T").getDataBodyRange().load("values");
    await context.sync();
    return range.values;
  });
}

it("each author keeps stale values until they read again", async () => {
  const { anna, bo } = twoAuthors();
  await anna.Excel.run(async (context) => {
    const a1 = context.workbook.worksheets.getItem("Registrering").getRange("A1").load("values");
    await context.sync();
    await bo.Excel.run(async (other) => {
      other.workbook.worksheets.getItem("Registrering").getRange("A1").values = [["Bo"]];
      await other.sync();
    });
    expect(a1.values).toEqual([[""]]);
    a1.load("values");
    await context.sync();
    expect(a1.values).toEqual([["Bo"]]);
  });
});

it("a row address computed from a stale read makes the last write win", async () => {
  const { anna, bo } = twoAuthors();
  await setUpTable(anna);
  // Both read the table's size, then both write to "the row below" as they saw it.
  const rowBelow = async (author: Author) =>
    author.Excel.run(async (context) => {
      const range = context.workbook.tables.getItem("T").getRange().load("rowCount");
      await context.sync();
      return range.rowCount + 1;
    });
  const annaRow = await rowBelow(anna);
  const boRow = await rowBelow(bo);
  const writeAt = (author: Author, row: number, id: string) =>
    author.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Registrering").getRange(`A${row}:B${row}`).values = [
        [id, id],
      ];
      await context.sync();
    });
  await writeAt(anna, annaRow, "E-anna");
  await writeAt(bo, boRow, "E-bo");
  // Anna's row expanded the table, and Bo overwrote it: reading ids back is how to notice.
  expect(await body(anna)).toEqual([
    ["E-1", "första"],
    ["E-bo", "E-bo"],
  ]);
});

it("getRowsBelow resolves at each author's own sync, so both rows land", async () => {
  const { anna, bo } = twoAuthors();
  await setUpTable(anna);
  const append = (author: Author, id: string) =>
    author.Excel.run(async (context) => {
      context.workbook.tables.getItem("T").getDataBodyRange().getRowsBelow(1).values = [[id, id]];
      await context.sync();
    });
  await Promise.all([append(anna, "E-anna"), append(bo, "E-bo")]);
  expect(await body(bo)).toEqual([
    ["E-1", "första"],
    ["E-anna", "E-anna"],
    ["E-bo", "E-bo"],
  ]);
});

it("a TableRow proxy shows other data after a co-author inserts rows above it", async () => {
  const { anna, bo } = twoAuthors();
  await setUpTable(anna);
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

it("a sheet a co-author deleted fails the other's next use", async () => {
  const { anna, bo } = twoAuthors();
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

it("counts syncs per author", async () => {
  const { anna, bo } = twoAuthors();
  await setUpTable(anna);
  await body(bo);
  expect([anna.stats.syncs, bo.stats.syncs]).toEqual([1, 1]);
});
