import { fileURLToPath } from "node:url";
import { startFederatedStack, type FederatedStack } from "@gantry/gateway/test-stack";
import { defaultRemotes, type RemoteManifestEntry } from "@gantry/stack/remotes";
import { startWebServer } from "@gantry/stack/web-server";

export interface RunningWorkspace {
  /** Where the browser goes: the shell, remotes, manifest and proxied API on one origin. */
  url: string;
  stack: FederatedStack;
  stop(): Promise<void>;
}

const appsDir = fileURLToPath(new URL("../../../apps/", import.meta.url));

/**
 * The web workspace as a department sees it: the built shell and remotes (apps/<app>/dist) served
 * by the embedded default's web server, in front of every subgraph and the gateway on real
 * PostgreSQL. Must run under Vitest (each area gets a fresh test database).
 */
export async function startWorkspace(options: { remotes?: RemoteManifestEntry[] } = {}): Promise<RunningWorkspace> {
  const stack = await startFederatedStack();
  const web = await startWebServer({
    port: 0,
    host: "127.0.0.1",
    appsDir,
    gatewayUrl: stack.gatewayUrl,
    remotes: options.remotes ?? defaultRemotes,
  });
  return {
    url: web.url,
    stack,
    async stop() {
      await web.close();
      await stack.stop();
    },
  };
}
