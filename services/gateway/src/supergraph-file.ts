import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { SupergraphSdlHook } from "@apollo/gateway";
import type { Logger } from "@gantry/logging/logger";

export interface SupergraphFileOptions {
  file: string;
  /** How often the file is read again for a change; 0 reads it only at start. */
  pollMs: number;
  logger: Logger;
  /** Told of every supergraph the gateway serves, the first one included. */
  onServed?: (supergraphSdl: string) => void;
}

const fingerprint = (sdl: string) => createHash("sha256").update(sdl).digest("hex").slice(0, 16);

/**
 * The supergraph file as @apollo/gateway's `supergraphSdl` hook: read at start, then read again
 * every `pollMs`. A changed file is handed to the gateway's `update`, which swaps schema and query
 * planner without a restart or a dropped request; one it cannot build (half written, not a
 * supergraph) is refused with a log line and the previous supergraph keeps serving. Polling
 * rather than fs.watch: deployments replace the file by rename or through a mounted volume, which
 * watchers miss on some platforms, and reading a file every few seconds costs nothing.
 */
export function supergraphFromFile(options: SupergraphFileOptions): SupergraphSdlHook {
  const { file, logger } = options;
  return async ({ update }) => {
    const initial = await readFile(file, "utf8");
    options.onServed?.(initial);
    if (options.pollMs === 0) return { supergraphSdl: initial };
    // The content last judged, served or refused: each version of the file is judged once.
    let judged = fingerprint(initial);
    let served = judged;
    let checking = false;
    const check = async () => {
      let sdl: string;
      try {
        sdl = await readFile(file, "utf8");
      } catch (error) {
        if (judged !== "unreadable")
          logger.warn({ file, reason: String(error) }, "supergraph file unreadable: the previous supergraph keeps serving");
        judged = "unreadable";
        return;
      }
      const id = fingerprint(sdl);
      if (id === judged) return;
      judged = id;
      try {
        update(sdl);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        logger.error({ file, supergraph: id, serving: served, reason }, "supergraph file refused: the previous supergraph keeps serving");
        return;
      }
      logger.info({ file, from: served, to: id }, "supergraph changed: serving the new one");
      served = id;
      options.onServed?.(sdl);
    };
    const timer = setInterval(() => {
      if (checking) return;
      checking = true;
      void check().finally(() => (checking = false));
    }, options.pollMs);
    // The gateway's own stop clears it; it must never be what keeps a process alive.
    timer.unref();
    return { supergraphSdl: initial, cleanup: async () => clearInterval(timer) };
  };
}
