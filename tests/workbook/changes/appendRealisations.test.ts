import { describe, expect, it } from "@jest/globals";
import { isoDateToExcelSerial } from "../../../src/domain/model/dates";
import { effectId, isoDate, kronor } from "../../../src/domain/model/effect";
import type { RealisationInput } from "../../../src/domain/model/realisation";
import { REALISATION_TABLE_NAME } from "../../../src/workbook/structure/layout";
import { logRows, onTemplate, syncsOf, tableCells } from "../support/adapterOnFake";

const march = (overrides: Partial<RealisationInput> = {}): RealisationInput => ({
  effectId: effectId("E-1"),
  month: "2026-03",
  amount: kronor(120_000),
  source: "Manuell",
  evidence: "Faktura 4711",
  ...overrides,
});

const periodRows = (model: Parameters<typeof tableCells>[0]) => {
  const { headers, body } = tableCells(model, REALISATION_TABLE_NAME);
  return body
    .filter((row) => row.some((cell) => cell.value !== ""))
    .map((row) => Object.fromEntries(headers.map((h, i) => [h, row[i]])));
};

describe("appendRealisations", () => {
  it("skriver en period på högst två synkar, med månaden som datum och en rad i loggen", async () => {
    const { fake, port } = await onTemplate();
    const syncs = await syncsOf(fake, () =>
      port.appendRealisations([march()], { registeredBy: "Anna" })
    );
    expect(syncs).toBeLessThanOrEqual(2);
    const [row] = periodRows(fake.workbook);
    expect(row?.["Månad"]).toMatchObject({
      value: isoDateToExcelSerial(isoDate("2026-03-01")),
      numberFormat: "yyyy-mm",
    });
    expect(row?.["Belopp (kr)"]).toMatchObject({ value: 120_000, numberFormat: '#,##0 "kr"' });
    expect(row?.["Källa"]?.value).toBe("Manuell");
    const lines = logRows(fake.workbook);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ ID: "E-1", Fält: "Realisering", Person: "Anna" });
    expect(String(lines[0]?.["Nytt värde"])).toMatch(
      /^2026-03: 120\u00a0000\u00a0kr \(Manuell, Faktura 4711\)$/
    );
  });

  it("läser tillbaka perioderna som de sparades, också underlag som ser ut som en formel", async () => {
    const { port } = await onTemplate();
    const saved = await port.appendRealisations(
      [
        march(),
        march({ month: "2026-04", amount: kronor(-5_000), evidence: "=1+1", source: "Import" }),
      ],
      { registeredBy: "Anna" }
    );
    expect((await port.readRealisations()).periods).toEqual(saved);
    expect(saved[1]).toMatchObject({ evidence: "=1+1", amount: -5_000, source: "Import" });
  });

  it("ett nytt försök med samma id skriver ingen period och ingen loggrad två gånger", async () => {
    const { fake, port } = await onTemplate();
    const ids = port.newRealisationIds(2);
    const inputs = [march(), march({ month: "2026-04" })];
    await port.appendRealisations(inputs, { registeredBy: "Anna", ids });
    await port.appendRealisations(inputs, { registeredBy: "Anna", ids });
    expect(periodRows(fake.workbook).map((row) => row["ID"]?.value)).toEqual(ids);
    expect(logRows(fake.workbook)).toHaveLength(2);
  });

  it.each([
    [
      "en månad som inte finns",
      march({ month: "2026-13" }),
      "Skriv månaden som ÅÅÅÅ-MM, t.ex. 2026-03.",
    ],
    [
      "ett belopp som inte är ett tal",
      march({ amount: kronor(Number.NaN) }),
      "Skriv det realiserade beloppet med siffror, t.ex. 120 000 kr.",
    ],
    ["inget effekt-id", march({ effectId: effectId(" ") }), "Perioden saknar effektens ID."],
  ])("vägrar %s och skriver ingenting", async (_, input, message) => {
    const { fake, port } = await onTemplate();
    await expect(port.appendRealisations([input], { registeredBy: "" })).rejects.toMatchObject({
      kind: "refused",
      message,
    });
    expect(periodRows(fake.workbook)).toEqual([]);
    expect(logRows(fake.workbook)).toEqual([]);
  });

  it("en arbetsbok utan periodtabell har inga perioder, inspektionen saknar den och reparationen skapar den", async () => {
    const { fake, port } = await onTemplate();
    fake.workbook.tables = fake.workbook.tables.filter((t) => t.name !== REALISATION_TABLE_NAME);
    expect((await port.readRealisations()).periods).toEqual([]);
    const inspection = await port.inspect();
    expect(inspection.ready).toBe(false);
    expect(inspection.problems.join(" ")).toMatch(/Realisering/);
    await expect(port.appendRealisations([march()], { registeredBy: "" })).rejects.toMatchObject({
      kind: "missingTable",
    });
    expect((await port.ensureStructure()).ready).toBe(true);
    await port.appendRealisations([march()], { registeredBy: "" });
    expect((await port.readRealisations()).periods).toHaveLength(1);
  });
});
