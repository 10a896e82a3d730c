/**
 * The audit trail (issue 7 §3) on the simulated Excel: every write through the port appends its
 * log lines below the table `Effektlogg`, queued before the change and sent in the same sync;
 * verification by a second person goes the same way; a hand edit is noticed on the next read
 * and can be accepted; an effect's history reads back in order.
 */
import { describe, expect, it } from "@jest/globals";
import { effectChecksum } from "../../../src/domain/trust/checksum";
import { isoDateToExcelSerial } from "../../../src/domain/model/dates";
import { formatKronorExact } from "../../../src/domain/model/format";
import { isoDate, kronor, type Effect } from "../../../src/domain/model/effect";
import { reviewState } from "../../../src/domain/trust/review";
import { reviewMessages } from "../../../src/domain/trust/reviewMessages.sv";
import { cellKey } from "../../../src/preview/fakeExcel/model/cells";
import { anEffect } from "../../fixtures/effects";
import { workbookState } from "../../hardening/support/workbookState";
import {
  adapterOn,
  inputOf,
  logRows,
  onTemplate,
  roundTrip,
  recordTableWrites,
  rowByHeader,
  syncsOf,
  tableCells,
  type AdapterOnFake,
} from "../support/adapterOnFake";

const ANNA = "Anna Andersson";
const BENGT = "Bengt Berg";
const EVIDENCE = "Faktura 2026-4711";
const TODAY = isoDateToExcelSerial(isoDate("2026-11-24"));
/** Amounts as the log writes them. */
const kr = (amount: number) => formatKronorExact(amount);

async function registered(): Promise<AdapterOnFake & { saved: Effect }> {
  const setup = await onTemplate();
  const [saved] = await setup.port.appendEffects([inputOf(anEffect())], { registeredBy: ANNA });
  if (!saved) throw new Error("not registered");
  return { ...setup, saved };
}

/** Types `value` into a cell of the effect's row straight into the model, as a person would. */
function typeByHand({ fake }: AdapterOnFake, bodyRow: number, header: string, value: string) {
  const { sheet, table, headers } = tableCells(fake.workbook);
  const at = cellKey(table.rect.row + 1 + bodyRow, table.rect.col + headers.indexOf(header));
  sheet.cells.set(at, { value });
}

const fieldsOf = (lines: Record<string, unknown>[]) =>
  lines.map((line) => [line["Fält"], line["Tidigare värde"], line["Nytt värde"]]);

describe("registrering", () => {
  it("skriver raden och dess loggrad i samma synk, loggraden först; två synkar", async () => {
    const { fake, port } = await onTemplate();
    const writes = recordTableWrites(fake);
    let saved: Effect | undefined;
    const syncs = await syncsOf(fake, async () => {
      [saved] = await port.appendEffects([inputOf(anEffect())], { registeredBy: ANNA });
    });
    if (!saved) throw new Error("not registered");

    expect(syncs).toBe(2);
    expect(writes.map(({ sync, table }) => [sync, table])).toEqual([
      [2, "Effektlogg"],
      [2, "Effektiviseringar"],
    ]);
    expect(logRows(fake.workbook)).toEqual([
      {
        Tid: saved.lastModified,
        Person: ANNA,
        ID: saved.id,
        Ärende: "Utskrift som tjänst",
        Fält: "Ny registrering",
        "Tidigare värde": "",
        "Nytt värde": `Nytt avtal, ${kr(14_000_000)}`,
        Ändring: "C-E-TEST0001",
      },
    ]);
  });

  it("stämplar raden med vem som registrerade den, utan verifiering, och med kontrollsumman", async () => {
    const { fake, port, saved } = await registered();
    const row = rowByHeader(fake.workbook, 1);
    expect(
      ["Registrerad av", "Senast ändrad av", "Verifierat", "Verifierad av", "Underlag"].map(
        (header) => row[header]?.value
      )
    ).toEqual([ANNA, ANNA, "", "", ""]);
    expect(row["Kontrollsumma"]?.value).toBe(effectChecksum(saved));
    const [read] = (await port.readEffects()).effects;
    expect(read).toEqual(saved);
    expect(read?.editedOutside).toBe(false);
  });
});

