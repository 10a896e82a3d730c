/**
 * Loads something from the workbook and reloads it on demand. The last value stays while a
 * reload runs or fails, so a screen never unmounts a form (and what was typed in it) because
 * the workbook was read again.
 */
import { useCallback, useEffect, useState } from "react";
import { asWorkbookError, type WorkbookError } from "../../workbook/port";

export interface AsyncState<T> {
  /** The last loaded value; undefined until the first load succeeds. */
  value: T | undefined;
  loading: boolean;
  error: WorkbookError | null;
  /** Reads again; the value and any typed text stay meanwhile. */
  reload: () => void;
  /** Replaces the value with one the workbook returned (e.g. lists after adding a value). */
  setValue: (value: T) => void;
}

interface Settled<T> {
  value: T | undefined;
  error: WorkbookError | null;
  /** Which request this answers; a request newer than it means "loading". */
  request: number;
}

/** @param load must be stable (useCallback), a new function means a new load. */
export function useAsync<T>(load: () => Promise<T>): AsyncState<T> {
  const [request, setRequest] = useState(0);
  const [settled, setSettled] = useState<Settled<T>>({
    value: undefined,
    error: null,
    request: -1,
  });

  useEffect(() => {
    let current = true;
    load().then(
      (value) => current && setSettled({ value, error: null, request }),
      (error: unknown) =>
        current &&
        setSettled((last) => ({ value: last.value, error: asWorkbookError(error), request }))
    );
    return () => {
      current = false;
    };
  }, [load, request]);

  const reload = useCallback(() => setRequest((n) => n + 1), []);
  const setValue = useCallback(
    (value: T) => setSettled((last) => ({ ...last, value, error: null })),
    []
  );
  return {
    value: settled.value,
    loading: settled.request !== request,
    error: settled.error,
    reload,
    setValue,
  };
}
