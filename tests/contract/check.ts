/**
 * The contract's assertions: a handful of checks that throw a plain Error with what was
 * expected and what Excel did. No jest here, so the same cases run in a browser inside Excel.
 */
export class ContractFailure extends Error {
  override name = "ContractFailure";
}

const show = (value: unknown): string => JSON.stringify(value) ?? String(value);

/** Structural equality for the plain data the adapter returns (JSON-shaped values). */
function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  const recordB = b as Record<string, unknown>;
  return keysA.every(
    (key) => key in recordB && same((a as Record<string, unknown>)[key], recordB[key])
  );
}

export const check = {
  equal<T>(actual: T, expected: T, what: string): void {
    if (!same(actual, expected)) {
      throw new ContractFailure(`${what}: väntade ${show(expected)}, fick ${show(actual)}`);
    }
  },
  that(condition: boolean, what: string): void {
    if (!condition) throw new ContractFailure(what);
  },
  /** The rejection of `promise`; fails when it resolves. */
  async rejects(promise: Promise<unknown>, what: string): Promise<unknown> {
    try {
      await promise;
    } catch (error) {
      return error;
    }
    throw new ContractFailure(`${what}: väntade ett fel, men anropet lyckades`);
  },
};