describe("ändring", () => {
  it("loggar varje ändrat fält med gammalt och nytt värde, i samma synk som ändringen", async () => {
    const { fake, port, saved } = await registered();
    const writes = recordTableWrites(fake);
    const next = {
      ...inputOf(saved),
      comment: "Ny kommentar",
      newAnnualCost: kronor(2_500_000),
      annualAmount: kronor(2_500_000),
    };
    let updated: Effect | undefined;
    const syncs = await syncsOf(fake, async () => {
      updated = await port.updateEffect(saved, next, { by: BENGT });
    });

    expect(syncs).toBe(2);
    expect(writes.map(({ sync, table }) => [sync, table])).toEqual([
      [2, "Effektlogg"],
      [2, "Effektiviseringar"],
    ]);
    const lines = logRows(fake.workbook).slice(1);
    expect(fieldsOf(lines)).toEqual([
      ["Ny årlig kostnad (kr)", kr(3_000_000), kr(2_500_000)],
      ["Årligt belopp (kr)", kr(2_000_000), kr(2_500_000)],
      ["Kommentar", "Lättare begagnade skrivare tillåts", "Ny kommentar"],
      ["Kalkylerad effekt (kr)", kr(14_000_000), kr(17_500_000)],
    ]);
    expect(new Set(lines.map((l) => [l["Person"], l["Tid"], l["Ändring"]].join()))).toEqual(
      new Set([[BENGT, updated?.lastModified, "C-E-TEST0002"].join()])
    );
    expect(rowByHeader(fake.workbook, 1)["Senast ändrad av"]?.value).toBe(BENGT);
    const [read] = (await port.readEffects()).effects;
    expect(read).toEqual(updated);
  });

  it("en sparning utan ändringar skriver ingenting och loggar ingenting", async () => {
    const { fake, port, saved } = await registered();
    const before = workbookState(fake.workbook);
    expect(await port.updateEffect(saved, inputOf(saved), { by: BENGT })).toEqual(saved);
    expect(workbookState(fake.workbook)).toBe(before);
  });

  it("text som ser ut som en formel loggas och läses tillbaka som text", async () => {
    const { fake, port, saved } = await registered();
    await port.updateEffect(saved, { ...inputOf(saved), comment: "=1+1" }, { by: BENGT });
    const { sheet, table, headers } = tableCells(fake.workbook, "Effektlogg");
    const after = headers.indexOf("Nytt värde");
    const cell = sheet.cells.get(cellKey(table.rect.row + table.rect.rows - 1, after));
    expect(cell).toMatchObject({ value: "=1+1" });
    expect(cell?.formula).toBeUndefined();
    const history = await port.readHistory(saved.id);
    expect(history.at(-1)).toMatchObject({ field: "Kommentar", after: "=1+1" });
  });
});

