/**
 * Two tabs of the preview are two co-authors of one workbook: each tab is one replica
 * (fakeExcel/replicas.ts) and a BroadcastChannel stands in for the service that merges their
 * copies. What a tab's sync changed goes out as the replica's stamped changes; the other tabs
 * merge them `delayMs` later, with the replicas' rule (the later write of a cell wins), so a
 * person can watch two registrations race for the same row below the table.
 *
 * Time is each tab's clock, never behind the latest change it has seen, so a change made
 * after one has arrived is later than it on every copy.
 */
import type { FakeWorkbook } from "../fakeExcel";
import type { Change, Replica } from "../fakeExcel/replicas";

/** The part of BroadcastChannel this uses (Node's and the browser's alike). */
export interface TabChannel {
  postMessage(message: unknown): void;
  addEventListener(type: "message", listener: (event: MessageEvent) => void): void;
  removeEventListener(type: "message", listener: (event: MessageEvent) => void): void;
}

/** A copy to start from: a tab already open answers a new tab with its own. */
export interface Snapshot {
  model: FakeWorkbook;
  stamps: ReturnType<Replica["stamps"]>;
}

type Message =
  | { type: "changes"; changes: Change[] }
  | { type: "snapshotWanted" }
  | { type: "snapshot"; snapshot: Snapshot }
  /** A tab opened another workbook or started over: every tab starts afresh from the store. */
  | { type: "reopen" };

export interface TabCoauthorOptions {
  /** How long a change takes to reach the other tabs, as the service's merge takes seconds. */
  delayMs: number;
  now: () => number;
  /** A co-author's change has been merged into this tab's copy. */
  onMerged: () => void;
  onReopen: () => void;
}

export interface TabCoauthor {
  /** Sends what this tab's last sync changed (the replica's afterSync). */
  publish(): void;
  /** Tells the other tabs to start afresh; this tab does so itself. */
  announceReopen(): void;
  close(): void;
}

export function shareReplica(
  channel: TabChannel,
  replica: Replica,
  options: TabCoauthorOptions
): TabCoauthor {
  let latest = 0;
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const later = (act: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      act();
    }, options.delayMs);
    timers.add(timer);
  };
  const listener = (event: MessageEvent) => {
    const message = event.data as Message;
    if (message.type === "changes") {
      for (const change of message.changes) latest = Math.max(latest, change.time);
      later(() => {
        message.changes.forEach((change) => replica.merge(change));
        options.onMerged();
      });
    } else if (message.type === "snapshotWanted") {
      // Ranges that this tab's open batches track are its own run-time state, not the copy's.
      const model = { ...replica.model, trackedRanges: new Set<never>() };
      const snapshot: Snapshot = { model, stamps: replica.stamps() };
      channel.postMessage({ type: "snapshot", snapshot } satisfies Message);
    } else if (message.type === "reopen") {
      options.onReopen();
    }
  };
  channel.addEventListener("message", listener);
  return {
    publish() {
      latest = Math.max(options.now(), latest + 1);
      const changes = replica.takeChanges(latest);
      if (changes.length > 0) channel.postMessage({ type: "changes", changes } satisfies Message);
    },
    announceReopen: () => channel.postMessage({ type: "reopen" } satisfies Message),
    close() {
      channel.removeEventListener("message", listener);
      timers.forEach(clearTimeout);
    },
  };
}

/**
 * The copy of a tab already open, or undefined when none answers within `timeoutMs` or once
 * `giveUp` settles (say, the tab that was asked has closed). Asks again every `retryMs`,
 * since that tab may still be loading its own.
 */
export function requestSnapshot(
  channel: TabChannel,
  { timeoutMs, retryMs, giveUp }: { timeoutMs: number; retryMs: number; giveUp?: Promise<unknown> }
): Promise<Snapshot | undefined> {
  return new Promise((resolve) => {
    const ask = () => channel.postMessage({ type: "snapshotWanted" } satisfies Message);
    const retry = setInterval(ask, retryMs);
    const finish = (snapshot: Snapshot | undefined) => {
      clearInterval(retry);
      clearTimeout(timeout);
      channel.removeEventListener("message", listener);
      resolve(snapshot);
    };
    const timeout = setTimeout(() => finish(undefined), timeoutMs);
    void giveUp?.then(() => finish(undefined));
    const listener = (event: MessageEvent) => {
      const message = event.data as Message;
      if (message.type === "snapshot") finish(message.snapshot);
    };
    channel.addEventListener("message", listener);
    ask();
  });
}
