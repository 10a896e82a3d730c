/**
 * The adapter's contract on the simulated Excel, once under every behaviour real Excel may have
 * (QUIRK_MATRIX). The same cases run inside real Excel with `npm run test:excel`, and in
 * Chromium through the same test page (tests/e2e/contract.e2e.ts).
 */
import { describe, it } from "@jest/globals";
import { QUIRK_MATRIX } from "../../src/preview/fakeExcel";
import { caseContext } from "./host";
import { fakeHost } from "./fakeHost";
import { CONTRACT_CASES } from "./suite";

const cases = CONTRACT_CASES.map((c) => [`${c.area}: ${c.name}`, c] as const);

describe.each(QUIRK_MATRIX)(
  "adapterns kontrakt i den simulerade Excel: $name",
  ({ name, quirks }) => {
    const host = fakeHost(`simulerad Excel (${name})`, quirks);
    it.each(cases)("%s", async (_, c) => {
      await c.test(await caseContext(host));
    });
  }
);