describe("verifiering", () => {
  it("en annan person verifierar mot underlag: stämplar, kontrollsumma och loggrader i samma synk", async () => {
    const { fake, port, saved } = await registered();
    const writes = recordTableWrites(fake);
    let verified: Effect | undefined;
    const syncs = await syncsOf(fake, async () => {
      verified = await port.verifyEffect(saved, { by: BENGT, evidence: ` ${EVIDENCE} ` });
    });

    expect(syncs).toBe(2);
    expect(writes.map(({ sync, table }) => [sync, table])).toEqual([
      [2, "Effektlogg"],
      [2, "Effektiviseringar"],
    ]);
    const row = rowByHeader(fake.workbook, 1);
    expect(
      ["Verifierat", "Verifierad av", "Verifierad datum", "Underlag", "Senast ändrad av"].map(
        (header) => row[header]?.value
      )
    ).toEqual(["Kalkyl", BENGT, TODAY, EVIDENCE, BENGT]);
    expect(fieldsOf(logRows(fake.workbook).slice(1))).toEqual([
      ["Verifierat", "", "Kalkyl"],
      ["Verifierad av", "", BENGT],
      ["Verifierad datum", "", "2026-11-24"],
      ["Underlag", "", EVIDENCE],
    ]);
    const [read] = (await port.readEffects()).effects;
    expect(read).toEqual(verified);
    expect(read && reviewState(read)).toBe("Verifierad");
  });

  it.each([
    [
      "den som registrerade effekten",
      async ({ port, saved }: AdapterOnFake & { saved: Effect }) => ({
        port,
        effect: saved,
        by: ANNA,
      }),
      reviewMessages.ownRegistration,
    ],
    [
      "den som ändrade den senast",
      async ({ port, saved }: AdapterOnFake & { saved: Effect }) => {
        const edited = await port.updateEffect(
          saved,
          { ...inputOf(saved), comment: "Bengts ändring" },
          { by: BENGT }
        );
        return { port, effect: edited, by: BENGT };
      },
      reviewMessages.ownChange,
    ],
    [
      "någon, när raden har ändrats utanför tillägget",
      async (setup: AdapterOnFake & { saved: Effect }) => {
        typeByHand(setup, 1, "Leverantör", "Någon annan AB");
        const [read] = (await setup.port.readEffects()).effects;
        return { port: setup.port, effect: read as Effect, by: BENGT };
      },
      reviewMessages.editedOutside,
    ],
  ])("vägras för %s, och ingenting skrivs", async (_, arrange, message) => {
    const setup = await registered();
    const { port, effect, by } = await arrange(setup);
    const before = workbookState(setup.fake.workbook);
    let error: unknown;
    const syncs = await syncsOf(setup.fake, () =>
      port.verifyEffect(effect, { by, evidence: EVIDENCE }).catch((e: unknown) => {
        error = e;
      })
    );
    expect(error).toMatchObject({ kind: "refused", message });
    expect(syncs).toBe(0);
    expect(workbookState(setup.fake.workbook)).toBe(before);
  });

  it("en verifierad effekt som ändras blir overifierad, och loggen säger det", async () => {
    const { fake, port, saved } = await registered();
    const verified = await port.verifyEffect(saved, { by: BENGT, evidence: EVIDENCE });
    const edited = await port.updateEffect(
      verified,
      { ...inputOf(verified), annualAmount: kronor(1_800_000), newAnnualCost: kronor(3_200_000) },
      { by: ANNA }
    );
    expect([edited.verifiedStage, edited.verifiedBy, edited.verifiedDate, edited.evidence]).toEqual(
      [null, "", null, ""]
    );
    const lines = logRows(fake.workbook).slice(5);
    expect(fieldsOf(lines)).toEqual([
      ["Ny årlig kostnad (kr)", kr(3_000_000), kr(3_200_000)],
      ["Årligt belopp (kr)", kr(2_000_000), kr(1_800_000)],
      ["Verifierat", "Kalkyl", ""],
      ["Verifierad av", BENGT, ""],
      ["Verifierad datum", "2026-11-24", ""],
      ["Underlag", EVIDENCE, ""],
      ["Kalkylerad effekt (kr)", kr(14_000_000), kr(12_600_000)],
    ]);
    const [read] = (await port.readEffects()).effects;
    expect(read && reviewState(read)).toBe("Registrerad");
  });

  it("en ändrad kommentar låter verifieringen stå kvar", async () => {
    const { port, saved } = await registered();
    const verified = await port.verifyEffect(saved, { by: BENGT, evidence: EVIDENCE });
    const edited = await port.updateEffect(
      verified,
      { ...inputOf(verified), comment: "Bara en kommentar" },
      { by: ANNA }
    );
    const [read] = (await port.readEffects()).effects;
    expect([edited.verifiedBy, read && reviewState(read)]).toEqual([BENGT, "Verifierad"]);
  });
});

