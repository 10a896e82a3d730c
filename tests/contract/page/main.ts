/**
 * The contract's test page: runs every case in its host and posts each result to the server
 * that served the page. Inside Excel (the test add-in) the host is Excel itself; with
 * `?host=fake` (the browser proof, and anyone without Excel) it is the simulated Excel, under
 * the QUIRK_MATRIX entry `?quirks=` names. Nothing else differs between the two.
 */
import { QUIRK_MATRIX } from "../../../src/preview/fakeExcel";
import { fakeHost } from "../fakeHost";
import type { ContractHost } from "../host";
import { runSuite, type CaseResult } from "../runSuite";
import { CONTRACT_CASES } from "../suite";
import { caseLabel, type RunStart } from "../harness/summary";
import { excelHost, requireBlankWorkbook } from "./excelHost";

function element(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`contract.html has no #${id}`);
  return found;
}

async function post(path: string, body: unknown): Promise<void> {
  const response = await fetch(path, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
}

function show(result: CaseResult): void {
  const item = document.createElement("li");
  item.dataset.passed = String(result.passed);
  item.textContent = `${result.passed ? "✓" : "✗"} ${caseLabel(result)}${result.error ? ` – ${result.error}` : ""}`;
  element("results").append(item);
}

function simulatedHost(params: URLSearchParams): ContractHost {
  const name = params.get("quirks") ?? "standard";
  const entry = QUIRK_MATRIX.find((q) => q.name === name);
  if (!entry) throw new Error(`okänd quirk i ?quirks=: ${name}`);
  return fakeHost(`simulerad Excel (${entry.name})`, entry.quirks);
}

/** Real Excel only: never falls back to the simulated one, which would pass in Excel's name. */
function realExcelHost(): Promise<ContractHost> {
  if (typeof Office === "undefined") {
    return Promise.reject(new Error("Office.js saknas: öppna sidan i Excel, eller med ?host=fake"));
  }
  return Office.onReady().then(async (info) => {
    if (info.host !== Office.HostType.Excel) throw new Error("sidan är inte öppnad i Excel");
    await requireBlankWorkbook();
    const platform = String(info.platform ?? "okänd plattform");
    return excelHost(`Excel (${platform})`);
  });
}

async function main(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const host = params.get("host") === "fake" ? simulatedHost(params) : await realExcelHost();
  const start: RunStart = {
    host: host.name,
    cases: CONTRACT_CASES.length,
    names: CONTRACT_CASES.map(caseLabel),
  };
  element("status").textContent = `Kör ${start.cases} fall i ${host.name} …`;
  await post("/start", start);
  const results = await runSuite(
    host,
    CONTRACT_CASES,
    async (result) => {
      show(result);
      await post("/results", result);
    },
    () => performance.now()
  );
  const failed = results.filter((r) => !r.passed).length;
  await post("/done", {});
  element("status").textContent =
    `Klart i ${host.name}: ${results.length - failed} passed, ${failed} failed`;
}

main().catch((error: unknown) => {
  element("status").textContent = `Kontraktet kunde inte köras: ${String(error)}`;
  // The server then counts the whole run as failed (no start, or cases never reported).
  void post("/done", {}).catch(() => undefined);
});
