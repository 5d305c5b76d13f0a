/**
 * The PHI access log's table, in every area that holds PHI (its own database). An area applies
 * it with one migration of its own that adds these statements, as with the event tables.
 * Patients created the same table before the kit kept it; its migrations arrive at this shape.
 *
 * Released: never edit. A change is a new `accessLogTablesV2` that areas add as a new migration.
 */
export const accessLogTablesV1: readonly string[] = [
  `create table phi_access_log (
    id bigserial primary key,
    at timestamptz not null,
    actor_subject varchar(200) not null,
    actor_name varchar(200) not null,
    actor_roles text[] not null,
    patient_id uuid not null,
    action text not null check (action in ('read', 'create', 'update', 'merge')),
    fields text[] not null,
    purpose varchar(30) not null,
    request_id varchar(64) not null
  )`,
  `create index phi_access_log_at_id_idx on phi_access_log (at, id)`,
  `create index phi_access_log_patient_at_id_idx on phi_access_log (patient_id, at, id)`,
  `create index phi_access_log_actor_at_id_idx on phi_access_log (actor_subject, at, id)`,
  // Append-only, enforced by the database itself: the runtime role owns nothing and cannot disable it.
  `create function phi_access_log_refuse_change() returns trigger language plpgsql as $$
    begin
      raise exception 'phi_access_log is append-only';
    end $$`,
  `create trigger phi_access_log_append_only before update or delete or truncate on phi_access_log
    for each statement execute function phi_access_log_refuse_change()`,
];
