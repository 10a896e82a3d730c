/**
 * The worker's construction, alone in its file: webpack 5 bundles `new Worker(new URL(…,
 * import.meta.url))` as a chunk of its own, and tests (CommonJS, no import.meta) replace this
 * module with the in-process job.
 */
export const spawnImportWorker = (): Worker =>
  new Worker(new URL("./worker.ts", import.meta.url), { name: "fakturaimport" });
