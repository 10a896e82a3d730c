/**
 * The adapter's contract on the simulated Excel, once under every behaviour real Excel may have
 * (QUIRK_MATRIX). The same cases run inside real Excel with `npm run test:excel`, and in
 * Chromium through the same test page (tests/e2e/contract.e2e.ts).
 */
import { describe, it } from "@jest/globals";
import { QUIRK_MATRIX } from "../../src/preview/fakeExcel";
import { caseContext } from "./host";
import { fakeHost } from "./fakeHost";
import { isKnownFailure } from "./knownFailures";
import { CONTRACT_CASES } from "./suite";

const cases = CONTRACT_CASES.map((c) => [`${c.area}: ${c.name}`, c] as const);

describe.each(QUIRK_MATRIX)(
  "adapterns kontrakt i den simulerade Excel: $name",
  ({ name, quirks }) => {
    const host = fakeHost(`simulerad Excel (${name})`, quirks);
    const [known, expected] = [true, false].map((failing) =>
      cases.filter(([, c]) => isKnownFailure(name, c.name) === failing)
    );
    it.each(expected ?? [])("%s", async (_, c) => {
      await c.test(await caseContext(host));
    });
    if (known?.length) {
      it.failing.each(known)("%s (fel som issue 11 §2 rättar)", async (_, c) => {
        await c.test(await caseContext(host));
      });
    }
  }
);
