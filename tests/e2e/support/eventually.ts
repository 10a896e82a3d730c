/**
 * playwright-core has no test runner, so no auto-retrying `expect`: this retries a jest
 * assertion until it holds, polling every animation frame's worth of time, never sleeping a
 * fixed time before looking. The last failure is thrown when the time is up.
 */
const POLL_MS = 25;

export async function eventually<T>(
  check: () => T | Promise<T>,
  { timeout = 10_000 }: { timeout?: number } = {}
): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** Text as a person reads it: no-break and thin spaces as spaces, runs of space as one. */
export const plain = (text: string | null | undefined): string =>
  (text ?? "").replace(/[\s\u00a0\u202f\u2009]+/g, " ").trim();
