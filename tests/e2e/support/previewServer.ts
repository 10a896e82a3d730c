/**
 * Serves the production build (dist/) over plain http on a free port, for the end-to-end
 * tests: the preview page as a person gets it, without webpack's dev server or a fixed port.
 * node:http only, no dependencies. Build first (`npm run build`). The contract suite's result
 * server (tests/contract/harness) serves its test build with the same helpers.
 */
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

export interface PreviewServer {
  /** http://127.0.0.1:<port> */
  origin: string;
  /** The preview page with the sample rows; add `?tom` for the empty template. */
  url: string;
  stop(): Promise<void>;
}

export interface PreviewServerOptions {
  /** The built site. @default <project>/dist */
  root?: string;
  /** @default 0 (a free port) */
  port?: number;
}

export const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

const PROJECT_ROOT = path.resolve(__dirname, "../../..");

export async function startPreviewServer(
  options: PreviewServerOptions = {}
): Promise<PreviewServer> {
  const root = path.resolve(options.root ?? path.join(PROJECT_ROOT, "dist"));
  if (!existsSync(path.join(root, "preview.html"))) {
    throw new Error(`${root}/preview.html is missing: run \`npm run build\` first.`);
  }
  const server = createServer((request, response) => {
    const file = resolveFile(root, request.url ?? "/");
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(405, { Allow: "GET, HEAD" }).end();
    } else if (!file) {
      response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found");
    } else {
      const type = CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream";
      response.writeHead(200, { "Content-Type": type, "Cache-Control": "no-store" });
      if (request.method === "HEAD") response.end();
      else createReadStream(file).pipe(response);
    }
  });
  await listen(server, options.port ?? 0);
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: `${origin}/preview.html`,
    stop: () => close(server),
  };
}

/** The file under root for a request path, or null (outside root, missing, a directory). */
export function resolveFile(root: string, requestUrl: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(requestUrl, "http://localhost").pathname);
  } catch {
    return null;
  }
  if (pathname.endsWith("/")) pathname += "index.html";
  const file = path.join(root, pathname);
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

export function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
}

export function close(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.closeAllConnections();
    server.close((error) => (error ? reject(error) : resolve()));
  });
}
