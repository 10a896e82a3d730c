/**
 * Every write proves it landed, under every quirk real Excel may have (QUIRK_MATRIX) and in
 * the workbook states a user makes (totals row shown, list validation from row 2): each
 * registration is in the table exactly once, each change has its log lines inside the log, and
 * nothing is left below either table.
 */
import { describe, expect, it } from "@jest/globals";
import {
  type FakeWorkbook,
  listValidationFromRow2,
  QUIRK_MATRIX,
  totalsRowShownByUser,
} from "../../src/preview/fakeExcel";
import { cellKey, getCell } from "../../src/preview/fakeExcel/model/cells";
import { headerOf } from "../../src/domain/model/tableSchema";
import { LOG_TABLE_NAME } from "../../src/workbook/structure/layout";
import { anEffect } from "../fixtures/effects";
import {
  adapterOn,
  inputOf,
  logRows,
  syncsOf,
  tableCells,
  templateModel,
} from "./support/adapterOnFake";

const STATES: ReadonlyArray<[string, (model: FakeWorkbook) => void]> = [
  ["som mallen", () => undefined],
  [
    "med summarader påslagna",
    (model) => {
      totalsRowShownByUser(model, "Effektiviseringar");
      totalsRowShownByUser(model, LOG_TABLE_NAME);
    },
  ],
  [
    "med listvalidering från rad 2",
    (model) => {
      const { table, headers } = tableCells(model);
      const column = table.rect.col + headers.indexOf(headerOf("department"));
      listValidationFromRow2(model, "Registrering", column, "Kategori!$B$4:$B$20");
    },
  ],
];

/** Cells with content in the `rows` rows just below a table, in its columns. */
function strayBelow(model: FakeWorkbook, tableName: string, rows = 6): string[] {
  const { table, sheet } = tableCells(model, tableName);
  const found: string[] = [];
  const first = table.rect.row + table.rect.rows;
  for (let r = first; r < first + rows; r += 1) {
    for (let c = table.rect.col; c < table.rect.col + table.rect.cols; c += 1) {
      const cell = getCell(sheet, r, c);
      if (cell.value !== "" || cell.formula) found.push(`${r},${c}:${String(cell.value)}`);
    }
  }
  return found;
}

const CASES = QUIRK_MATRIX.flatMap((variant) =>
  STATES.map(([state, setUp]) => [variant.name, state, variant.quirks, setUp] as const)
);

describe("varje skrivning landar i tabellen", () => {
  it.each(CASES)("%s, %s", async (_name, _state, quirks, setUp) => {
    const model = await templateModel();
    setUp(model);
    const { port } = adapterOn(model, "E-L", quirks);
    const first = await port.appendEffects(
      ["Ett", "Två", "Tre"].map((caseName) => inputOf(anEffect({ caseName }))),
      { registeredBy: "Anna" }
    );
    const [fourth] = await port.appendEffects([inputOf(anEffect({ caseName: "Fyra" }))], {
      registeredBy: "Anna",
    });
    const [one, two] = first;
    if (!one || !two || !fourth) throw new Error("not registered");
    const updated = await port.updateEffect(
      one,
      { ...inputOf(one), comment: "ändrad" },
      { by: "Anna" }
    );
    await port.verifyEffect(two, { by: "Bengt", evidence: "Faktura 123" });

    // A comment typed by hand, then "Godkänn alla".
    const { sheet, table, headers } = tableCells(model);
    const commentCol = table.rect.col + headers.indexOf(headerOf("comment"));
    sheet.cells.set(cellKey(table.rect.row + 4, commentCol), { value: "för hand" });
    const handEdited = (await port.readEffects()).effects.filter((e) => e.editedOutside);
    expect(handEdited).toHaveLength(1);
    await port.acceptOutsideEdits(handEdited, { by: "Carl" });

    const ids = (await port.readEffects()).effects.map((effect) => effect.id);
    const written = [...first, fourth].map((effect) => effect.id);
    expect([...ids].sort()).toEqual([...written].sort());
    expect(updated.comment).toBe("ändrad");
    expect(strayBelow(model, "Effektiviseringar")).toEqual([]);
    expect(strayBelow(model, LOG_TABLE_NAME)).toEqual([]);
    // A totals row stays the table's last row, below every registration.
    const after = tableCells(model);
    if (after.table.showTotals) {
      const last = after.table.rect.row + after.table.rect.rows - 1;
      expect(getCell(after.sheet, last, after.table.rect.col).value).toBe("Summa");
    }
    // Every effect has its registration line; the edit, verification and acceptance theirs.
    const logged = logRows(model).map((line) => String(line["ID"]));
    for (const id of written) expect(logged).toContain(id);
    expect(new Set(logRows(model).map((line) => line["Ändring"])).size).toBe(5);
  });
});

describe("när Excel inte utvidgar tabellen", () => {
  const two = ["Ett", "Två"].map((caseName) => inputOf(anEffect({ caseName })));

  it("tar in raderna med Table.resize på en synk till", async () => {
    const { fake, port } = adapterOn(await templateModel(), "E-L", { tableAutoExpand: "never" });
    const syncs = await syncsOf(fake, () => port.appendEffects(two, { registeredBy: "" }));
    expect(syncs).toBe(3);
    expect(tableCells(fake.workbook).body).toHaveLength(3);
  });

  it("utan ExcelApi 1.13: tar bort raderna under tabellen och lägger till dem med rows.add", async () => {
    const quirks = { tableAutoExpand: "never", excelApi: "1.12" } as const;
    const { fake, port } = adapterOn(await templateModel(), "E-L", quirks);
    const syncs = await syncsOf(fake, () => port.appendEffects(two, { registeredBy: "" }));
    expect(syncs).toBe(3);
    expect(tableCells(fake.workbook).body.map((row) => row[0]?.value)).toEqual([
      "",
      "E-L0001",
      "E-L0002",
    ]);
    expect(strayBelow(fake.workbook, "Effektiviseringar")).toEqual([]);
  });

  it("misslyckas resize: inga rader lämnas under tabellen och felet är på svenska", async () => {
    const { fake, port } = adapterOn(await templateModel(), "E-L", { tableAutoExpand: "never" });
    fake.faults.failCommand((command) => command.name === "resize");
    const error = await port.appendEffects(two, { registeredBy: "" }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      kind: "syncFailed",
      message: expect.stringMatching(/försök igen/),
    });
    expect(strayBelow(fake.workbook, "Effektiviseringar")).toEqual([]);
    expect(strayBelow(fake.workbook, LOG_TABLE_NAME)).toEqual([]);
    expect((await port.readEffects()).effects).toEqual([]);
  });
});
