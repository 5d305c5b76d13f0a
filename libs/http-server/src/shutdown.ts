import type { Logger } from "@gantry/logging/logger";

/**
 * Runs the given steps in order on SIGTERM/SIGINT (orchestrators send SIGTERM before killing),
 * and exits non-zero if a step fails or the grace period runs out.
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
}