describe("ändringar för hand", () => {
  it("en cell som ändrats i tabellen utan tillägget läses som ändrad utanför, de andra inte", async () => {
    const setup = await onTemplate();
    await setup.port.appendEffects(
      [inputOf(anEffect()), inputOf(anEffect({ caseName: "Andra" }))],
      { registeredBy: ANNA }
    );
    typeByHand(setup, 2, "Kommentar", "Ändrad i Excel");
    const { effects } = await setup.port.readEffects();
    expect(effects.map((e) => [e.caseName, e.comment, e.editedOutside])).toEqual([
      ["Utskrift som tjänst", "Lättare begagnade skrivare tillåts", false],
      ["Andra", "Ändrad i Excel", true],
    ]);
  });

  it("läses likadant efter att arbetsboken sparats som .xlsx och öppnats igen", async () => {
    const setup = await onTemplate();
    const saved = await setup.port.appendEffects(
      [inputOf(anEffect()), inputOf(anEffect({ caseName: "Andra" }))],
      { registeredBy: ANNA }
    );
    const [first] = saved;
    if (!first) throw new Error("not registered");
    await setup.port.verifyEffect(first, { by: BENGT, evidence: EVIDENCE });
    typeByHand(setup, 2, "Kommentar", "Ändrad i Excel");
    const reopened = adapterOn(await roundTrip(setup.fake.workbook), "E-IGEN");
    const { effects, invalidRows } = await reopened.port.readEffects();
    expect(invalidRows).toEqual([]);
    expect(effects.map((e) => [e.caseName, e.editedOutside, reviewState(e)])).toEqual([
      ["Utskrift som tjänst", false, "Verifierad"],
      ["Andra", true, "Registrerad"],
    ]);
    // A file keeps 15 significant digits of the time; the checksum uses 13 (checksum.ts).
    const withoutTime = (all: Effect[]) => all.map(({ lastModified: _time, ...effect }) => effect);
    const before = (await setup.port.readEffects()).effects;
    expect(withoutTime(effects)).toEqual(withoutTime(before));
    effects.forEach((effect, i) =>
      expect(effect.lastModified).toBeCloseTo(before[i]?.lastModified ?? 0, 9)
    );
    expect((await reopened.port.readHistory(first.id)).map((l) => l.field)).toEqual([
      "Ny registrering",
      "Verifierat",
      "Verifierad av",
      "Verifierad datum",
      "Underlag",
    ]);
  });

  it("godkänns som den står: nya stämplar och kontrollsumma, verifieringen borta, och en loggrad", async () => {
    const setup = await registered();
    const { fake, port } = setup;
    const verified = await port.verifyEffect(setup.saved, { by: BENGT, evidence: EVIDENCE });
    typeByHand(setup, 1, "Leverantör", "Någon annan AB");
    const [edited] = (await port.readEffects()).effects;
    if (!edited) throw new Error("no effect");
    expect([edited.editedOutside, reviewState(edited)]).toEqual([true, "Registrerad"]);

    let accepted: Effect | undefined;
    const syncs = await syncsOf(fake, async () => {
      accepted = await port.acceptOutsideEdit(edited, { by: "Carl" });
    });
    expect(syncs).toBe(2);
    const lines = logRows(fake.workbook).slice(5);
    expect(fieldsOf(lines)).toEqual([
      ["Ändrad utanför tillägget", "", `Godkänd som den står: ${kr(14_000_000)}`],
      ["Verifierat", "Kalkyl", ""],
      ["Verifierad av", BENGT, ""],
      ["Verifierad datum", "2026-11-24", ""],
      ["Underlag", EVIDENCE, ""],
    ]);
    expect(lines.every((line) => line["Person"] === "Carl")).toBe(true);
    const [read] = (await port.readEffects()).effects;
    expect(read).toEqual(accepted);
    expect([read?.supplier, read?.editedOutside, read?.verifiedBy, read?.lastModifiedBy]).toEqual([
      "Någon annan AB",
      false,
      "",
      "Carl",
    ]);
    expect(verified.supplier).toBe("Skrivarbolaget AB");
  });

  it("godkänns inte när raden har ändrats igen sedan den lästes", async () => {
    const setup = await registered();
    typeByHand(setup, 1, "Leverantör", "Någon annan AB");
    const [edited] = (await setup.port.readEffects()).effects;
    typeByHand(setup, 1, "Leverantör", "En tredje AB");
    const before = workbookState(setup.fake.workbook);
    await expect(
      setup.port.acceptOutsideEdit(edited as Effect, { by: "Carl" })
    ).rejects.toMatchObject({ kind: "staleEdit", message: expect.stringContaining("Leverantör") });
    expect(workbookState(setup.fake.workbook)).toBe(before);
  });

  it("en ändring i tillägget av en rad som ändrats för hand godkänner också handändringen, i loggen", async () => {
    const setup = await registered();
    await setup.port.verifyEffect(setup.saved, { by: BENGT, evidence: EVIDENCE });
    typeByHand(setup, 1, "Leverantör", "Någon annan AB");
    const [edited] = (await setup.port.readEffects()).effects;
    if (!edited) throw new Error("no effect");
    await setup.port.updateEffect(
      edited,
      { ...inputOf(edited), comment: "Kontrollerad" },
      { by: "Carl" }
    );
    const lines = logRows(setup.fake.workbook).slice(5);
    expect(fieldsOf(lines)).toEqual([
      ["Ändrad utanför tillägget", "", `Godkänd som den står: ${kr(14_000_000)}`],
      ["Kommentar", "Lättare begagnade skrivare tillåts", "Kontrollerad"],
      ["Verifierat", "Kalkyl", ""],
      ["Verifierad av", BENGT, ""],
      ["Verifierad datum", "2026-11-24", ""],
      ["Underlag", EVIDENCE, ""],
    ]);
    const [read] = (await setup.port.readEffects()).effects;
    expect([read?.supplier, read?.editedOutside, reviewState(read as Effect)]).toEqual([
      "Någon annan AB",
      false,
      "Registrerad",
    ]);
  });
});

