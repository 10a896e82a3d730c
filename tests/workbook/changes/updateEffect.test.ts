import { describe, expect, it } from "@jest/globals";
import type { Effect } from "../../../src/domain/model/effect";
import { WorkbookError } from "../../../src/workbook/errors";
import { anEffect } from "../../fixtures/effects";
import { inputOf, onTemplate, rowByHeader, syncsOf } from "../support/adapterOnFake";

async function registered(count = 3) {
  const setup = await onTemplate();
  const inputs = Array.from({ length: count }, (_, i) =>
    inputOf(anEffect({ caseName: `Ärende ${i + 1}` }))
  );
  const effects = await setup.port.appendEffects(inputs, { registeredBy: "Anna" });
  return { ...setup, effects };
}

function rejection(promise: Promise<unknown>): Promise<WorkbookError> {
  return promise.then(
    () => {
      throw new Error("expected a WorkbookError");
    },
    (error: unknown) => {
      if (error instanceof WorkbookError) return error;
      throw error;
    }
  );
}

describe("updateEffect", () => {
  it("hittar raden på id och skriver bara de ändrade cellerna, på två synkar", async () => {
    const { fake, port, effects } = await registered();
    const target = effects[1] as Effect;
    let updated: Effect | undefined;
    const syncs = await syncsOf(fake, async () => {
      updated = await port.updateEffect(
        target,
        { ...inputOf(target), comment: "Ny kommentar" },
        { by: "Bengt" }
      );
    });
    expect(syncs).toBe(2);
    // Body row 0 is the new table's empty row; effects[1] is body row 2, sheet row 4.
    const row = rowByHeader(fake.workbook, 2);
    expect(row["Kommentar"]?.value).toBe("Ny kommentar");
    expect(row["Senast ändrad"]?.value).toBe(updated?.lastModified);
    expect(rowByHeader(fake.workbook, 1)["Kommentar"]?.value).toBe(target.comment);
    expect(row["Kalkylerad effekt (kr)"]?.formula).toBe("=N(O4)*N(P4)+N(R4)-N(S4)");
  });

  it("säger tydligt till när raden har tagits bort", async () => {
    const { fake, port, effects } = await registered(1);
    const target = effects[0] as Effect;
    await fake.Excel.run(async (context) => {
      context.workbook.tables.getItem("Effektiviseringar").getDataBodyRange().getCell(1, 0).values =
        [["'E-NÅGONANNAN"]];
      await context.sync();
    });
    const error = await rejection(port.updateEffect(target, inputOf(target), { by: "Anna" }));
    expect(error.kind).toBe("notFound");
    expect(error.message).toContain(target.id);
  });
});
