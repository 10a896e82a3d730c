/** Cost instrumentation and fault injection, one set per simulated Excel (co-author). */
import type { WireCommand } from "./command";

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  commands: number;
}

export class FakeStats {
  /** Round trips: syncs that had something queued (an empty sync sends nothing). */
  syncs = 0;
  perSync: SyncRecord[] = [];
  maxRequestBytes = 0;
  maxResponseBytes = 0;
  screenUpdatingSuspensions = 0;

  record(entry: SyncRecord): void {
    this.syncs += 1;
    this.perSync.push(entry);
    this.maxRequestBytes = Math.max(this.maxRequestBytes, entry.requestBytes);
    this.maxResponseBytes = Math.max(this.maxResponseBytes, entry.responseBytes);
  }

  reset(): void {
    this.syncs = 0;
    this.perSync = [];
    this.maxRequestBytes = 0;
    this.maxResponseBytes = 0;
    this.screenUpdatingSuspensions = 0;
  }
}

export interface SyncFault {
  code: string;
  /** "before": nothing of the batch applied. "after": all applied, the response lost. */
  mode: "before" | "after";
}

export type CommandPredicate = (command: WireCommand, indexInBatch: number) => boolean;

export class FakeFaults {
  #syncFaults = new Map<number, SyncFault>();
  #commandFaults: Array<{ predicate: CommandPredicate; code: string }> = [];
  #syncsSeen = 0;

  /** Makes the nth sync from now (1 = the next one) fail; a string option is the code. */
  failSync(n = 1, options: string | Partial<SyncFault> = {}): void {
    if (typeof options === "string") options = { code: options };
    const mode = options.mode ?? "before";
    const code = options.code ?? (mode === "after" ? "ConnectionFailure" : "GeneralException");
    this.#syncFaults.set(this.#syncsSeen + n, { code, mode });
  }

  /** Fails the first queued command that matches, once: the batch applies up to it. */
  failCommand(predicate: CommandPredicate, code = "GeneralException"): void {
    this.#commandFaults.push({ predicate, code });
  }

  clear(): void {
    this.#syncFaults.clear();
    this.#commandFaults = [];
  }

  /** Called once per round trip. */
  nextSync(): SyncFault | undefined {
    this.#syncsSeen += 1;
    const fault = this.#syncFaults.get(this.#syncsSeen);
    this.#syncFaults.delete(this.#syncsSeen);
    return fault;
  }

  commandFault(command: WireCommand, index: number): string | undefined {
    const i = this.#commandFaults.findIndex((f) => f.predicate(command, index));
    if (i < 0) return undefined;
    const [fault] = this.#commandFaults.splice(i, 1);
    return fault?.code;
  }
}
