import { describe, expect, it } from "@jest/globals";
import type { CellValue } from "../../../src/domain/model/cells";
import { adapterOn, templateModel } from "../support/adapterOnFake";
import { aFilledPeriod, fillPeriods, periodCells, typedCells } from "../support/periodTable";

const FIVE_MB = 5 * 1024 * 1024;

describe("readRealisations", () => {
  it("läser 32 000 perioder på två synkar, i bitar som alla håller sig under Excels gräns på 5 MB", async () => {
    const model = await templateModel();
    fillPeriods(model, 32_000);
    const { fake, port } = adapterOn(model);
    const reading = await port.readRealisations();
    expect(reading.periods).toHaveLength(32_000);
    expect(reading.invalidRows).toEqual([]);
    expect(reading.periods[31_999]).toEqual(aFilledPeriod(31_999));
    expect(fake.stats.maxResponseBytes).toBeLessThan(FIVE_MB);
    expect(fake.stats.maxRequestBytes).toBeLessThan(FIVE_MB);
    // ~150 bytes a period, ~5 MB: 30 000 with the geometry, then the rest in one chunk.
    expect(fake.stats.syncs).toBe(2);
  });

  // Older Excel on the web reports the oversized answer only as GeneralException.
  it.each([
    ["med Excels egen felkod", {}],
    ["som GeneralException", { payloadError: "general" } as const],
  ])(
    "delar en bit som Excel ändå vägrar (långa underlag) och läser allt, %s",
    async (_, quirks) => {
      const model = await templateModel();
      const evidence = "https://kommun.sharepoint.com/".padEnd(480, "x");
      fillPeriods(model, 10_000, (i, headers) =>
        periodCells({ ...aFilledPeriod(i), evidence }, headers)
      );
      const { fake, port } = adapterOn(model, undefined, quirks);
      const reading = await port.readRealisations();
      expect(reading.periods).toHaveLength(10_000);
      expect(reading.periods[9_999]?.evidence).toBe(evidence);
      // The first, too large chunk was refused, as Excel on the web does; every answer that was
      // delivered stayed under the limit.
      expect(fake.stats.perSync.some((sync) => sync.responseBytes >= FIVE_MB)).toBe(true);
      const delivered = fake.stats.perSync.filter((sync) => sync.responseBytes < FIVE_MB);
      expect(delivered.length).toBeGreaterThan(1);
    }
  );

  it("returnerar handskrivna rader som inte är perioder med radnummer och problem, och tappar inga perioder", async () => {
    const model = await templateModel();
    const typed: Record<string, CellValue>[] = [
      { "Effekt-ID": "E-1", Månad: "2026-03", "Belopp (kr)": "120 000 kr", Källa: "Manuell" },
      {},
      { "Effekt-ID": "", Månad: 46082, "Belopp (kr)": 5_000, Källa: "Import" },
    ];
    fillPeriods(model, 4, (i, headers) =>
      i === 0 ? periodCells(aFilledPeriod(0), headers) : typedCells(typed[i - 1] ?? {}, headers)
    );
    const { port } = adapterOn(model);
    const reading = await port.readRealisations();
    expect(reading.periods).toEqual([aFilledPeriod(0)]);
    // The header is on row 1 of Realisering: the body starts on row 2.
    expect(reading.periodRows).toEqual([2]);
    expect(reading.invalidRows).toMatchObject([
      { sheetRow: 3, issues: [{ field: "month" }, { field: "amount" }] },
      { sheetRow: 5, issues: [{ field: "effectId" }] },
    ]);
  });
});
