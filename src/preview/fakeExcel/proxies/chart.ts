/**
 * Excel.Chart and Excel.ChartCollection. Charts live on the model so tests can check type,
 * series and source addresses; they are not rendered and are not saved to .xlsx (ExcelJS
 * cannot write charts).
 */
import { fail } from "../errors";
import type { ContextCore } from "../engine/context";
import { FakeClientObject, type Loaders, type Resolver } from "../engine/clientObject";
import { FakeCollection } from "../engine/collection";
import { formatAddress } from "../model/address";
import { createChart, deriveSeries, resolveSeriesBy } from "../model/charts";
import type { SheetModel } from "../model/types";
import { FakeChartAxes, FakeChartLegend, FakeChartTitle } from "./chartParts";
import { FakeChartSeriesCollection } from "./chartSeries";
import { type ChartHandle, live, pathArgs, rectOf } from "./handles";
import { type FakeRange, rangeArg, rangeArgAddress } from "./range";

const chartLoaders: Loaders<ChartHandle> = {
  id: (h) => h.chart.id,
  name: (h) => h.chart.name,
  chartType: (h) => h.chart.type,
};

export class FakeChart extends FakeClientObject<ChartHandle> {
  // Created on first use, like FakeTable's parts: an untouched proxy must not cost a round trip.
  #title: FakeChartTitle | undefined;
  #legend: FakeChartLegend | undefined;
  #axes: FakeChartAxes | undefined;
  #series: FakeChartSeriesCollection | undefined;

  constructor(
    context: ContextCore,
    path: string,
    source: Resolver<ChartHandle> | { handle: ChartHandle }
  ) {
    super(context, "Chart", path, source);
    Object.preventExtensions(this);
  }
  get title(): FakeChartTitle {
    this.#title ??= new FakeChartTitle(this.context, `${this.path}.title`, () => this.handle());
    return this.#title;
  }
  get legend(): FakeChartLegend {
    this.#legend ??= new FakeChartLegend(this.context, `${this.path}.legend`, () => this.handle());
    return this.#legend;
  }
  get axes(): FakeChartAxes {
    this.#axes ??= new FakeChartAxes(this.context, `${this.path}.axes`, () => this.handle());
    return this.#axes;
  }
  get series(): FakeChartSeriesCollection {
    const path = `${this.path}.series`;
    this.#series ??= new FakeChartSeriesCollection(this.context, path, () => this.handle());
    return this.#series;
  }
  protected override loaders(): Loaders<ChartHandle> {
    return chartLoaders;
  }
  protected override navigation() {
    return { title: this.title, legend: this.legend, axes: this.axes, series: this.series };
  }
  get id(): string {
    return this.readProp("id");
  }
  get name(): string {
    return this.readProp("name");
  }
  set name(name: string) {
    this.setProp("name", name, (h) => (live(h.chart, "Chart").name = name));
  }
  get chartType(): string {
    return this.readProp("chartType");
  }
  set chartType(type: string) {
    this.setProp("chartType", type, (h) => (live(h.chart, "Chart").type = type));
  }
  setPosition(startCell: FakeRange | string, endCell?: FakeRange | string): void {
    const wire = [startCell, endCell].map((c) => (typeof c === "string" ? c : c && "<Range>"));
    this.invoke("call", "setPosition", wire, (h) => {
      const address = (c: FakeRange | string | undefined) =>
        c === undefined ? "" : typeof c === "string" ? c : rangeArgAddress(c, "Chart.setPosition");
      live(h.chart, "Chart").position = {
        startCell: address(startCell),
        endCell: address(endCell),
      };
    });
  }
  setData(sourceData: FakeRange, seriesBy?: string): void {
    this.invoke("call", "setData", ["<Range>", seriesBy], (h) => {
      const source = rangeArg(sourceData, "Chart.setData");
      const by = resolveSeriesBy(rectOf(source), seriesBy);
      Object.assign(live(h.chart, "Chart"), {
        seriesBy: by,
        sourceAddress: formatAddress(source.sheet.name, rectOf(source)),
        series: deriveSeries(source.sheet, rectOf(source), by),
      });
    });
  }
  delete(): void {
    this.invoke("call", "delete", [], (h) => {
      h.sheet.charts = h.sheet.charts.filter((c) => c !== h.chart);
      h.chart.deleted = true;
    });
  }
}

export class FakeChartCollection extends FakeCollection<SheetModel, ChartHandle, FakeChart> {
  constructor(context: ContextCore, path: string, source: Resolver<SheetModel>) {
    super(context, "ChartCollection", path, source);
    Object.preventExtensions(this);
  }
  protected itemHandles(sheet: SheetModel): ChartHandle[] {
    return sheet.charts.map((chart) => ({ sheet, chart }));
  }
  protected createItem(handle: ChartHandle, index: number): FakeChart {
    return new FakeChart(this.context, `${this.path}.items[${index}]`, { handle });
  }
  protected itemLoaders(): Loaders<ChartHandle> {
    return chartLoaders;
  }
  #find(method: string, key: string | number, orNull: boolean): FakeChart {
    return new FakeChart(this.context, `${this.path}.${method}(${pathArgs(key)})`, () => {
      const sheet = this.handle();
      if (!sheet) return null;
      const charts = this.itemHandles(sheet);
      const found =
        typeof key === "number" ? charts[key] : charts.find((h) => h.chart.name === key);
      return found ?? (orNull ? null : fail("ItemNotFound", `ChartCollection.${method}`));
    });
  }
  getItem(name: string): FakeChart {
    return this.#find("getItem", name, false);
  }
  getItemOrNullObject(name: string): FakeChart {
    return this.#find("getItemOrNullObject", name, true);
  }
  getItemAt(index: number): FakeChart {
    return this.#find("getItemAt", index, false);
  }
  add(type: string, sourceData: FakeRange, seriesBy?: string): FakeChart {
    let created: ChartHandle | undefined;
    this.invoke("call", "add", [type, "<Range>", seriesBy], (sheet) => {
      const source = rangeArg(sourceData, "ChartCollection.add");
      const chart = createChart(
        this.context.model,
        sheet,
        type,
        { sheet: source.sheet, rect: rectOf(source) },
        seriesBy
      );
      created = { sheet, chart };
    });
    return new FakeChart(
      this.context,
      `${this.path}.add(${pathArgs(type)})`,
      () => created ?? null
    );
  }
}
