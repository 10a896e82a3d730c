/**
 * Change notifications for the workbook view, from outside the simulated Excel: its `run` is
 * wrapped, so every `Excel.run` (the pane's, and anyone's through the installed global) tells
 * the listeners when it has ended, whether it succeeded or failed half-way (a batch is not a
 * transaction). A run's syncs follow each other within microseconds here, so one notice per
 * run shows the same as one per sync, without reaching into the fake's request context.
 */
import type { FakeExcel } from "./fakeExcel";

export interface NotifyingExcel {
  /** The same simulated Excel, with a `run` that notifies. Install and use this one. */
  fake: FakeExcel;
  /** Calls `listener` after every run; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Increases after every run: a snapshot for `useSyncExternalStore`. */
  version(): number;
  /** Tells the listeners of a change made outside a run: a co-author's, merged in. */
  notify(): void;
}

export function withChangeNotifications(fake: FakeExcel): NotifyingExcel {
  const listeners = new Set<() => void>();
  let version = 0;
  const notify = () => {
    version += 1;
    for (const listener of [...listeners]) listener();
  };
  const run: FakeExcel["Excel"]["run"] = (batch) => fake.Excel.run(batch).finally(() => notify());
  return {
    fake: { ...fake, Excel: { ...fake.Excel, run } },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    version: () => version,
    notify,
  };
}
