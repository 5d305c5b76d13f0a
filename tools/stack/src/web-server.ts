import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import type { RemoteManifestEntry } from "./remotes.ts";

export interface WebServerOptions {
  port: number;
  host?: string;
  /** The repository's apps/ folder: apps/<name>/dist is served. */
  appsDir: string;
  gatewayUrl: string;
  remotes: RemoteManifestEntry[];
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

async function sendFile(res: ServerResponse, file: string, cache: string): Promise<boolean> {
  try {
    const info = await stat(file);
    if (!info.isFile()) return false;
    res.writeHead(200, {
      "content-type": contentTypes[path.extname(file)] ?? "application/octet-stream",
      "content-length": info.size,
      "cache-control": cache,
    });
    createReadStream(file).pipe(res);
    return true;
  } catch {
    return false;
  }
}

/** Resolves a URL path inside a folder, refusing anything that climbs out of it. */
function inside(folder: string, urlPath: string): string | null {
  const file = path.resolve(folder, `.${decodeURIComponent(urlPath)}`);
  return file.startsWith(path.resolve(folder) + path.sep) ? file : null;
}

function proxy(req: IncomingMessage, res: ServerResponse, gatewayUrl: string): void {
  const target = new URL(req.url ?? "/", gatewayUrl);
  const upstream = http.request(target, { method: req.method, headers: { ...req.headers, host: target.host } }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(res);
  });
  upstream.on("error", () => {
    if (!res.headersSent) res.writeHead(502, { "content-type": "application/json" });
    res.end(JSON.stringify({ errors: [{ message: "The Gantry gateway is not reachable.", extensions: { code: "GATEWAY_UNAVAILABLE" } }] }));
  });
  req.pipe(upstream);
}

/**
 * Serves the web workspace of the embedded default: the shell at /, each area's remote under
 * /remotes/<area>/, the runtime manifest at /remotes.json, and the API (proxied to the gateway)
 * at /graphql and /auth, so the browser talks to one origin.
 */
export async function startWebServer(options: WebServerOptions): Promise<RunningWebServer> {
  const shellDir = path.join(options.appsDir, "shell", "dist");
  const server = http.createServer((req, res) => {
    void (async () => {
      const { pathname } = new URL(req.url ?? "/", "http://localhost");
      if (pathname === "/graphql" || pathname.startsWith("/auth/")) return proxy(req, res, options.gatewayUrl);
      if (pathname === "/remotes.json") {
        res.writeHead(200, { "content-type": "application/json", "cache-control": "no-cache" });
        res.end(JSON.stringify({ remotes: options.remotes }));
        return;
      }
      const remote = /^\/remotes\/([a-z-]+)(\/.*)$/.exec(pathname);
      if (remote) {
        const [, area = "", rest = "/"] = remote;
        const file = inside(path.join(options.appsDir, area, "dist"), rest);
        // Remote entries must be re-fetched after a redeploy; hashed chunks can be cached.
        if (file && (await sendFile(res, file, rest.endsWith("remoteEntry.js") ? "no-cache" : "public, max-age=31536000, immutable")))
          return;
        res.writeHead(404).end();
        return;
      }
      const file = pathname === "/" ? null : inside(shellDir, pathname);
      if (file && (await sendFile(res, file, pathname.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache"))) return;
      // Client-side routes fall back to the shell's index.html.
      if (!(await sendFile(res, path.join(shellDir, "index.html"), "no-cache"))) {
        res.writeHead(503, { "content-type": "text/plain" }).end("The web workspace is not built yet: run pnpm build.");
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(options.port, options.host ?? "0.0.0.0", resolve));
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
