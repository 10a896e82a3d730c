/**
 * The adapter's contract on the simulated Excel. The same cases run inside real Excel with
 * `npm run test:excel`, and in Chromium through the same test page (tests/e2e/contract.e2e.ts).
 */
import { describe, it } from "@jest/globals";
import { caseContext } from "./host";
import { fakeHost } from "./fakeHost";
import { isKnownFailure } from "./knownFailures";
import { CONTRACT_CASES } from "./suite";

describe("adapterns kontrakt i den simulerade Excel", () => {
  const host = fakeHost("simulerad Excel");
  const cases = CONTRACT_CASES.map((c) => [`${c.area}: ${c.name}`, c] as const);
  it.each(cases.filter(([, c]) => !isKnownFailure("standard", c.name)))("%s", async (_, c) => {
    await c.test(await caseContext(host));
  });
  it.failing.each(cases.filter(([, c]) => isKnownFailure("standard", c.name)))(
    "%s (fel som issue 11 §2 rättar)",
    async (_, c) => {
      await c.test(await caseContext(host));
    }
  );
});