describe("historik", () => {
  it("ger en effekts rader i den ordning de skrevs, på högst två synkar, och inga andras", async () => {
    const { fake, port, saved } = await registered();
    const [other] = await port.appendEffects([inputOf(anEffect({ caseName: "Annan" }))], {
      registeredBy: ANNA,
    });
    const edited = await port.updateEffect(
      saved,
      { ...inputOf(saved), comment: "Ändrad" },
      { by: BENGT }
    );
    await port.verifyEffect(edited, { by: "Carl", evidence: EVIDENCE });

    let history: Awaited<ReturnType<typeof port.readHistory>> = [];
    const syncs = await syncsOf(fake, async () => {
      history = await port.readHistory(saved.id);
    });
    expect(syncs).toBeLessThanOrEqual(2);
    expect(history.map((line) => [line.by, line.id, line.field, line.change])).toEqual([
      [ANNA, saved.id, "Ny registrering", "C-E-TEST0001"],
      [BENGT, saved.id, "Kommentar", "C-E-TEST0003"],
      ["Carl", saved.id, "Verifierat", "C-E-TEST0004"],
      ["Carl", saved.id, "Verifierad av", "C-E-TEST0004"],
      ["Carl", saved.id, "Verifierad datum", "C-E-TEST0004"],
      ["Carl", saved.id, "Underlag", "C-E-TEST0004"],
    ]);
    expect(history[1]).toEqual({
      time: edited.lastModified,
      by: BENGT,
      id: saved.id,
      caseName: "Utskrift som tjänst",
      field: "Kommentar",
      before: "Lättare begagnade skrivare tillåts",
      after: "Ändrad",
      change: "C-E-TEST0003",
    });
    expect((await port.readHistory(other?.id ?? saved.id)).map((l) => l.field)).toEqual([
      "Ny registrering",
    ]);
  });

  it("visar en ändring som ett nytt försök skrev två gånger bara en gång", async () => {
    const { fake, port, saved } = await registered();
    await port.updateEffect(saved, { ...inputOf(saved), comment: "Ändrad" }, { by: BENGT });
    // The lines of the edit once more below the log, as a retry that wrote them again would.
    const { sheet, table } = tableCells(fake.workbook, "Effektlogg");
    const last = table.rect.row + table.rect.rows - 1;
    for (let col = table.rect.col; col < table.rect.col + table.rect.cols; col++) {
      const cell = sheet.cells.get(cellKey(last, col));
      if (cell) sheet.cells.set(cellKey(last + 1, col), { ...cell });
    }
    table.rect = { ...table.rect, rows: table.rect.rows + 1 };

    const history = await port.readHistory(saved.id);
    expect(history.map((line) => line.field)).toEqual(["Ny registrering", "Kommentar"]);
  });

  it("läser en logg som är större än Excels svarsgräns i bitar", async () => {
    const { fake, port, saved } = await registered();
    // 250 000 lines of other effects after the registration's, then one more of ours.
    const { sheet, table, headers } = tableCells(fake.workbook, "Effektlogg");
    const first = table.rect.row + table.rect.rows;
    const idColumn = table.rect.col + headers.indexOf("ID");
    const fieldColumn = table.rect.col + headers.indexOf("Fält");
    for (let i = 0; i < 250_000; i++) {
      sheet.cells.set(cellKey(first + i, idColumn), { value: `E-ANNAN${i}` });
      sheet.cells.set(cellKey(first + i, fieldColumn), { value: "Kommentar" });
    }
    sheet.cells.set(cellKey(first + 250_000, idColumn), { value: saved.id });
    sheet.cells.set(cellKey(first + 250_000, fieldColumn), { value: "Leverantör" });
    table.rect = { ...table.rect, rows: table.rect.rows + 250_001 };

    fake.stats.reset();
    const history = await port.readHistory(saved.id);
    expect(history.map((line) => line.field)).toEqual(["Ny registrering", "Leverantör"]);
    expect(fake.stats.maxResponseBytes).toBeLessThan(5 * 1024 * 1024);
    expect(fake.stats.syncs).toBe(4);
  });

  it("säger tydligt till när loggbladet saknas", async () => {
    const { fake, port, saved } = await registered();
    const log = fake.workbook.tables.find((t) => t.name === "Effektlogg");
    if (log) log.deleted = true;
    await expect(port.readHistory(saved.id)).rejects.toMatchObject({
      kind: "missingTable",
      message: expect.stringContaining("Logg"),
    });
    await expect(
      port.updateEffect(saved, { ...inputOf(saved), comment: "x" }, { by: BENGT })
    ).rejects.toMatchObject({ kind: "missingTable" });
    expect(rowByHeader(fake.workbook, 1)["Kommentar"]?.value).toBe(saved.comment);
  });
});
