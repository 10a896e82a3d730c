/**
 * A WorkbookPort of jest.fn methods for task-pane tests: a ready workbook with `someLists()`
 * and no registrations unless told otherwise. Override any method per test.
 *
 * Changes follow the domain's rules as the real adapter does (an edit falls back as `withEdit`
 * says, verifying refuses as `verify` does) and are stamped with the person; each one adds its
 * lines to the history `readHistory` returns. Realisation periods are kept in memory, in order.
 */
import { screen } from "@testing-library/react";
import { rowsToFixFigures } from "../../../src/domain/calculate/rowsToFix";
import {
  DEFAULT_SETTINGS,
  type WorkbookInspection,
  type WorkbookPort,
} from "../../../src/workbook/port";
import { logLinesFor, outsideEditLine, realisationLine } from "../../../src/domain/trust/auditLog";
import type { RealisationPeriod } from "../../../src/domain/model/realisation";
import { effectId, isoDate, type Effect } from "../../../src/domain/model/effect";
import type { LogLine } from "../../../src/domain/trust/logSchema";
import { UNVERIFIED, verify, withEdit } from "../../../src/domain/trust/review";
import { CONFIRM_AFTER_MS } from "../../../src/taskpane/shared/useLaterConfirmation";
import { WorkbookError } from "../../../src/workbook/port";
import { someLists } from "../../fixtures/effects";

/** The fake's clock: 2026-03-01 14:05, as an Excel serial date-time; a minute per change. */
export const FAKE_NOW = 46082 + (14 * 60 + 5) / 1440;
export const FAKE_TODAY = isoDate("2026-03-01");

export type FakePort = {
  [K in keyof WorkbookPort]: jest.Mock<ReturnType<WorkbookPort[K]>, Parameters<WorkbookPort[K]>>;
};

export function aReadyInspection(overrides: Partial<WorkbookInspection> = {}): WorkbookInspection {
  return {
    ready: true,
    lists: { sheet: "Kategori", missing: [] },
    table: {
      name: "Effektiviseringar",
      sheet: "Registrering",
      rowCount: 0,
      missingColumns: [],
      misspeltColumns: [],
      extraColumns: [],
    },
    summarySheet: null,
    problems: [],
    ...overrides,
  };
}

export function fakePort(overrides: Partial<WorkbookPort> = {}): FakePort {
  const history: LogLine[] = [];
  const periods: RealisationPeriod[] = [];
  const meta = (by: string) => ({
    time: FAKE_NOW + history.length / 1440,
    by,
    change: `C-${history.length}`,
  });
  const changed = (before: Effect, after: Effect, by: string): Effect => {
    history.push(...logLinesFor(before, after, meta(by)));
    return after;
  };
  /** As the adapter accepts a hand edit: unverified, stamped, its line before the diff's. */
  const accepted = (expected: Effect, by: string): Effect => {
    const after = { ...expected, ...UNVERIFIED, editedOutside: false, lastModifiedBy: by };
    const change = meta(by);
    history.push(outsideEditLine(after, change), ...logLinesFor(expected, after, change));
    return after;
  };
  const port: WorkbookPort = {
    inspect: async () => aReadyInspection(),
    ensureStructure: async () => aReadyInspection(),
    readLists: async () => someLists(),
    addListValue: async (list, value) => {
      const lists = someLists();
      return { ...lists, [list]: [...lists[list], value] };
    },
    newEffectIds: (count) => Array.from({ length: count }, (_, i) => effectId(`E-NY-${i + 1}`)),
    appendEffects: async () => [],
    confirmListValue: async () => ({ rewritten: false, duplicate: false }),
    confirmSaved: async () => ({ rewritten: [], relogged: [], duplicates: [] }),
    confirmRealisations: async () => ({ rewritten: [], duplicates: [] }),
    readEffects: async () => ({ effects: [], invalidRows: [] }),
    updateEffect: async (expected, next, { by }) =>
      changed(expected, { ...withEdit(expected, next), lastModifiedBy: by }, by),
    fixInvalidRow: async () => {
      throw new Error("fixInvalidRow is not faked in this test");
    },
    verifyEffect: async (expected, { by, evidence }) => {
      const outcome = verify(expected, { by, evidence, date: FAKE_TODAY });
      if ("refused" in outcome) throw new WorkbookError("refused", outcome.refused.message);
      return changed(expected, outcome.effect, by);
    },
    acceptOutsideEdit: async (expected, { by }) => accepted(expected, by),
    // Nobody else writes to this workbook, so no row has changed again: none is stale.
    acceptOutsideEdits: async (expected, { by }) => ({
      accepted: expected.map((effect) => accepted(effect, by)),
      stale: [],
    }),
    // Periods fill the sheet from row 2, below the header; none is typed by hand.
    readRealisations: async () => ({
      periods: [...periods],
      periodRows: periods.map((_, i) => i + 2),
      invalidRows: [],
    }),
    appendRealisations: async (inputs, { registeredBy, ids }) => {
      const added = inputs.map((input, i) => ({
        ...input,
        id: ids?.[i] ?? `R-NY-${periods.length + i + 1}`,
        registeredBy,
        registeredAt: "2026-03-01 14:05",
      }));
      added.forEach((period) => history.push(realisationLine(period, meta(registeredBy))));
      periods.push(...added);
      return added;
    },
    newRealisationIds: (count) => Array.from({ length: count }, (_, i) => `R-NY-${i + 1}`),
    readHistory: async (id) => history.filter((line) => line.id === id),
    readSettings: async () => DEFAULT_SETTINGS,
    saveSettings: async () => DEFAULT_SETTINGS,
    refreshSummary: async (filter = DEFAULT_SETTINGS.summaryFilter) => ({
      filter,
      effects: 0,
      rowsToFix: rowsToFixFigures([], {}),
      refreshedAt: "2026-03-01 14:05",
    }),
    saveInvoiceImport: async (saved) => ({
      written: saved.aggregates.length,
      alreadyImported: false,
    }),
    readInvoiceAggregates: async () => [],
    ...overrides,
  };
  return Object.fromEntries(
    Object.entries(port).map(([name, method]) => [name, jest.fn(method)])
  ) as unknown as FakePort;
}

/**
 * Waits out the later confirmation of a save that wrote periods (Realisera, Godkänn), with the
 * workbook holding the row as the save's first update left it. Returns the line it shows.
 */
export async function periodsConfirmed(workbook: FakePort): Promise<HTMLElement> {
  const updated = await workbook.updateEffect.mock.results[0]?.value;
  workbook.readEffects.mockResolvedValue({ effects: [updated], invalidRows: [] });
  return screen.findByText("Bekräftad i arbetsboken.", undefined, {
    timeout: CONFIRM_AFTER_MS + 2_000,
  });
}
