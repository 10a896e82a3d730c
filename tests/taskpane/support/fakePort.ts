/**
 * A WorkbookPort of jest.fn methods for task-pane tests: a ready workbook with `someLists()`
 * and no registrations unless told otherwise. Override any method per test.
 */
import {
  DEFAULT_SETTINGS,
  type WorkbookInspection,
  type WorkbookPort,
} from "../../../src/workbook/port";
import { effectId } from "../../../src/domain/effect";
import { someLists } from "../../fixtures/effects";

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
    readEffects: async () => ({ effects: [], invalidRows: [] }),
    updateEffect: async (expected, next) => ({ ...expected, ...next }),
    fixInvalidRow: async () => {
      throw new Error("fixInvalidRow is not faked in this test");
    },
    readSettings: async () => DEFAULT_SETTINGS,
    saveSettings: async () => DEFAULT_SETTINGS,
    refreshSummary: async (filter = DEFAULT_SETTINGS.summaryFilter) => ({
      filter,
      effects: 0,
      invalidRows: 0,
      refreshedAt: "2026-03-01 14:05",
    }),
    ...overrides,
  };
  return Object.fromEntries(
    Object.entries(port).map(([name, method]) => [name, jest.fn(method)])
  ) as unknown as FakePort;
}
