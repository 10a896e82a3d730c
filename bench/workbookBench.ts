/**
 * What each workbook operation costs on the simulated Excel at 1 000 / 10 000 / 100 000 rows:
 * round trips (syncs), the largest request and response of any one sync (Excel on the web
 * refuses 5 MB), and wall time. The real adapter (createExcelWorkbook) on the committed
 * template, the table filled straight into the model (bigTable.ts).
 */
import type { Effect, EffectInput } from "../src/domain/effect";
import type { WorkbookPort } from "../src/workbook/port";
import { summaryInputs } from "../tests/fixtures/summaryEffects";
import { inputOf } from "../tests/workbook/support/adapterOnFake";
import { filledWorkbook } from "./bigTable";
import { kib, num, printTable, progress, timed, verdict, type Cell } from "./report";

const FIVE_MB = 5 * 1024 * 1024;
/** Issue 6's targets for the syncs of one operation. */
const APPEND_ONE_MAX_SYNCS = 2;
const REFRESH = { rows: 10_000, maxSyncs: 5 };

interface Operation {
  name: string;
  run(port: WorkbookPort, state: { effects: Effect[] }): Promise<unknown>;
  /** The sync target, when issue 6 sets one for this operation at this size. */
  syncTarget?(rows: number): number | undefined;
}

const someInputs = (count: number): EffectInput[] => {
  const varied = summaryInputs();
  return Array.from({ length: count }, (_, i) => varied[i % varied.length] as EffectInput);
};

/** In this order: the reads see the appended rows, the update edits a row that was read. */
const OPERATIONS: readonly Operation[] = [
  {
    name: "append 1",
    run: (port) => port.appendEffects(someInputs(1), { registeredBy: "Bench" }),
    syncTarget: () => APPEND_ONE_MAX_SYNCS,
  },
  {
    name: "append 100",
    run: (port) => port.appendEffects(someInputs(100), { registeredBy: "Bench" }),
  },
  {
    name: "read all",
    run: async (port, state) => {
      const reading = await port.readEffects();
      if (reading.invalidRows.length > 0) throw new Error("the bench's rows should all be valid");
      state.effects = reading.effects;
    },
  },
  {
    name: "update 1",
    run: (port, { effects }) => {
      const target = effects[Math.floor(effects.length / 2)];
      if (!target) throw new Error("nothing was read to update");
      return port.updateEffect(target, { ...inputOf(target), comment: "Uppdaterad" });
    },
  },
  {
    name: "refresh summary",
    run: (port) => port.refreshSummary({ year: null, department: null }),
    syncTarget: (rows) => (rows === REFRESH.rows ? REFRESH.maxSyncs : undefined),
  },
];

async function measure(rows: number): Promise<Cell[][]> {
  progress(`workbook: filling a table of ${num(rows)} rows`);
  const { fake, port } = await filledWorkbook(rows);
  const state = { effects: [] as Effect[] };
  const lines: Cell[][] = [];
  for (const operation of OPERATIONS) {
    progress(`workbook: ${operation.name} at ${num(rows)} rows`);
    fake.stats.reset();
    const { ms } = await timed(() => operation.run(port, state));
    const { syncs, maxRequestBytes, maxResponseBytes } = fake.stats;
    const maxSyncs = operation.syncTarget?.(rows);
    lines.push([
      num(rows),
      operation.name,
      syncs,
      maxSyncs === undefined ? "" : verdict(syncs <= maxSyncs, `≤ ${maxSyncs}`),
      kib(maxRequestBytes),
      kib(maxResponseBytes),
      verdict(Math.max(maxRequestBytes, maxResponseBytes) < FIVE_MB, "< 5 MB"),
      num(ms),
    ]);
  }
  return lines;
}

export async function runWorkbookBench(sizes: readonly number[]): Promise<void> {
  const rows: Cell[][] = [];
  for (const size of sizes) rows.push(...(await measure(size)));
  printTable(
    "Workbook: each operation on the simulated Excel (real adapter, committed template)",
    ["rows", "operation", "syncs", "target", "max request", "max response", "payload", "ms"],
    rows,
    "rlrlrrlr"
  );
}
