/**
 * Parts of the pane that are not on its first screen, each in a script of its own: fetched when
 * first needed (or ahead, when they probably will be), then kept for the pane's lifetime.
 */
import { useCallback, useEffect, useState } from "react";

export interface DeferredModule<T> {
  /** Fetches the module once; after a failure the next call tries again. */
  load(): Promise<T>;
  /** The module when it has arrived, else null. */
  loaded(): T | null;
}

/** `importer` is an `import()` of the part's module: webpack makes it a script of its own. */
export function deferredModule<T>(importer: () => Promise<T>): DeferredModule<T> {
  let value: T | null = null;
  let pending: Promise<T> | null = null;
  return {
    load: () =>
      (pending ??= importer().then(
        (module) => (value = module),
        (error: unknown) => {
          pending = null;
          throw error;
        }
      )),
    loaded: () => value,
  };
}

/** Starts fetching the module in the background; a failure shows when the part is opened. */
export function prefetch<T>(module: DeferredModule<T>): void {
  module.load().catch(() => undefined);
}

export interface DeferredState<T> {
  /** The module, null while it is fetched or after it failed. */
  module: T | null;
  failed: boolean;
  retry(): void;
}

/**
 * The module for rendering: there at once when fetched before, else fetched now (when `wanted`).
 * Not React.lazy: once the module is there the part renders in the same pass, so focus moved
 * to a field inside it finds the field.
 */
export function useDeferredModule<T>(module: DeferredModule<T>, wanted = true): DeferredState<T> {
  const [value, setValue] = useState<{ module: T } | null>(() => {
    const loaded = module.loaded();
    return loaded === null ? null : { module: loaded };
  });
  const [failures, setFailures] = useState(0);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!wanted || value !== null) return;
    let current = true;
    module.load().then(
      (loaded) => current && setValue({ module: loaded }),
      () => current && setFailures((count) => count + 1)
    );
    return () => {
      current = false;
    };
  }, [module, wanted, value, attempt]);
  const retry = useCallback(() => setAttempt((count) => count + 1), []);
  return { module: value?.module ?? null, failed: value === null && failures > attempt, retry };
}
