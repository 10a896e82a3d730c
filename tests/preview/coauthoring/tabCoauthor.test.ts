/**
 * Two tabs of the preview as two co-authors (src/preview/coauthoring/tabCoauthor.ts): each tab
 * one replica, Node's BroadcastChannel between them as between two browser tabs, the merge the
 * replicas' own (the later write of a cell wins, on every copy).
 */
import { createFakeExcel, type FakeWorkbook } from "../../../src/preview/fakeExcel";
import { createReplica } from "../../../src/preview/fakeExcel/replicas";
import {
  requestSnapshot,
  shareReplica,
  type Snapshot,
} from "../../../src/preview/coauthoring/tabCoauthor";
import {
  appendBelowSharedTable,
  sharedTableBody,
  sharedTableWorkbook,
} from "../fakeExcel/fixtures";

const CHANNEL = "effektiviseringar-test";
const DELAY_MS = 30;
const open: { close(): void }[] = [];

afterEach(() => open.splice(0).forEach((item) => item.close()));

function channel() {
  const opened = new BroadcastChannel(CHANNEL);
  open.push(opened);
  return opened;
}

/** One tab: its replica, its Excel, its link to the others; `clock` is the tab's now(). */
function tab(base: FakeWorkbook, author: number, clock: () => number, stamps?: Snapshot["stamps"]) {
  const replica = createReplica(base, author, stamps);
  const merges: number[] = [];
  const reopened: number[] = [];
  const share = shareReplica(channel(), replica, {
    delayMs: DELAY_MS,
    now: clock,
    onMerged: () => merges.push(Date.now()),
    onReopen: () => reopened.push(author),
  });
  const excel = createFakeExcel(replica.model, {
    replica: { beforeSync: () => undefined, afterSync: () => share.publish() },
  });
  open.push(share);
  return { excel, replica, merges, reopened, share };
}

const append = appendBelowSharedTable;
const body = sharedTableBody;
const template = sharedTableWorkbook;

/** Waits until `list` has `n` entries (merges, reopens): by events, never a fixed sleep. */
async function until(list: readonly unknown[], n: number): Promise<void> {
  for (const deadline = Date.now() + 10_000; list.length < n;) {
    if (Date.now() > deadline) throw new Error(`waited for ${n}, got ${list.length}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

it("den andra flikens rad syns först efter fördröjningen, sedan i båda", async () => {
  const base = await template();
  const anna = tab(base, 1, Date.now);
  const bo = tab(base, 2, Date.now);
  await append(bo.excel, "E-bo");
  const sentAt = Date.now();
  await until(anna.merges, 1);
  // Never before the delay (timers do not fire early, however busy the machine).
  expect(anna.merges[0]! - sentAt).toBeGreaterThanOrEqual(DELAY_MS - 1);
  const both = [
    ["E-1", "första"],
    ["E-bo", "E-bo"],
  ];
  expect(await body(anna.excel)).toEqual(both);
  expect(await body(bo.excel)).toEqual(both);
  expect(anna.merges).toHaveLength(1);
});

it.each([
  ["Anna skriver senare", 200, 100, "E-anna"],
  ["Bo skriver senare", 100, 200, "E-bo"],
  ["samma tid: den högre medförfattaren", 100, 100, "E-bo"],
])(
  "två flikar skriver i samma rad under tabellen: den senare vinner i båda (%s)",
  async (_, annaTime, boTime, winner) => {
    const base = await template();
    const anna = tab(base, 1, () => annaTime);
    const bo = tab(base, 2, () => boTime);
    await Promise.all([append(anna.excel, "E-anna"), append(bo.excel, "E-bo")]);
    await Promise.all([until(anna.merges, 1), until(bo.merges, 1)]);
    const merged = [
      ["E-1", "första"],
      [winner, winner],
    ];
    expect(await body(anna.excel)).toEqual(merged);
    expect(await body(bo.excel)).toEqual(merged);
  }
);

it("den som skriver efter att ha sett den andras rad hamnar under den, även med en klocka som går efter", async () => {
  const base = await template();
  const anna = tab(base, 2, () => 1_000);
  const bo = tab(base, 1, () => 5); // Bo's clock is behind Anna's: his write still comes later.
  await append(anna.excel, "E-anna");
  await until(bo.merges, 1);
  await append(bo.excel, "E-bo");
  await until(anna.merges, 1);
  const all = [
    ["E-1", "första"],
    ["E-anna", "E-anna"],
    ["E-bo", "E-bo"],
  ];
  expect(await body(anna.excel)).toEqual(all);
  expect(await body(bo.excel)).toEqual(all);
});

it("en ny flik börjar från en öppen fliks kopia och hör dess senare ändringar", async () => {
  const base = await template();
  const anna = tab(base, 1, Date.now);
  await append(anna.excel, "E-anna");
  const snapshot = await requestSnapshot(channel(), { timeoutMs: 1_000, retryMs: 50 });
  expect(snapshot).toBeDefined();
  const bo = tab(snapshot!.model, 2, Date.now, snapshot!.stamps);
  expect(await body(bo.excel)).toEqual([
    ["E-1", "första"],
    ["E-anna", "E-anna"],
  ]);
  await append(anna.excel, "E-anna-2");
  await until(bo.merges, 1);
  expect(await body(bo.excel)).toHaveLength(3);
});

it("utan någon öppen flik kommer ingen kopia", async () => {
  expect(await requestSnapshot(channel(), { timeoutMs: 100, retryMs: 30 })).toBeUndefined();
});

it("slutar vänta på en kopia när den som skulle svara har stängts", async () => {
  const started = Date.now();
  const giveUp = Promise.resolve();
  const wait = { timeoutMs: 60_000, retryMs: 30, giveUp };
  expect(await requestSnapshot(channel(), wait)).toBeUndefined();
  expect(Date.now() - started).toBeLessThan(30_000);
});

it("när en flik öppnar en annan arbetsbok börjar de andra om", async () => {
  const base = await template();
  const anna = tab(base, 1, Date.now);
  const bo = tab(base, 2, Date.now);
  anna.share.announceReopen();
  await until(bo.reopened, 1);
  expect(bo.reopened).toEqual([2]);
  expect(anna.reopened).toEqual([]);
});
