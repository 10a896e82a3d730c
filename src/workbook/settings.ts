/**
 * The add-in's settings, kept in the workbook (ExcelApi 1.4 settings) so they travel with the
 * shared file to every co-author.
 */
import { DEFAULT_SETTINGS, type AddinSettings } from "./port";

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
  const next = { ...(await readSettings(context)), ...changes };
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
  const saved = value as Partial<AddinSettings>;
  return { summaryFilter: { ...DEFAULT_SETTINGS.summaryFilter, ...saved.summaryFilter } };
}
