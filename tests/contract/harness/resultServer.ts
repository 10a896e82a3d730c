/**
 * Serves the contract's test build and collects what the test page reports, after the pattern
 * of Microsoft's office-addin-test-server: the page runs the cases in its host and POSTs each
 * result; the server prints it and, when the page says it is done, `N passed, N failed`.
 * Plain http for the browser proof in jest, https (Office's dev certificates) inside Excel.
 * node:http/https only; `npm run test:excel` (scripts/test-excel.mjs) and
 * tests/e2e/contract.e2e.ts both use it.
 */
import { createReadStream } from "node:fs";
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from "node:http";
import { createServer as createHttpsServer, type ServerOptions } from "node:https";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { CONTENT_TYPES, close, listen, resolveFile } from "../../e2e/support/previewServer";
import type { CaseResult } from "../runSuite";
import { summarise, type RunStart, type SuiteSummary } from "./summary";

export interface ResultServerOptions {
  /** The test build (dist-test/). */
  root: string;
  /** @default 0 (a free port) */
  port?: number;
  /** Certificates for https (Excel loads add-ins only over https); plain http without. */
  https?: ServerOptions;
  /** Where each line goes. @default console.log */
  print?: (line: string) => void;
}

export interface ResultServer {
  origin: string;
  /** Every result received so far, in order. */
  results: CaseResult[];
  /** Settles when the page reports that the suite is done. */
  done: Promise<SuiteSummary>;
  stop(): Promise<void>;
}

/** A result is a few hundred bytes; anything this large is not from the test page. */
const MAX_BODY_BYTES = 1024 * 1024;

export async function startResultServer(options: ResultServerOptions): Promise<ResultServer> {
  const root = path.resolve(options.root);
  const print = options.print ?? ((line: string) => console.log(line));
  const results: CaseResult[] = [];
  let start: RunStart | null = null;
  let finish: (summary: SuiteSummary) => void = () => undefined;
  const done = new Promise<SuiteSummary>((resolve) => (finish = resolve));

  const receive: Record<string, (body: unknown) => void> = {
    "/start": (body) => {
      start = body as RunStart;
      print(`Kontraktet i ${start.host}: ${start.cases} fall`);
    },
    "/results": (body) => {
      const result = body as CaseResult;
      results.push(result);
      const mark = result.passed ? "✓" : "✗";
      print(`${mark} ${result.area}: ${result.name} (${Math.round(result.milliseconds)} ms)`);
      if (result.error) print(`    ${result.error}`);
    },
    "/done": () => {
      const summary = summarise(start, results);
      for (const name of summary.missing) print(`✗ rapporterades aldrig: ${name}`);
      print(`${summary.passed} passed, ${summary.failed} failed`);
      finish(summary);
    },
  };

  const handler = (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const post = receive[url.pathname];
    if (request.method === "POST" && post) {
      readJson(request)
        .then((body) => {
          post(body);
          response.writeHead(204).end();
        })
        .catch(() => response.writeHead(400).end());
      return;
    }
    const file = request.method === "GET" ? resolveFile(root, request.url ?? "/") : null;
    if (!file) {
      response.writeHead(request.method === "GET" ? 404 : 405).end();
      return;
    }
    const type = CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream";
    response.writeHead(200, { "Content-Type": type, "Cache-Control": "no-store" });
    createReadStream(file).pipe(response);
  };

  const server: Server = options.https
    ? createHttpsServer(options.https, handler)
    : createHttpServer(handler);
  await listen(server, options.port ?? 0);
  const { port } = server.address() as AddressInfo;
  const scheme = options.https ? "https" : "http";
  return {
    origin: `${scheme}://localhost:${port}`,
    results,
    done,
    stop: () => close(server),
  };
}

function readJson(request: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error("too large"));
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on("end", () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString("utf8")));
      } catch (error) {
        reject(error);
      }
    });
    request.on("error", reject);
  });
}
