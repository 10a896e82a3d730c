/**
 * The entry form saves through the port and shows its own error; when that error is a stale
 * edit (a colleague changed or removed the row), retrying cannot help until the row is read
 * again. This wraps the port handed to the form so the screen can offer "Läs in igen" and then
 * give the form the fresh row, without the form losing what was typed.
 */
import { useMemo, useState } from "react";
import type { WorkbookPort } from "../../workbook/port";
import { useWorkbook } from "../workbookContext";

const needsReload = (error: unknown): boolean => {
  const kind = (error as { kind?: unknown } | null)?.kind;
  return kind === "staleEdit" || kind === "notFound";
};

export function useStaleWatch() {
  const workbook = useWorkbook();
  const [stale, setStale] = useState(false);
  const port = useMemo((): WorkbookPort => {
    const watch =
      <A extends unknown[], R>(call: (...args: A) => Promise<R>) =>
      async (...args: A): Promise<R> => {
        try {
          return await call(...args);
        } catch (error) {
          if (needsReload(error)) setStale(true);
          throw error;
        }
      };
    return {
      ...workbook,
      updateEffect: watch(workbook.updateEffect),
      fixInvalidRow: watch(workbook.fixInvalidRow),
    };
  }, [workbook]);
  return { port, stale, reloaded: () => setStale(false) };
}
