/** A WorkbookError's Swedish message (duck-typed on `kind`), or null for anything else. */
export function workbookMessageOf(error: unknown): string | null {
  const { kind, message } = (error ?? {}) as { kind?: unknown; message?: unknown };
  return typeof kind === "string" && typeof message === "string" ? message : null;
}
