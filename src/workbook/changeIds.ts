/**
 * One id per change, shared by its log lines. A call that failed keeps its id for the same
 * change: calling again (the pane's "Försök igen") writes the same id, and first looks for the
 * lines the failed attempt may have written before the change itself was lost (a batch is not
 * a transaction), so that they are not written twice.
 */
import type { LogLine } from "../domain/logSchema";

/** A change about to be written: its id, its lines carrying it, and whether it was tried before. */
export interface RecordedChange {
  id: string;
  lines: LogLine[];
  retry: boolean;
}

export interface ChangeIds {
  /** Runs `write` with the change's id; the id is kept for a retry when `write` fails. */
  record<T>(lines: readonly LogLine[], write: (change: RecordedChange) => Promise<T>): Promise<T>;
}

export function createChangeIds(newChangeId: () => string): ChangeIds {
  const failed = new Map<string, string>();
  return {
    async record(lines, write) {
      // The same change is the same lines, whenever they are written.
      const key = JSON.stringify(lines.map(({ time: _time, change: _change, ...line }) => line));
      const earlier = failed.get(key);
      const id = earlier ?? newChangeId();
      failed.set(key, id);
      const changed = lines.map((line) => ({ ...line, change: id }));
      const result = await write({ id, lines: changed, retry: earlier !== undefined });
      failed.delete(key);
      return result;
    },
  };
}
