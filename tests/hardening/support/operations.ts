/**
 * The write operations of the fault suite, each with what "whole" means for it: a fresh
 * workbook in the state before the call, and the call itself (calling it again is the retry,
 * with the same ids for appends). faults.test.ts fails each sync, and each command, in turn.
 */
import { expect } from "@jest/globals";
import type { Effect } from "../../../src/domain/model/effect";
import { createWorkbook, type FakeWorkbook } from "../../../src/preview/fakeExcel";
import { cellKey } from "../../../src/preview/fakeExcel/model/cells";
import { DEFAULT_SETTINGS } from "../../../src/workbook/port";
import { SHEETS } from "../../../src/workbook/structure/layout";
import { anEffect } from "../../fixtures/effects";
import {
  adapterOn,
  inputOf,
  rowByHeader,
  tableCells,
  templateModel,
  type AdapterOnFake,
} from "../../workbook/support/adapterOnFake";
import { steadyAdapter, workbookState } from "./workbookState";

export const INPUT = inputOf(anEffect());
export const EDIT = { ...INPUT, comment: "Ändrad", caseNumber: "KS 2026/9" };
/** Who makes the changes: not the one who registered (Anna), so a verification could follow. */
export const BY = { by: "Bengt" };

export interface Prepared {
  adapter: AdapterOnFake;
  /** The operation; calling it again is the retry. */
  call: () => Promise<unknown>;
  /** What else a failed call's workbook must satisfy. */
  check?: (model: FakeWorkbook) => void;
}

export interface Operation {
  name: string;
  /** What "whole" means for it, in the test's name. */
  whole: string;
  syncs: number;
  /** Writes a table row (then also checked with each command failing in turn). */
  writesRow?: boolean;
  prepare: () => Promise<Prepared>;
  /** Whole states besides "as before" and "as after a clean run". */
  alsoWhole?: (after: FakeWorkbook) => string[];
  /** Its last sync may fail without failing the call (redone without an optional part, like print setup). */
  lastSyncOptional?: boolean;
}

export async function withEffect() {
  const adapter = adapterOn(await templateModel());
  const [saved] = await adapter.port.appendEffects([INPUT], { registeredBy: "Anna" });
  return { adapter, saved: saved as Effect };
}

/**
 * The template with one good row and a row typed by hand: text in Årligt belopp, and a number
 * typed over the calculated column (the fix writes its formula back).
 */
async function withHandTypedRow(id: string): Promise<Prepared> {
  const { adapter: setup } = await withEffect();
  await setup.port.appendEffects([{ ...INPUT, caseName: "För hand" }], { registeredBy: "Bo" });
  const adapter = steadyAdapter(setup.fake.workbook, "E-RÄTTAD");
  const { sheet, table, headers } = tableCells(adapter.fake.workbook);
  const at = (header: string) =>
    cellKey(table.rect.row + 3, table.rect.col + headers.indexOf(header));
  sheet.cells.set(at("Årligt belopp (kr)"), { value: "två miljoner" });
  sheet.cells.set(at("ID"), { value: id });
  sheet.cells.set(at("Kalkylerad effekt (kr)"), { value: 14_000_000 });
  const [row] = (await adapter.port.readEffects()).invalidRows;
  if (!row) throw new Error("the hand-typed row validated");
  return {
    adapter,
    call: () => adapter.port.fixInvalidRow(row, { ...INPUT, caseName: "För hand" }, BY),
  };
}

