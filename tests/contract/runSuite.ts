/**
 * Runs the contract cases one after another on a host, each on its own blank workbook, and
 * hands each result to `report` as it comes (the page posts it to the result server).
 */
import { caseContext, type ContractCase, type ContractHost } from "./host";

export interface CaseResult {
  area: string;
  name: string;
  passed: boolean;
  /** Why it failed: the check's message, or the error the adapter threw. */
  error?: string;
  milliseconds: number;
}

export async function runSuite(
  host: ContractHost,
  cases: readonly ContractCase[],
  report: (result: CaseResult) => Promise<void> | void,
  now: () => number
): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  for (const contractCase of cases) {
    const started = now();
    const { area, name } = contractCase;
    let result: CaseResult;
    try {
      // One case at a time: each resets the host's workbook, so they cannot overlap.
      await contractCase.test(await caseContext(host));
      result = { area, name, passed: true, milliseconds: now() - started };
    } catch (error) {
      const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      result = { area, name, passed: false, error: detail, milliseconds: now() - started };
    }
    results.push(result);
    await report(result);
  }
  return results;
}
