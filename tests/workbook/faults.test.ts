/**
 * Excel may refuse or lose any round trip. Whatever sync fails, no half row stays behind, the
 * error is a clear WorkbookError, and trying again lands exactly one row.
 */
import { describe, expect, it } from "@jest/globals";
import { WorkbookError } from "../../src/workbook/errors";
import { anEffect } from "../fixtures/effects";
import { inputOf, logRows, onTemplate, syncsOf, tableCells } from "./support/adapterOnFake";

const input = inputOf(anEffect());

async function appendSyncs(): Promise<number> {
  const { fake, port } = await onTemplate();
  return syncsOf(fake, () => port.appendEffects([input], { registeredBy: "" }));
}

describe("fel i varje synk", () => {
  it.each(["before", "after"] as const)(
    "append: vilken synk som än fallerar (%s) blir det ingen halv rad, och ett nytt försök med samma id ger exakt en rad",
    async (mode) => {
      const syncs = await appendSyncs();
      for (let n = 1; n <= syncs; n++) {
        const { fake, port } = await onTemplate();
        const ids = port.newEffectIds(1);
        fake.faults.failSync(n, { mode });
        await expect(port.appendEffects([input], { registeredBy: "", ids })).rejects.toBeInstanceOf(
          WorkbookError
        );
        const landed = () => tableCells(fake.workbook).body.filter((r) => r[0]?.value !== "");
        // Either nothing landed, or the whole row did (Excel wrote it, then the answer was lost).
        for (const row of landed()) expect(row[1]?.value).toBe(input.caseName);
        const [retried] = await port.appendEffects([input], { registeredBy: "", ids });
        expect(landed().map((row) => row[0]?.value)).toEqual([ids[0]]);
        // Its log line once too, whether the failed attempt wrote it or not.
        expect(logRows(fake.workbook).map((line) => line["ID"])).toEqual([ids[0]]);
        expect(retried?.id).toBe(ids[0]);
      }
    }
  );

  it("append: ett nytt försök efter en förlorad bekräftelse ger tillbaka radens sparade tidsstämpel", async () => {
    const { fake, port } = await onTemplate();
    const ids = port.newEffectIds(1);
    fake.faults.failSync(2, { mode: "after" });
    await expect(port.appendEffects([input], { registeredBy: "", ids })).rejects.toThrow();
    const [retried] = await port.appendEffects([input], { registeredBy: "", ids });
    if (!retried) throw new Error("no effect");
    // Editing right after the retry is not mistaken for a colleague's change.
    await port.updateEffect(retried, { ...input, comment: "direkt efteråt" }, { by: "Anna" });
    expect((await port.readEffects()).effects[0]?.comment).toBe("direkt efteråt");
  });

  it("update: en misslyckad synk ändrar ingenting halvt och ett nytt försök lyckas", async () => {
    for (let n = 1; n <= 2; n++) {
      const { fake, port } = await onTemplate();
      const [saved] = await port.appendEffects([input], { registeredBy: "" });
      if (!saved) throw new Error("not saved");
      fake.faults.failSync(n);
      const next = { ...inputOf(saved), comment: "Ändrad", caseNumber: "KS 2026/9" };
      await expect(port.updateEffect(saved, next, { by: "Anna" })).rejects.toBeInstanceOf(
        WorkbookError
      );
      const { body, headers } = tableCells(fake.workbook);
      const comment = body[1]?.[headers.indexOf("Kommentar")]?.value;
      expect(comment).toBe(saved.comment);
      await port.updateEffect(saved, next, { by: "Anna" });
      expect((await port.readEffects()).effects[0]?.comment).toBe("Ändrad");
    }
  });
});
