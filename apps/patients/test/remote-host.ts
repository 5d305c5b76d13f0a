import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

export interface RemoteHost {
  /** Where remoteEntry.js is, on this host's own origin. */
  remoteEntryUrl: string;
  /** Every path this host was asked for. */
  served: string[];
  close(): Promise<void>;
}

const dist = fileURLToPath(new URL("../dist/", import.meta.url));

/**
 * Serves this remote's build from a second origin, as a CDN would when the runtime manifest points
 * the area somewhere else: the shell's origin never serves a byte of it. Module scripts loaded
 * across origins need CORS, which a CDN sends.
 */
export async function startRemoteHost(): Promise<RemoteHost> {
  const served: string[] = [];
  const server = http.createServer((req, res) => {
    void (async () => {
      const { pathname } = new URL(req.url ?? "/", "http://localhost");
      served.push(pathname);
      const file = path.resolve(dist, `.${decodeURIComponent(pathname.replace(/^\/cdn\/patients/, ""))}`);
      const info = file.startsWith(dist) ? await stat(file).catch(() => null) : null;
      if (!info?.isFile()) return void res.writeHead(404, { "access-control-allow-origin": "*" }).end();
      const type = file.endsWith(".css") ? "text/css" : "text/javascript";
      res.writeHead(200, { "content-type": type, "access-control-allow-origin": "*", "content-length": info.size });
      createReadStream(file).pipe(res);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    // 127.0.0.1 while the shell is on localhost: a different origin, like a CDN host.
    remoteEntryUrl: `http://127.0.0.1:${port}/cdn/patients/assets/remoteEntry.js`,
    served,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
