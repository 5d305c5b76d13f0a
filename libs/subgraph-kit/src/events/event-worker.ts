import type { Logger as AppLogger } from "@gantry/logging/logger";
import type { MikroORM } from "@mikro-orm/postgresql";
import { Logger, run, runMigrations, type TaskList } from "graphile-worker";
import type { ScheduledTask } from "../scheduled-task.ts";
import { deliveryTask } from "./delivery-task.ts";
import { deliverEventTask, type EventRouting } from "./event-routing.ts";

/** graphile-worker's log lines, into the service's own JSON log. */
function workerLogger(logger: AppLogger): Logger {
  const log = logger.child({ component: "event-worker" });
  return new Logger(() => (level, message) => {
    if (level === "error") log.error(message);
    else if (level === "warning") log.warn(message);
    else if (level === "info") log.info(message);
    else log.debug(message);
  });
}

/**
 * Creates or upgrades graphile-worker's own schema (`graphile_worker`). Run as the database's
 * owner before the area's migrations, whose grants then let the runtime role use the queue.
 */
export async function migrateEventQueue(ownerUrl: string, logger: AppLogger): Promise<void> {
  await runMigrations({ connectionString: ownerUrl, logger: workerLogger(logger) });
}

export interface EventWorker {
  /** Finishes the deliveries under way (aborting them after a few seconds), then releases its connections. */
  stop(): Promise<void>;
}

/**
 * Starts the area's delivery worker in the service's process, connected as the runtime role.
 * Jobs arrive by LISTEN/NOTIFY as soon as the publishing transaction commits; retries are
 * picked up by polling.
 */
export async function startEventWorker(options: {
  databaseUrl: string;
  routing: EventRouting;
  internalSecret: string;
  logger: AppLogger;
  /** The area's work on a clock, each run with the service's database. */
  scheduled?: { tasks: readonly ScheduledTask[]; orm: MikroORM };
}): Promise<EventWorker> {
  const scheduled = options.scheduled?.tasks ?? [];
  const scheduledTasks: TaskList = Object.fromEntries(
    scheduled.map((task) => [
      task.name,
      async () => {
        if (!options.scheduled) return;
        await task.run({ orm: options.scheduled.orm, logger: options.logger.child({ task: task.name }), now: new Date() });
      },
    ]),
  );
  const runner = await run({
    connectionString: options.databaseUrl,
    concurrency: 2,
    maxPoolSize: 4,
    pollInterval: 1000,
    // The service's own shutdown (SIGTERM → stop()) stops the worker; it must not install handlers of its own.
    noHandleSignals: true,
    logger: workerLogger(options.logger),
    taskList: { [deliverEventTask]: deliveryTask(options.routing, options.internalSecret), ...scheduledTasks },
    // A tick missed while no process ran is not made up (backfill off): the next tick does the same work.
    ...(scheduled.length > 0 ? { crontab: scheduled.map((task) => `${task.cron} ${task.name}`).join("\n") } : {}),
  });
  return { stop: () => runner.stop() };
}
