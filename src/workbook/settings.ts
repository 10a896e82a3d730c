/**
 * The add-in's settings, kept in the workbook (ExcelApi 1.4 settings) so they travel with the
 * shared file to every co-author.
 */
import { INVOICE_FIELDS, type RememberedMapping } from "../domain/invoices/columns";
import {
  DEFAULT_SETTINGS,
  EXCLUDABLE_BASELINES,
  type AddinSettings,
  type SummaryFilter,
} from "./port";

const SETTINGS_KEY = "Effektiviseringar.settings";

export async function readSettings(context: Excel.RequestContext): Promise<AddinSettings> {
  const settings = queueReadSettings(context);
  await context.sync();
  return settings();
}

export async function saveSettings(
  context: Excel.RequestContext,
  changes: Partial<AddinSettings>
): Promise<AddinSettings> {
  const next = withDefaults({ ...(await readSettings(context)), ...changes });
  queueWriteSettings(context, next);
  await context.sync();
  return next;
}

/** Queues the read, for callers that sync it with other work; call the result after the sync. */
export function queueReadSettings(context: Excel.RequestContext): () => AddinSettings {
  const setting = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY).load("value");
  return () => (setting.isNullObject ? DEFAULT_SETTINGS : withDefaults(setting.value));
}

/** Queues writing all settings (no sync). */
export function queueWriteSettings(context: Excel.RequestContext, settings: AddinSettings): void {
  context.workbook.settings.add(SETTINGS_KEY, settings);
}

/** Settings saved by an older version lack newer keys; unknown shapes fall back to defaults. */
function withDefaults(value: unknown): AddinSettings {
  if (typeof value !== "object" || value === null) return DEFAULT_SETTINGS;
  const saved = value as { summaryFilter?: unknown; invoiceMapping?: unknown };
  return {
    summaryFilter: cleanFilter(saved.summaryFilter),
    invoiceMapping: cleanMapping(saved.invoiceMapping),
  };
}

/**
 * A filter as the refresh may use it. A remembered filter comes from a shared file, perhaps
 * saved by an older version or edited by something else: anything but a year or a text means
 * "all", unknown baselines are dropped (only the domain's own values may enter a formula), and
 * anything but `true` leaves effects reported elsewhere out.
 */
export function cleanFilter(value: unknown): SummaryFilter {
  const filter = (typeof value === "object" && value !== null ? value : {}) as Record<
    keyof SummaryFilter,
    unknown
  >;
  const { year, department, excludedBaselines } = filter;
  const excluded = Array.isArray(excludedBaselines) ? (excludedBaselines as unknown[]) : [];
  return {
    year: typeof year === "number" && Number.isInteger(year) ? year : null,
    department: typeof department === "string" && department.trim() !== "" ? department : null,
    excludedBaselines: EXCLUDABLE_BASELINES.filter((baseline) => excluded.includes(baseline)),
    includeReportedElsewhere: filter.includeReportedElsewhere === true,
  };
}

/** A remembered column choice from a shared file: only known fields with a header text. */
export function cleanMapping(value: unknown): RememberedMapping {
  const saved = (typeof value === "object" && value !== null ? value : {}) as Record<
    string,
    unknown
  >;
  const mapping: RememberedMapping = {};
  for (const field of INVOICE_FIELDS) {
    const header = saved[field];
    if (typeof header === "string" && header.trim() !== "") mapping[field] = header;
  }
  return mapping;
}
