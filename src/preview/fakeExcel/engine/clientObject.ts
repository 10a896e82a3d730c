/**
 * The proxy base, mirroring the Office.js runtime (`@microsoft/office-js`
 * dist/excel-web-16.00.debug.js, ClientObject and Utility.throwIfNotLoaded):
 * - Creating a proxy queues its instantiation, so `getItem("missing")` fails the next sync
 *   even if nothing else uses it, and `isNullObject` is known after that sync without a load
 *   ("Office automatically loads this property when context.sync is called").
 * - Reading a property throws PropertyNotLoaded until a load of it has been synced.
 * - Setting a property keeps the written value on the proxy, and reading it back returns that
 *   value without a load (the runtime's setters store it: `this.m_values = value`). It is your
 *   input, not what Excel stored ("00123" reads back "00123", the cell holds 123).
 * - A null object reads every property as undefined, and commands on it do nothing (the
 *   runtime skips the not-loaded check when `_isNull`), or fail the sync under the quirk
 *   `nullObjectCommands: "throw"`.
 */
import { fail, notSimulated, propertyNotLoaded } from "../errors";
import type { ContextCore } from "./context";
import type { PendingResult } from "./command";

export type Resolver<H> = () => H | null;
export type Loaders<H> = Record<string, (handle: H) => unknown>;

export function parseLoadSpec(spec: unknown): string[] | undefined {
  if (spec === undefined || spec === null) return undefined;
  if (typeof spec === "string") return spec.split(",").flatMap((s) => (s.trim() ? [s.trim()] : []));
  if (Array.isArray(spec)) return spec.flatMap((s) => parseLoadSpec(s) ?? []);
  if (typeof spec === "object" && "select" in spec) return parseLoadSpec(spec.select);
  return notSimulated("this load() argument");
}

export abstract class FakeClientObject<H> {
  readonly context: ContextCore;
  protected readonly path: string;
  readonly #typeName: string;
  #handle: H | null | undefined;
  #isNull: boolean | undefined;
  readonly #values = new Map<string, unknown>();

  constructor(
    context: ContextCore,
    typeName: string,
    path: string,
    source: Resolver<H> | { handle: H }
  ) {
    this.context = context;
    this.#typeName = typeName;
    this.path = path;
    if (typeof source === "object") {
      this.#handle = source.handle;
      this.#isNull = false;
      return;
    }
    context.enqueue({
      wire: { op: "get", target: path, name: typeName },
      run: () => {
        const handle = source();
        this.#handle = handle;
        return { payload: undefined, apply: () => (this.#isNull = handle === null) };
      },
    });
  }

  get isNullObject(): boolean {
    if (this.#isNull === undefined) throw propertyNotLoaded("isNullObject", this.#typeName);
    return this.#isNull;
  }

  /** Scalar properties this proxy can load, read from the model at sync time. */
  protected abstract loaders(): Loaders<H>;

  /** Navigation properties reachable in load paths ("format/font/bold"). */
  protected navigation(): Record<string, { load(spec?: unknown): unknown }> {
    return {};
  }

  /** The resolved model object; only valid while a sync runs this proxy's commands. */
  handle(): H | null {
    if (this.#handle === undefined) fail("InvalidObjectPath", this.path);
    return this.#handle;
  }

  protected readProp<T>(name: string): T {
    if (this.#isNull === true) return undefined as T;
    if (!this.#values.has(name)) throw propertyNotLoaded(name, this.#typeName);
    return this.#values.get(name) as T;
  }

  /** Stores loaded values; collections call it on the items they create (internal). */
  receiveLoaded(values: Record<string, unknown>): void {
    for (const [name, value] of Object.entries(values)) this.#values.set(name, value);
  }

  protected setProp(name: string, value: unknown, apply: (handle: H) => void): void {
    this.#values.set(name, value);
    this.invoke("set", name, value, (handle) => {
      apply(handle);
    });
  }

  protected invoke(
    op: "set" | "call",
    name: string,
    args: unknown,
    apply: (handle: H) => PendingResult | void
  ): void {
    this.context.enqueue({
      wire: { op, target: this.path, name, args },
      run: () => {
        const handle = this.handle();
        // Office.js skips the check client-side; whether the host ignores or fails the
        // command is undocumented, so quirks.nullObjectCommands makes it fail.
        if (handle === null && this.context.engine.quirks.nullObjectCommands === "throw") {
          fail("InvalidObjectPath", `${this.path}.${name}`);
        }
        const result = handle === null ? undefined : apply(handle);
        return result && typeof result.apply === "function" ? result : undefined;
      },
    });
  }

  load(spec?: unknown): this {
    const names = parseLoadSpec(spec) ?? Object.keys(this.loaders());
    const own: string[] = [];
    for (const name of names) {
      const [head = "", ...rest] = name.split("/");
      const child = this.navigation()[head];
      if (child) child.load(rest.length > 0 ? rest.join("/") : undefined);
      else own.push(name);
    }
    if (own.length > 0) this.queueLoad(own);
    return this;
  }

  protected queueLoad(names: string[]): void {
    this.context.enqueue({
      wire: { op: "load", target: this.path, name: names.join(",") },
      run: () => {
        const handle = this.handle();
        if (handle === null) return undefined;
        const loaders = this.loaders();
        const values: Record<string, unknown> = {};
        for (const name of names) {
          const loader = loaders[name] ?? notSimulated(`loading ${this.#typeName}.${name}`);
          values[name] = loader(handle);
        }
        return { payload: values, apply: () => this.receiveLoaded(values) };
      },
    });
  }

  toJSON(): Record<string, unknown> {
    const json: Record<string, unknown> = {};
    for (const [name, value] of this.#values) {
      json[name] = value instanceof FakeClientObject ? value.toJSON() : value;
    }
    return json;
  }
}

/** `OfficeExtension.ClientResult`: `value` throws ValueNotLoaded until the sync is done. */
export class FakeClientResult<T> {
  #loaded = false;
  #value: T | undefined;

  get value(): T {
    if (!this.#loaded) fail("ValueNotLoaded", "clientResult.value");
    return this.#value as T;
  }

  settle(value: T): void {
    this.#loaded = true;
    this.#value = value;
  }
}
