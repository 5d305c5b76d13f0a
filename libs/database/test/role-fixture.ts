import { defineEntity, p } from "@mikro-orm/core";
import { migrationOf } from "./test-migration.ts";

/** A row the runtime role writes through the ORM; its id comes from a sequence. */
export const NoteSchema = defineEntity({
  name: "Note",
  tableName: "note",
  properties: { id: p.integer().primary().autoincrement(), body: p.text() },
});

/** A table and an append-only trail like an area's, and a job queue shaped like graphile-worker's (row-level security, its own migrations). */
export const roleFixtureMigration = migrationOf([
  `create table note (id serial primary key, body text not null)`,
  `create table audit_trail (id bigserial primary key, what text not null)`,
  `create function audit_trail_refuse_change() returns trigger language plpgsql as $$ begin raise exception 'audit_trail is append-only'; end $$`,
  `create trigger audit_trail_append_only before update or delete or truncate on audit_trail for each statement execute function audit_trail_refuse_change()`,
  `create schema graphile_worker`,
  `create table graphile_worker._private_jobs (id bigserial primary key, task text not null)`,
  `alter table graphile_worker._private_jobs enable row level security`,
  `create table graphile_worker.migrations (id int primary key)`,
]);
