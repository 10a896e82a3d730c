/** The pane's side of the protocol: one request at a time, answered by a promise. */
import { fileMessages } from "../../domain/invoices/importMessages.sv";
import type { ImportRequest, ImportResponse, ImportStep } from "./protocol";

export interface ImportClient {
  request(request: ImportRequest, onProgress: (step: ImportStep) => void): Promise<ImportResponse>;
  dispose(): void;
}

export function workerClient(worker: Worker): ImportClient {
  return {
    request: (request, onProgress) =>
      new Promise((resolve) => {
        worker.onmessage = (event: MessageEvent<ImportResponse>) => {
          if (event.data.kind === "progress") onProgress(event.data.step);
          else resolve(event.data);
        };
        worker.onerror = () => resolve({ kind: "failed", message: fileMessages.unreadable });
        // The file's bytes move to the worker instead of being copied.
        worker.postMessage(request, request.kind === "analyse" ? [request.bytes] : []);
      }),
    dispose: () => worker.terminate(),
  };
}