export const OPERATIONS: Operation[] = [
  {
    name: "registrera en effekt (appendEffects)",
    writesRow: true,
    whole: "ingen ny rad, eller hela raden med formel och format",
    syncs: 2,
    prepare: async () => {
      const adapter = adapterOn(await templateModel());
      const ids = adapter.port.newEffectIds(1);
      return {
        adapter,
        call: () => adapter.port.appendEffects([INPUT], { registeredBy: "Anna", ids }),
      };
    },
  },
  {
    name: "ändra en effekt (updateEffect)",
    writesRow: true,
    whole: "raden som förut, eller alla ändrade celler och Senast ändrad tillsammans",
    syncs: 2,
    prepare: async () => {
      const { adapter, saved } = await withEffect();
      const check = (model: FakeWorkbook) => {
        const row = rowByHeader(model, 1);
        const now = [row["Kommentar"]?.value, row["Diarienummer"]?.value];
        const moved = row["Senast ändrad"]?.value !== saved.lastModified;
        expect([now, moved]).toEqual(
          moved
            ? [[EDIT.comment, EDIT.caseNumber], true]
            : [[INPUT.comment, INPUT.caseNumber], false]
        );
      };
      return { adapter, call: () => adapter.port.updateEffect(saved, EDIT, BY), check };
    },
  },
  {
    name: "verifiera en effekt (verifyEffect)",
    writesRow: true,
    whole: "raden som förut, eller verifieringen, stämplarna och kontrollsumman tillsammans",
    syncs: 2,
    prepare: async () => {
      const { adapter, saved } = await withEffect();
      return {
        adapter,
        call: () => adapter.port.verifyEffect(saved, { ...BY, evidence: "Faktura 2026-4711" }),
      };
    },
  },
  {
    name: "godkänna en rad som ändrats för hand (acceptOutsideEdit)",
    writesRow: true,
    whole: "raden som förut, eller stämplarna och kontrollsumman tillsammans",
    syncs: 2,
    prepare: async () => {
      const { adapter } = await withEffect();
      const { sheet, table, headers } = tableCells(adapter.fake.workbook);
      const supplier = cellKey(table.rect.row + 2, table.rect.col + headers.indexOf("Leverantör"));
      sheet.cells.set(supplier, { value: "Någon annan AB" });
      const [edited] = (await adapter.port.readEffects()).effects;
      if (!edited?.editedOutside) throw new Error("the hand edit went unnoticed");
      return { adapter, call: () => adapter.port.acceptOutsideEdit(edited, BY) };
    },
  },
  {
    name: "rätta en handskriven rad med id (fixInvalidRow)",
    writesRow: true,
    whole: "raden som den skrevs, eller hela den rättade raden",
    syncs: 2,
    prepare: () => withHandTypedRow("E-HAND"),
  },
  {
    name: "rätta en handskriven rad utan id (fixInvalidRow)",
    writesRow: true,
    whole: "raden som den skrevs, eller hela den rättade raden med nytt id",
    syncs: 2,
    prepare: () => withHandTypedRow(""),
  },
  {
    name: "lägga till en förvaltning i listan (addListValue)",
    whole: "värdet saknas, eller står en gång under listan",
    syncs: 2,
    prepare: async () => {
      const adapter = adapterOn(await templateModel());
      return {
        adapter,
        call: () => adapter.port.addListValue("departments", "Socialförvaltningen"),
      };
    },
  },
  {
    name: "skapa mallen i en tom arbetsbok (ensureStructure)",
    whole:
      "inget skapat, eller listbladet och hela tabellen (validering läggs på vid varje körning)",
    syncs: 5,
    prepare: async () => {
      const adapter = adapterOn(createWorkbook(["Blad1"]));
      return { adapter, call: () => adapter.port.ensureStructure() };
    },
    alsoWhole: (after) => [workbookState(after, { withoutValidations: true })],
  },
  {
    name: "uppdatera sammanställningen med filter (refreshSummary)",
    whole:
      "bladet och filtret som förut, eller hela bladet med diagram och det nya filtret (med eller utan utskriftsformatet: en misslyckad skrivning görs om utan det)",
    syncs: 2,
    alsoWhole: (after) => [workbookState(after, { printSetupPending: SHEETS.summary })],
    lastSyncOptional: true,
    prepare: async () => {
      const { adapter: setup } = await withEffect();
      const adapter = steadyAdapter(setup.fake.workbook);
      return {
        adapter,
        call: () => adapter.port.refreshSummary({ ...DEFAULT_SETTINGS.summaryFilter, year: 2026 }),
      };
    },
  },
  {
    name: "spara inställningar (saveSettings)",
    whole: "de gamla inställningarna, eller de nya",
    syncs: 2,
    prepare: async () => {
      const adapter = adapterOn(await templateModel());
      const summaryFilter = {
        ...DEFAULT_SETTINGS.summaryFilter,
        year: 2026,
        department: "Utbildningsförvaltningen",
      };
      return { adapter, call: () => adapter.port.saveSettings({ summaryFilter }) };
    },
  },
];
