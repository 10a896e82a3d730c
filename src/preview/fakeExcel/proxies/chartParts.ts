/** Chart title, legend and axes: the formatting the summary sheet sets. */
import { fail } from "../errors";
import type { ContextCore } from "../engine/context";
import { FakeClientObject, type Loaders, type Resolver } from "../engine/clientObject";
import type { ChartModel } from "../model/types";
import type { ChartHandle } from "./handles";

export class FakeChartTitle extends FakeClientObject<ChartHandle> {
  constructor(context: ContextCore, path: string, source: Resolver<ChartHandle>) {
    super(context, "ChartTitle", path, source);
    Object.preventExtensions(this);
  }
  protected override loaders(): Loaders<ChartHandle> {
    return { text: (h) => h.chart.title, visible: (h) => h.chart.title !== "" };
  }
  get text(): string {
    return this.readProp("text");
  }
  set text(text: string) {
    this.setProp("text", text, (h) => (h.chart.title = text));
  }
}

const LEGEND_POSITIONS = ["Top", "Bottom", "Left", "Right", "Corner", "Custom"];

export class FakeChartLegend extends FakeClientObject<ChartHandle> {
  constructor(context: ContextCore, path: string, source: Resolver<ChartHandle>) {
    super(context, "ChartLegend", path, source);
    Object.preventExtensions(this);
  }
  protected override loaders(): Loaders<ChartHandle> {
    return { position: (h) => h.chart.legendPosition, visible: (h) => h.chart.legendVisible };
  }
  get position(): string {
    return this.readProp("position");
  }
  set position(position: string) {
    this.setProp("position", position, (h) => {
      if (!LEGEND_POSITIONS.includes(position)) fail("InvalidArgument", "ChartLegend.position");
      h.chart.legendPosition = position;
    });
  }
  get visible(): boolean {
    return this.readProp("visible");
  }
  set visible(visible: boolean) {
    this.setProp("visible", visible, (h) => (h.chart.legendVisible = visible));
  }
}

type AxisKey = "valueAxis" | "categoryAxis";
type AxisModel = ChartModel[AxisKey];

export class FakeChartAxisTitle extends FakeClientObject<AxisModel> {
  constructor(context: ContextCore, path: string, source: Resolver<AxisModel>) {
    super(context, "ChartAxisTitle", path, source);
    Object.preventExtensions(this);
  }
  protected override loaders(): Loaders<AxisModel> {
    return { text: (a) => a.title, visible: (a) => a.title !== "" };
  }
  get text(): string {
    return this.readProp("text");
  }
  set text(text: string) {
    this.setProp("text", text, (a) => (a.title = text));
  }
}

export class FakeChartAxis extends FakeClientObject<AxisModel> {
  readonly title: FakeChartAxisTitle;
  constructor(context: ContextCore, path: string, source: Resolver<AxisModel>) {
    super(context, "ChartAxis", path, source);
    this.title = new FakeChartAxisTitle(context, `${path}.title`, () => this.handle());
    Object.preventExtensions(this);
  }
  protected override loaders(): Loaders<AxisModel> {
    return { numberFormat: (a) => a.numberFormat };
  }
  protected override navigation() {
    return { title: this.title };
  }
  get numberFormat(): string {
    return this.readProp("numberFormat");
  }
  set numberFormat(format: string) {
    this.setProp("numberFormat", format, (a) => (a.numberFormat = format));
  }
}

export class FakeChartAxes extends FakeClientObject<ChartHandle> {
  readonly valueAxis: FakeChartAxis;
  readonly categoryAxis: FakeChartAxis;
  constructor(context: ContextCore, path: string, source: Resolver<ChartHandle>) {
    super(context, "ChartAxes", path, source);
    const axis = (key: AxisKey) => () => {
      const h = this.handle();
      return h && h.chart[key];
    };
    this.valueAxis = new FakeChartAxis(context, `${path}.valueAxis`, axis("valueAxis"));
    this.categoryAxis = new FakeChartAxis(context, `${path}.categoryAxis`, axis("categoryAxis"));
    Object.preventExtensions(this);
  }
  protected override loaders(): Loaders<ChartHandle> {
    return {};
  }
  protected override navigation() {
    return { valueAxis: this.valueAxis, categoryAxis: this.categoryAxis };
  }
}
