/** Chart series: name, values and category (x-axis) sources as addresses. */
import { fail } from "../errors";
import type { ContextCore } from "../engine/context";
import { FakeClientObject, type Loaders, type Resolver } from "../engine/clientObject";
import { FakeCollection } from "../engine/collection";
import type { ChartModel, ChartSeriesModel } from "../model/types";
import { type ChartHandle, pathArgs } from "./handles";
import { type FakeRange, rangeArgAddress } from "./range";

interface SeriesHandle {
  chart: ChartModel;
  series: ChartSeriesModel;
}

const seriesLoaders: Loaders<SeriesHandle> = { name: (h) => h.series.name };

export class FakeChartSeries extends FakeClientObject<SeriesHandle> {
  constructor(
    context: ContextCore,
    path: string,
    source: Resolver<SeriesHandle> | { handle: SeriesHandle }
  ) {
    super(context, "ChartSeries", path, source);
    Object.preventExtensions(this);
  }
  protected override loaders(): Loaders<SeriesHandle> {
    return seriesLoaders;
  }
  get name(): string {
    return this.readProp("name");
  }
  set name(name: string) {
    this.setProp("name", name, (h) => Object.assign(h.series, { name, nameSource: "" }));
  }
  setValues(sourceData: FakeRange): void {
    this.invoke("call", "setValues", ["<Range>"], (h) => {
      h.series.valuesSource = rangeArgAddress(sourceData, "ChartSeries.setValues");
    });
  }
  setXAxisValues(sourceData: FakeRange): void {
    this.invoke("call", "setXAxisValues", ["<Range>"], (h) => {
      h.series.categoriesSource = rangeArgAddress(sourceData, "ChartSeries.setXAxisValues");
    });
  }
  delete(): void {
    this.invoke("call", "delete", [], (h) => {
      h.chart.series = h.chart.series.filter((s) => s !== h.series);
    });
  }
}

export class FakeChartSeriesCollection extends FakeCollection<
  ChartHandle,
  SeriesHandle,
  FakeChartSeries
> {
  constructor(context: ContextCore, path: string, source: Resolver<ChartHandle>) {
    super(context, "ChartSeriesCollection", path, source);
    Object.preventExtensions(this);
  }
  protected itemHandles(h: ChartHandle): SeriesHandle[] {
    return h.chart.series.map((series) => ({ chart: h.chart, series }));
  }
  protected createItem(handle: SeriesHandle, index: number): FakeChartSeries {
    return new FakeChartSeries(this.context, `${this.path}.items[${index}]`, { handle });
  }
  protected itemLoaders(): Loaders<SeriesHandle> {
    return seriesLoaders;
  }
  getItemAt(index: number): FakeChartSeries {
    return new FakeChartSeries(this.context, `${this.path}.getItemAt(${index})`, () => {
      const h = this.handle();
      if (!h) return null;
      return this.itemHandles(h)[index] ?? fail("ItemNotFound", "ChartSeriesCollection.getItemAt");
    });
  }
  /** A new empty series; give it values with setValues. */
  add(name?: string, index?: number): FakeChartSeries {
    let created: SeriesHandle | undefined;
    this.invoke("call", "add", [name, index], (h) => {
      const series: ChartSeriesModel = {
        name: name ?? `Series${h.chart.series.length + 1}`,
        nameSource: "",
        valuesSource: "",
        categoriesSource: "",
      };
      const at = index === undefined ? h.chart.series.length : index;
      h.chart.series.splice(at, 0, series);
      created = { chart: h.chart, series };
    });
    return new FakeChartSeries(
      this.context,
      `${this.path}.add(${pathArgs(name)})`,
      () => created ?? null
    );
  }
}
