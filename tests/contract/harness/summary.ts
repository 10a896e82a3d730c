/**
 * The suite's verdict from what the page reported: a case the page announced but never reported
 * (the pane crashed, Excel hung) counts as failed, so a silent page can never pass.
 */
import type { CaseResult } from "../runSuite";

export interface RunStart {
  host: string;
  cases: number;
  /** The announced cases' "area: name", to name the ones never reported. */
  names: string[];
}

export interface SuiteSummary {
  host: string;
  passed: number;
  failed: number;
  /** Announced but never reported. */
  missing: string[];
}

export const caseLabel = (c: { area: string; name: string }): string => `${c.area}: ${c.name}`;

export function summarise(start: RunStart | null, results: readonly CaseResult[]): SuiteSummary {
  const reported = new Set(results.map(caseLabel));
  const missing = (start?.names ?? []).filter((name) => !reported.has(name));
  const passed = results.filter((r) => r.passed).length;
  // No announcement at all is a failure too: nothing proves the suite ran.
  const failed = results.length - passed + missing.length + (start ? 0 : 1);
  return { host: start?.host ?? "okänd värd", passed, failed, missing };
}
