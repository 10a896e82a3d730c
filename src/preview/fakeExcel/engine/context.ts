/**
 * The request context: commands queue up in order and reach the workbook only at `sync()`.
 * - A sync runs its commands in one go against the shared model, so each sync is atomic with
 *   respect to other co-authors' syncs.
 * - Not a transaction: when a command fails, the commands before it stay applied, the rest are
 *   dropped and `sync()` rejects (learn.microsoft.com "Error handling with the
 *   application-specific JavaScript APIs"); loaded values of a failed sync never arrive.
 * - A request or response over 5 MB fails. An oversized request is rejected whole, before
 *   anything runs; the response limit trips at the load that crosses it (earlier commands
 *   stay applied: the fake's assumption, Microsoft does not say).
 */
import { fail, FakeOfficeError } from "../errors";
import type { FakeWorkbook, TrackedRange } from "../model/types";
import { type Command, jsonSize, PAYLOAD_LIMIT_BYTES, type PendingResult } from "./command";
import type { FakeFaults, FakeStats } from "./instruments";
import type { FakeExcelQuirks } from "../quirks";

export interface Engine {
  model: FakeWorkbook;
  stats: FakeStats;
  faults: FakeFaults;
  /** What this host does where real Excel may differ from the documentation (quirks.ts). */
  quirks: FakeExcelQuirks;
  /** A co-author's copy (replicas.ts): others' changes arrive before, ours leave after a sync. */
  replica?: ReplicaHooks;
}

export interface ReplicaHooks {
  beforeSync(): void;
  afterSync(): void;
}

export class ContextCore {
  readonly engine: Engine;
  #queue: Command[] = [];
  #closed = false;
  #tracked: TrackedRange[] = [];

  constructor(engine: Engine) {
    this.engine = engine;
  }

  get model(): FakeWorkbook {
    return this.engine.model;
  }

  enqueue(command: Command): void {
    // After Excel.run ends its objects are released; Office.js then rejects their use.
    if (this.#closed) fail("InvalidObjectPath", command.wire.target);
    this.#queue.push(command);
  }

  /** Ranges are tracked while their batch runs, so inserts move them (see model/shift). */
  track(range: TrackedRange): void {
    this.#tracked.push(range);
    this.model.trackedRanges.add(range);
  }

  close(): void {
    this.#closed = true;
    for (const range of this.#tracked) this.model.trackedRanges.delete(range);
    this.#tracked = [];
  }

  sync(): Promise<void> {
    const batch = this.#queue;
    this.#queue = [];
    if (batch.length === 0) return Promise.resolve();
    const replica = this.engine.replica;
    replica?.beforeSync();
    try {
      this.#execute(batch);
      return Promise.resolve();
    } catch (error) {
      return Promise.reject(error);
    } finally {
      // Not a transaction: what ran before a failing command is sent on too.
      replica?.afterSync();
    }
  }

  /** Older Excel on the web reports an oversized payload as a general error (quirks.ts). */
  #payloadCode(side: "Request" | "Response") {
    if (this.engine.quirks.payloadError === "general") return "GeneralException" as const;
    return `${side}PayloadSizeLimitExceeded` as const;
  }

  #execute(batch: Command[]): void {
    const { stats, faults } = this.engine;
    const requestBytes = jsonSize(batch.map((c) => c.wire));
    const fault = faults.nextSync();
    const results: PendingResult[] = [];
    let responseBytes = 0;
    try {
      if (fault?.mode === "before") throw new FakeOfficeError(fault.code);
      if (requestBytes > PAYLOAD_LIMIT_BYTES) fail(this.#payloadCode("Request"));
      batch.forEach((command, index) => {
        const code = faults.commandFault(command.wire, index);
        if (code) throw new FakeOfficeError(code, undefined, command.wire.target);
        const result = command.run();
        if (!result) return;
        responseBytes += jsonSize(result.payload);
        if (responseBytes > PAYLOAD_LIMIT_BYTES) fail(this.#payloadCode("Response"));
        results.push(result);
      });
    } finally {
      stats.record({ requestBytes, responseBytes, commands: batch.length });
    }
    if (fault?.mode === "after") throw new FakeOfficeError(fault.code);
    for (const result of results) result.apply();
  }
}
