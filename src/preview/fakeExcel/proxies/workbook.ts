/** The request context and its roots: `context.workbook` and `context.application`. */
import { ContextCore, type Engine } from "../engine/context";
import { FakeClientObject, type Loaders, type Resolver } from "../engine/clientObject";
import type { FakeWorkbook } from "../model/types";
import { FakeSettingCollection } from "./settings";
import { FakeTableCollection } from "./table";
import { FakeWorksheetCollection } from "./worksheets";

export class FakeApplication extends FakeClientObject<FakeWorkbook> {
  constructor(context: ContextCore, source: Resolver<FakeWorkbook>) {
    super(context, "Application", "application", source);
    Object.preventExtensions(this);
  }
  protected override loaders(): Loaders<FakeWorkbook> {
    return {};
  }
  /** A real command in Office.js (so it costs a round trip if alone); counted in stats. */
  suspendScreenUpdatingUntilNextSync(): void {
    this.invoke("call", "suspendScreenUpdatingUntilNextSync", [], () => {
      this.context.engine.stats.screenUpdatingSuspensions += 1;
    });
  }
}

export class FakeWorkbookObject extends FakeClientObject<FakeWorkbook> {
  readonly #context: FakeRequestContext;
  #worksheets: FakeWorksheetCollection | undefined;
  #tables: FakeTableCollection | undefined;
  #settings: FakeSettingCollection | undefined;

  constructor(context: FakeRequestContext, source: Resolver<FakeWorkbook>) {
    super(context, "Workbook", "workbook", source);
    this.#context = context;
    Object.preventExtensions(this);
  }
  protected override loaders(): Loaders<FakeWorkbook> {
    return {};
  }
  get application(): FakeApplication {
    return this.#context.application;
  }
  get worksheets(): FakeWorksheetCollection {
    this.#worksheets ??= new FakeWorksheetCollection(this.context, "workbook.worksheets", () =>
      this.handle()
    );
    return this.#worksheets;
  }
  get tables(): FakeTableCollection {
    this.#tables ??= new FakeTableCollection(this.context, "workbook.tables", () => {
      const workbook = this.handle();
      return workbook && { workbook };
    });
    return this.#tables;
  }
  get settings(): FakeSettingCollection {
    this.#settings ??= new FakeSettingCollection(this.context, "workbook.settings", () =>
      this.handle()
    );
    return this.#settings;
  }
}

/** Like Excel.RequestContext; roots are created on first use, as in Office.js. */
export class FakeRequestContext extends ContextCore {
  #workbook: FakeWorkbookObject | undefined;
  #application: FakeApplication | undefined;
  /** Excel.run tracks its objects itself; manual tracking is accepted and ignored. */
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };

  constructor(engine: Engine) {
    super(engine);
    Object.preventExtensions(this);
  }
  get workbook(): FakeWorkbookObject {
    this.#workbook ??= new FakeWorkbookObject(this, () => this.model);
    return this.#workbook;
  }
  get application(): FakeApplication {
    this.#application ??= new FakeApplication(this, () => this.model);
    return this.#application;
  }
}
