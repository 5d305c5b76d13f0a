import type { Logger } from "@gantry/logging/logger";
import type { MikroORM } from "@mikro-orm/postgresql";

/**
 * Work an area does on a clock (the no-show sweep, say), run by the service's graphile-worker
 * from a crontab line: graphile-worker schedules each tick once however many processes of the
 * service run, and the task itself must be safe to run twice (a tick can be retried).
 */
export interface ScheduledTask {
  /** The task's name in the queue, unique in the area: letters, digits and underscores (graphile-worker's crontab rule). */
  name: string;
  /** Five-field cron pattern in UTC, e.g. `* * * * *` for every minute. */
  cron: string;
  run(work: { orm: MikroORM; logger: Logger; now: Date }): Promise<void>;
}
