import type { EntityManager } from "@mikro-orm/postgresql";
import type { ScheduledTask } from "@gantry/subgraph-kit/scheduled-task";

/** How long after a booking's end a patient who never arrived is marked a no-show, unless configured. */
export const defaultNoShowGraceMinutes = 60;

/**
 * Marks every booking whose patient has not arrived `graceMinutes` after its end as a no-show, with
 * its history line and an audit entry, in one statement. Safe to run twice or from two processes
 * at once: a row another sweep (or the front desk) changed first no longer matches `status = 'booked'`
 * when PostgreSQL re-checks it under the row lock, so each booking is marked once.
 */
export async function markOverdueNoShows(em: EntityManager, options: { graceMinutes: number; now: Date }): Promise<number> {
  const rows = await em.getConnection().execute<{ id: string }[]>(
    `with marked as (
       update appointment set status = 'noshow', updated_at = ?
       where status = 'booked' and ends_at <= ?::timestamptz - ? * interval '1 minute'
       returning id, patient_id),
     history as (
       insert into appointment_history (appointment_id, at, actor_subject, actor_name, action, from_status, to_status, changes, reason)
       select id, ?, 'system', 'Gantry (no-show sweep)', 'no-show', 'booked', 'noshow', '{}',
              'Not arrived ' || ? || ' minutes after the booked end.'
       from marked),
     audit as (
       insert into phi_access_log (at, actor_subject, actor_name, actor_roles, patient_id, action, fields, purpose, request_id)
       select ?, 'system', 'Gantry (no-show sweep)', '{}', patient_id, 'update', '{no-show}', 'operations', 'no-show-sweep'
       from marked)
     select id from marked`,
    [options.now, options.now, options.graceMinutes, options.now, options.graceMinutes, options.now],
  );
  return rows.length;
}

/** Every minute, by the service's worker. */
export function noShowSweep(graceMinutes: number): ScheduledTask {
  return {
    name: "scheduling_no_show_sweep",
    cron: "* * * * *",
    async run({ orm, logger, now }) {
      const marked = await markOverdueNoShows(orm.em.fork(), { graceMinutes, now });
      if (marked > 0) logger.info({ marked, graceMinutes }, "marked bookings as no-shows");
    },
  };
}
