import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { createLogger, type Logger } from "@gantry/logging/logger";
import type { RemoteManifestEntry } from "./remotes.ts";

export interface WebServerOptions {
  port: number;
  /** Loopback unless GANTRY_BIND_HOST opens it on purpose. */
  host?: string;
  /** The repository's apps/ folder: apps/<name>/dist is served. */
  appsDir: string;
  /** Each area's remote folder (from its area.json), by area name; `<appsDir>/<area>` otherwise. */
  remoteFolders?: Record<string, string>;
  /** Only this URL's origin is ever proxied to. */
  gatewayUrl: string;
  remotes: RemoteManifestEntry[];
  logger?: Logger;
  /** Largest API request body passed on to the gateway (the gateway's own limit, 1 MB, by default). */
  maxBodyBytes?: number;
}

export interface RunningWebServer {
  url: string;
  close(): Promise<void>;
}

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".map": "application/json",
};

/** A request this server refuses to interpret: answered 400, never thrown out of the handler. */
class BadRequest extends Error {}

function sendJsonError(res: ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

async function sendFile(res: ServerResponse, file: string, cache: string): Promise<boolean> {
  try {
    const info = await stat(file);
    if (!info.isFile()) return false;
    res.writeHead(200, {
      "content-type": contentTypes[path.extname(file)] ?? "application/octet-stream",
      "content-length": info.size,
      "cache-control": cache,
    });
    // A file removed mid-answer (a redeploy) must cut this answer, not crash the server.
    createReadStream(file)
      .on("error", () => res.destroy())
      .pipe(res);
    return true;
  } catch {
    return false;
  }
}

/** Resolves a URL path inside a folder, refusing anything that climbs out of it. */
function inside(folder: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    throw new BadRequest("The path is not valid percent-encoding.");
  }
  const file = path.resolve(folder, `.${decoded}`);
  return file.startsWith(path.resolve(folder) + path.sep) ? file : null;
}

/**
 * The request target as a URL on this server. Only origin-form targets are accepted: "//host/…"
 * or "http://host/…" would otherwise be read as another host (and proxied there).
 */
function requestUrl(req: IncomingMessage): URL {
  const target = req.url ?? "";
  if (!target.startsWith("/") || target.startsWith("//"))
    throw new BadRequest("The request target must be a path starting with a single /.");
  return new URL(target, "http://localhost");
}

/**
 * Refuses an oversized body here rather than streaming it to a gateway that will cut it off:
 * the refused request's connection is closed (its body was not read), never reused.
 */
function refuseTooLarge(res: ServerResponse, limit: number): void {
  sendJsonError(res, 413, "PAYLOAD_TOO_LARGE", `The request body is larger than the ${limit} bytes accepted.`, { connection: "close" });
}

function proxy(req: IncomingMessage, res: ServerResponse, url: URL, gatewayOrigin: string, limit: number): void {
  if (Number(req.headers["content-length"] ?? 0) > limit) return refuseTooLarge(res, limit);
  // Host and port always come from the configured gateway; the caller only picks path and query.
  const target = new URL(gatewayOrigin);
  target.pathname = url.pathname;
  target.search = url.search;
  const upstream = http.request(target, { method: req.method, headers: { ...req.headers, host: target.host } }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.on("error", () => res.destroy());
    answer.pipe(res);
  });
  upstream.on("error", () => {
    if (res.headersSent) return void res.destroy();
    sendJsonError(res, 502, "GATEWAY_UNAVAILABLE", "The Gantry gateway is not reachable.");
  });
  // A body without a declared length is counted as it streams.
  let received = 0;
  req.on("data", (chunk: Buffer) => {
    received += chunk.length;
    if (received <= limit) return;
    req.unpipe(upstream);
    upstream.destroy();
    if (!res.headersSent) refuseTooLarge(res, limit);
  });
  req.on("error", () => upstream.destroy());
  req.pipe(upstream);
}

/**
 * Serves the web workspace of the embedded default: the shell at /, each area's remote under
 * /remotes/<area>/, the runtime manifest at /remotes.json, and the API (proxied to the gateway)
 * at /graphql and /auth, so the browser talks to one origin. No request can make the handler
 * throw: a malformed one gets 400, anything unexpected 500 and a log line.
 */
export async function startWebServer(options: WebServerOptions): Promise<RunningWebServer> {
  const shellDir = path.join(options.appsDir, "shell", "dist");
  const gatewayOrigin = new URL(options.gatewayUrl).origin;
  const logger = options.logger ?? createLogger("web");

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = requestUrl(req);
    const { pathname } = url;
    if (pathname === "/graphql" || pathname.startsWith("/auth/"))
      return proxy(req, res, url, gatewayOrigin, options.maxBodyBytes ?? 1_000_000);
    if (pathname === "/remotes.json") {
      res.writeHead(200, { "content-type": "application/json", "cache-control": "no-cache" });
      res.end(JSON.stringify({ remotes: options.remotes }));
      return;
    }
    const remote = /^\/remotes\/([a-z-]+)(\/.*)$/.exec(pathname);
    if (remote) {
      const [, area = "", rest = "/"] = remote;
      // Own keys only: "/remotes/constructor/" must not find Object.prototype.constructor.
      const folder = options.remoteFolders && Object.hasOwn(options.remoteFolders, area) ? options.remoteFolders[area] : undefined;
      const file = inside(path.join(folder ?? path.join(options.appsDir, area), "dist"), rest);
      // Remote entries must be re-fetched after a redeploy; hashed chunks can be cached.
      if (file && (await sendFile(res, file, rest.endsWith("remoteEntry.js") ? "no-cache" : "public, max-age=31536000, immutable"))) return;
      res.writeHead(404).end();
      return;
    }
    const file = pathname === "/" ? null : inside(shellDir, pathname);
    if (file && (await sendFile(res, file, pathname.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache"))) return;
    // Client-side routes fall back to the shell's index.html.
    if (!(await sendFile(res, path.join(shellDir, "index.html"), "no-cache"))) {
      res.writeHead(503, { "content-type": "text/plain" }).end("The web workspace is not built yet: run pnpm build.");
    }
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      const bad = error instanceof BadRequest;
      if (!bad) logger.error({ err: error, method: req.method, url: req.url }, "web request failed");
      else logger.warn({ method: req.method, url: req.url, reason: error.message }, "bad web request");
      if (res.headersSent) return void res.destroy();
      if (bad) sendJsonError(res, 400, "BAD_REQUEST", error.message);
      else sendJsonError(res, 500, "INTERNAL_SERVER_ERROR", "Something went wrong on our side.");
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host ?? "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://localhost:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
