import { writeFile } from "node:fs/promises";
import path from "node:path";
import type { Area } from "@gantry/areas/areas";
import { composeSupergraph } from "@gantry/compose/compose";
import { startProcess, waitUntilReady, type ManagedProcess } from "./child-process.ts";

export interface ServiceLayout {
  /** The repository root: area entries and the gateway are found from it. */
  root: string;
  logDir: string;
  /** Each area's database, by area name. */
  databaseUrls: Record<string, string>;
  /** Each area's subgraph port, by area name. */
  ports: Record<string, number>;
  gatewayPort: number;
  /** Where the composed supergraph is written for the gateway to load. */
  supergraphPath: string;
  /** Settings every process gets besides its own (e.g. the shared internal secret). */
  env?: Record<string, string>;
}

export interface RunningServices {
  gatewayUrl: string;
  /** Each area's subgraph base URL, by area name. */
  subgraphUrls: Record<string, string>;
  stop(): Promise<void>;
}

/**
 * Every area's subgraph and then the gateway, each as its own process, as they are deployed:
 * subgraphs first (the gateway needs them ready), the supergraph composed from their URLs.
 * On failure, whatever was started is stopped again.
 */
export async function startServices(areas: Area[], layout: ServiceLayout): Promise<RunningServices> {
  const processes: ManagedProcess[] = [];
  const stop = async () => {
    await Promise.all(processes.map((child) => child.stop()));
  };
  const portOf = (area: Area) => {
    const port = layout.ports[area.definition.name];
    if (port === undefined) throw new Error(`no port for the ${area.definition.name} area`);
    return port;
  };
  try {
    const subgraphUrls: Record<string, string> = {};
    for (const area of areas) {
      const port = portOf(area);
      subgraphUrls[area.definition.name] = `http://127.0.0.1:${port}`;
      const env = {
        ...layout.env,
        [`${area.envPrefix}_PORT`]: String(port),
        [`${area.envPrefix}_DATABASE_URL`]: layout.databaseUrls[area.definition.name] ?? "",
      };
      processes.push(await startProcess(area.definition.name, path.join(layout.root, area.entry), env, layout.logDir));
    }
    await Promise.all(
      areas.map((area, index) => waitUntilReady(processes[index] as ManagedProcess, `${subgraphUrls[area.definition.name]}/health/ready`)),
    );
    const supergraph = composeSupergraph(
      areas.map((area) => ({
        name: area.definition.name,
        url: `${subgraphUrls[area.definition.name]}/graphql`,
        typeDefs: area.definition.typeDefs,
      })),
    );
    await writeFile(layout.supergraphPath, supergraph.supergraphSdl);
    const gateway = await startProcess(
      "gateway",
      path.join(layout.root, "services/gateway/src/main.ts"),
      { ...layout.env, GATEWAY_PORT: String(layout.gatewayPort), GATEWAY_SUPERGRAPH_PATH: layout.supergraphPath },
      layout.logDir,
    );
    processes.push(gateway);
    const gatewayUrl = `http://127.0.0.1:${layout.gatewayPort}`;
    await waitUntilReady(gateway, `${gatewayUrl}/health/ready`);
    return { gatewayUrl, subgraphUrls, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
