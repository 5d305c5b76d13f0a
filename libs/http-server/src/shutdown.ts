import { readEnvironment, setting } from "@gantry/config/environment";
import type { Logger } from "@gantry/logging/logger";

/**
 * Set by the launcher (tools/stack) on every process it starts with an IPC channel. Such a
 * process stops when the channel closes, i.e. when the launcher is gone — even after a crash or
 * SIGKILL, which gives it no chance to stop its children — so no orphan keeps a port or PHI open.
 */
const launcherChannelVariable = "GANTRY_LAUNCHER_CHANNEL";

let watchingLauncher = false;
let stopGracefully: ((reason: string) => void) | undefined;

/** Exits when the launcher that started this process goes away; does nothing otherwise. */
export function exitWithLauncher(): void {
  const startedByLauncher = readEnvironment({ [launcherChannelVariable]: setting.flag(false) })[launcherChannelVariable];
  if (watchingLauncher || !startedByLauncher || !process.channel) return;
  watchingLauncher = true;
  // The channel must not keep the process alive by itself; only its closing matters.
  process.channel.unref();
  process.once("disconnect", () => {
    if (stopGracefully) stopGracefully("launcher exited");
    else process.exit(1);
  });
}

/**
 * Runs the given steps in order on SIGTERM/SIGINT (orchestrators send SIGTERM before killing),
 * or when the launcher that started the process exits, and exits non-zero if a step fails or
 * the grace period runs out.
 */
export function onShutdown(logger: Logger, steps: Array<() => Promise<void>>, graceMs = 10_000): void {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    const timer = setTimeout(() => {
      logger.error("shutdown grace period exceeded");
      process.exit(1);
    }, graceMs);
    timer.unref();
    try {
      for (const step of steps) await step();
      logger.info("stopped");
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, "shutdown failed");
      process.exit(1);
    }
  };
  process.once("SIGTERM", () => void stop("SIGTERM"));
  process.once("SIGINT", () => void stop("SIGINT"));
  stopGracefully = (reason) => void stop(reason);
  exitWithLauncher();
}
