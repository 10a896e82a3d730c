/**
 * Workbook settings (`context.workbook.settings`, ExcelApi 1.4): key/value pairs saved with
 * the document. Values are stored as JSON, as Excel does, so what comes back is a copy.
 */
import { fail } from "../errors";
import type { ContextCore } from "../engine/context";
import { FakeClientObject, type Loaders, type Resolver } from "../engine/clientObject";
import { FakeCollection } from "../engine/collection";
import type { FakeWorkbook } from "../model/types";
import { pathArgs } from "./handles";

interface SettingHandle {
  workbook: FakeWorkbook;
  key: string;
}

const copy = (value: unknown): unknown =>
  value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as unknown);

function stored(h: SettingHandle): unknown {
  if (!h.workbook.settings.has(h.key)) fail("ItemNotFound", "Setting");
  return copy(h.workbook.settings.get(h.key));
}

const settingLoaders: Loaders<SettingHandle> = { key: (h) => h.key, value: stored };

export class FakeSetting extends FakeClientObject<SettingHandle> {
  constructor(
    context: ContextCore,
    path: string,
    source: Resolver<SettingHandle> | { handle: SettingHandle }
  ) {
    super(context, "Setting", path, source);
    Object.preventExtensions(this);
  }
  protected override loaders(): Loaders<SettingHandle> {
    return settingLoaders;
  }
  get key(): string {
    return this.readProp("key");
  }
  get value(): unknown {
    return this.readProp("value");
  }
  set value(value: unknown) {
    this.setProp("value", value, (h) => {
      stored(h);
      h.workbook.settings.set(h.key, copy(value));
    });
  }
  delete(): void {
    this.invoke("call", "delete", [], (h) => {
      stored(h);
      h.workbook.settings.delete(h.key);
    });
  }
}

export class FakeSettingCollection extends FakeCollection<
  FakeWorkbook,
  SettingHandle,
  FakeSetting
> {
  constructor(context: ContextCore, path: string, source: Resolver<FakeWorkbook>) {
    super(context, "SettingCollection", path, source);
    Object.preventExtensions(this);
  }
  protected itemHandles(workbook: FakeWorkbook): SettingHandle[] {
    return [...workbook.settings.keys()].map((key) => ({ workbook, key }));
  }
  protected createItem(handle: SettingHandle, index: number): FakeSetting {
    return new FakeSetting(this.context, `${this.path}.items[${index}]`, { handle });
  }
  protected itemLoaders(): Loaders<SettingHandle> {
    return settingLoaders;
  }
  #find(method: string, key: string, orNull: boolean): FakeSetting {
    return new FakeSetting(this.context, `${this.path}.${method}(${pathArgs(key)})`, () => {
      const workbook = this.handle();
      if (!workbook) return null;
      if (workbook.settings.has(key)) return { workbook, key };
      return orNull ? null : fail("ItemNotFound", `SettingCollection.${method}`);
    });
  }
  getItem(key: string): FakeSetting {
    return this.#find("getItem", key, false);
  }
  getItemOrNullObject(key: string): FakeSetting {
    return this.#find("getItemOrNullObject", key, true);
  }
  /** Adds or replaces. */
  add(key: string, value: unknown): FakeSetting {
    this.invoke("call", "add", [key, value], (workbook) => {
      if (typeof key !== "string" || key === "") fail("InvalidArgument", "SettingCollection.add");
      workbook.settings.set(key, copy(value));
    });
    return this.#find("getItem", key, false);
  }
}
