import { writeFile } from "node:fs/promises";
import path from "node:path";
import type { Area } from "@gantry/areas/areas";
import { composeSupergraph } from "@gantry/compose/compose";
import { subgraphSources } from "@gantry/compose/sources";
import { describeExit, startProcess, waitUntilReady, type ManagedProcess, type ProcessExit } from "./child-process.ts";
import type { DatabaseAccess } from "@gantry/database/roles";

export interface ServiceLayout {
  /** The repository root: area entries and the gateway are found from it. */
  root: string;
  logDir: string;
  /** Each area's database (runtime role and owner), by area name. */
  databases: Record<string, DatabaseAccess>;
  /** Each area's subgraph port, by area name. */
  ports: Record<string, number>;
  gatewayPort: number;
  /** Where the composed supergraph is written for the gateway to load. */
  supergraphPath: string;
  /**
   * Settings every process gets besides its own. It must hold GANTRY_INTERNAL_TOKEN_SECRET
   * (there is no default); GANTRY_BIND_HOST, when set, is also where the services are reached.
   */
  env: Record<string, string>;
  /**
   * Called when a service exits without being asked to (crashed, killed) after the stack was up;
   * during the start such an exit fails startServices instead.
   */
  onUnexpectedExit?: (service: ManagedProcess, exit: ProcessExit) => void;
}

export interface RunningServices {
  gatewayUrl: string;
  /** Each area's subgraph base URL, by area name. */
  subgraphUrls: Record<string, string>;
  stop(): Promise<void>;
}

/** Where a service listening on `bindHost` is reached from this machine. */
function reachableHost(bindHost: string | undefined): string {
  if (!bindHost || bindHost === "0.0.0.0" || bindHost === "::") return "127.0.0.1";
  return bindHost.includes(":") ? `[${bindHost}]` : bindHost;
}

/**
 * Every area's subgraph and then the gateway, each as its own process, as they are deployed:
 * subgraphs first (the gateway needs them ready), the supergraph composed from their URLs.
 * On failure, whatever was started is stopped again.
 */
export async function startServices(areas: Area[], layout: ServiceLayout): Promise<RunningServices> {
  if (!layout.env.GANTRY_INTERNAL_TOKEN_SECRET) throw new Error("startServices needs env.GANTRY_INTERNAL_TOKEN_SECRET");
  const host = reachableHost(layout.env.GANTRY_BIND_HOST);
  const processes: ManagedProcess[] = [];
  const stop = async () => {
    await Promise.all(processes.map((child) => child.stop()));
  };
  // While starting, any service dying fails the start at once (the gateway would otherwise
  // wait for a dead subgraph until its readiness timeout).
  let started = false;
  let failStart: (error: Error) => void = () => undefined;
  const startFailure = new Promise<never>((_resolve, reject) => (failStart = reject));
  startFailure.catch(() => undefined);
  const whileAllAlive = <T>(work: Promise<T>) => Promise.race([work, startFailure]);
  const launch = async (name: string, entry: string, env: Record<string, string>) => {
    const service = await startProcess(name, path.join(layout.root, entry), { ...layout.env, ...env }, layout.logDir);
    processes.push(service);
    void service.exited.then((exit) => {
      if (service.stopping) return;
      if (started) layout.onUnexpectedExit?.(service, exit);
      else failStart(new Error(`the ${name} process ${describeExit(exit)} while starting; see ${service.logFile}`));
    });
    return service;
  };
  const portOf = (area: Area) => {
    const port = layout.ports[area.name];
    if (port === undefined) throw new Error(`no port for the ${area.name} area`);
    return port;
  };
  try {
    const subgraphUrls: Record<string, string> = Object.fromEntries(areas.map((area) => [area.name, `http://${host}:${portOf(area)}`]));
    // Every area offers its events to every other area; each takes the types it handles.
    const eventSubscribers = JSON.stringify(subgraphUrls);
    const subgraphs: ManagedProcess[] = [];
    for (const area of areas) {
      const port = portOf(area);
      const database = layout.databases[area.name];
      const env = {
        [`${area.envPrefix}_PORT`]: String(port),
        [`${area.envPrefix}_DATABASE_URL`]: database?.url ?? "",
        [`${area.envPrefix}_MIGRATION_DATABASE_URL`]: database?.migrationUrl ?? "",
        // Where the area asks other areas (on behalf of its caller); the gateway starts after it.
        GANTRY_GATEWAY_URL: `http://${host}:${layout.gatewayPort}`,
        GANTRY_EVENT_SUBSCRIBERS: eventSubscribers,
      };
      subgraphs.push(await launch(area.name, area.entry, env));
    }
    await whileAllAlive(
      Promise.all(
        areas.map((area, index) => waitUntilReady(subgraphs[index] as ManagedProcess, `${subgraphUrls[area.name]}/health/ready`)),
      ),
    );
    const supergraph = composeSupergraph(subgraphSources(areas, (area) => `${subgraphUrls[area.name]}/graphql`));
    await writeFile(layout.supergraphPath, supergraph.supergraphSdl);
    const gateway = await launch("gateway", "services/gateway/src/main.ts", {
      GATEWAY_PORT: String(layout.gatewayPort),
      GATEWAY_SUPERGRAPH_PATH: layout.supergraphPath,
    });
    const gatewayUrl = `http://${host}:${layout.gatewayPort}`;
    await whileAllAlive(waitUntilReady(gateway, `${gatewayUrl}/health/ready`));
    started = true;
    return { gatewayUrl, subgraphUrls, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
