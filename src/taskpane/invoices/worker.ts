/**
 * The import worker: reads and matches an invoice file off the pane's thread, so the pane
 * stays responsive with 200 000 lines. One job per worker; the pane ends it when done.
 */
import { createImportJob } from "./importJob";
import type { ImportRequest, ImportResponse } from "./protocol";

const post = (response: ImportResponse) => self.postMessage(response);
const job = createImportJob((step) => post({ kind: "progress", step }));

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  void job.handle(event.data).then(post);
};
