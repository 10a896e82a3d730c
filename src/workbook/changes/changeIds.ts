/**
 * One id per change, shared by its log lines. A call that failed keeps its id for the same
 * change: calling again (the pane's "Försök igen") writes the same id, and first looks for the
 * lines the failed attempt may have written before the change itself was lost (a batch is not
 * a transaction), so that they are not written twice. Several changes written in one batch
 * (one per row) each keep their own id, so a retry finds exactly the rows whose lines landed.
 *
 * The lines of every change that landed are kept, per effect, until the save's later
 * confirmation (confirmSaved.ts) has seen them in the log after co-authors' changes arrived:
 * a co-author's line written into the same row below the log can take a line's place.
 */
import type { LogLine } from "../../domain/trust/logSchema";

/** A change about to be written: its id, its lines carrying it, and whether it was tried before. */
export interface RecordedChange {
  id: string;
  lines: LogLine[];
  retry: boolean;
}

export interface ChangeIds {
  /** Runs `write` with the change's id; the id is kept for a retry when `write` fails. */
  record<T>(lines: readonly LogLine[], write: (change: RecordedChange) => Promise<T>): Promise<T>;
  /**
   * The same for several changes written together, each with its own id, in the order given;
   * `landed` says which of them `write` wrote (all, by default).
   */
  recordEach<T>(
    changes: readonly (readonly LogLine[])[],
    write: (changes: RecordedChange[]) => Promise<T>,
    landed?: (result: T, changes: RecordedChange[]) => readonly RecordedChange[]
  ): Promise<T>;
  /** The lines written for these effects that no confirmation has seen yet. */
  unconfirmed(ids: ReadonlySet<string>): LogLine[];
  /** Forgets the lines of these effects: a confirmation saw them (or wrote them again). */
  confirmed(ids: ReadonlySet<string>): void;
}

export function createChangeIds(newChangeId: () => string): ChangeIds {
  const failed = new Map<string, string>();
  const landedLines = new Map<string, LogLine[]>();
  const keep = (lines: readonly LogLine[]) => {
    for (const line of lines) landedLines.set(line.id, [...(landedLines.get(line.id) ?? []), line]);
  };
  const recordEach: ChangeIds["recordEach"] = async (changes, write, landed) => {
    // The same change is the same lines, whenever they are written.
    const keys = changes.map((lines) =>
      JSON.stringify(lines.map(({ time: _time, change: _change, ...line }) => line))
    );
    const recorded = changes.map((lines, i): RecordedChange => {
      const key = keys[i] as string;
      const earlier = failed.get(key);
      const id = earlier ?? newChangeId();
      failed.set(key, id);
      return {
        id,
        lines: lines.map((line) => ({ ...line, change: id })),
        retry: earlier !== undefined,
      };
    });
    const result = await write(recorded);
    for (const key of keys) failed.delete(key);
    for (const change of landed ? landed(result, recorded) : recorded) keep(change.lines);
    return result;
  };
  return {
    recordEach,
    record: (lines, write) => recordEach([lines], ([change]) => write(change as RecordedChange)),
    unconfirmed: (ids) => [...ids].flatMap((id) => landedLines.get(id) ?? []),
    confirmed: (ids) => ids.forEach((id) => landedLines.delete(id)),
  };
}
