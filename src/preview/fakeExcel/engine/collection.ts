/**
 * Collections: `items` is available only after `load("items/name")` (or "items", or a bare
 * item property such as "name") and a sync; the items are new proxies with those values.
 * `getCount()` returns a ClientResult, as in Office.js.
 */
import { notSimulated } from "../errors";
import { FakeClientObject, FakeClientResult, type Loaders, parseLoadSpec } from "./clientObject";

export abstract class FakeCollection<
  H,
  IH,
  I extends FakeClientObject<IH>,
> extends FakeClientObject<H> {
  protected abstract itemHandles(handle: H): IH[];
  /** Makes an item proxy for an already-resolved handle (no instantiation is queued). */
  protected abstract createItem(handle: IH, index: number): I;
  protected abstract itemLoaders(): Loaders<IH>;

  protected override loaders(): Loaders<H> {
    return { count: (h) => this.itemHandles(h).length };
  }

  get items(): I[] {
    return this.readProp<I[]>("items");
  }

  get count(): number {
    return this.readProp<number>("count");
  }

  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>();
    this.invoke("call", "getCount", [], (h) => {
      const count = this.itemHandles(h).length;
      return { payload: count, apply: () => result.settle(count) };
    });
    return result;
  }

  override load(spec?: unknown): this {
    const names = parseLoadSpec(spec) ?? ["items"];
    const own = names.filter((n) => n in this.loaders());
    const itemProps = names
      .filter((n) => !(n in this.loaders()))
      .flatMap((n) =>
        n === "items" ? Object.keys(this.itemLoaders()) : [n.replace(/^items\//, "")]
      );
    this.context.enqueue({
      wire: { op: "load", target: this.path, name: names.join(",") },
      run: () => {
        const handle = this.handle();
        if (handle === null) return undefined;
        const handles = this.itemHandles(handle);
        const itemLoaders = this.itemLoaders();
        const values = handles.map((ih) => {
          const entry: Record<string, unknown> = {};
          for (const name of itemProps) {
            const loader = itemLoaders[name] ?? notSimulated(`loading items/${name} here`);
            entry[name] = loader(ih);
          }
          return entry;
        });
        const ownValues: Record<string, unknown> = {};
        for (const name of own) ownValues[name] = this.loaders()[name]?.(handle);
        const wantsItems = itemProps.length > 0 || names.includes("items");
        return {
          payload: { ...ownValues, ...(wantsItems ? { items: values } : {}) },
          apply: () => {
            if (!wantsItems) return this.receiveLoaded(ownValues);
            const items = handles.map((ih, i) => {
              const item = this.createItem(ih, i);
              item.receiveLoaded(values[i] ?? {});
              return item;
            });
            this.receiveLoaded({ ...ownValues, items });
          },
        };
      },
    });
    return this;
  }

  override toJSON(): Record<string, unknown> {
    const json = super.toJSON();
    const items = json.items;
    return Array.isArray(items)
      ? {
          ...json,
          items: items.map((i: unknown) => (i instanceof FakeClientObject ? i.toJSON() : i)),
        }
      : json;
  }
}
