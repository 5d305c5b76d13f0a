/**
 * The tables of cross-area events, in every area's own database (an area is a producer, a
 * consumer or both). An area applies them with one migration of its own that adds these
 * statements, so they sit in its committed migration history like any other table.
 *
 * Released: never edit. A change to these tables is a new `eventTablesV2` that areas add as a
 * new migration.
 */
export const eventTablesV1: readonly string[] = [
  // What this area published, one row per event, written in the transaction of the change.
  `create table event_outbox (
    id uuid primary key,
    type varchar(100) not null,
    producer varchar(50) not null,
    payload jsonb not null,
    occurred_at timestamptz not null default now()
  )`,
  // Where each event stands with each subscribing area; the job runner does the sending.
  `create table event_delivery (
    event_id uuid not null references event_outbox (id),
    subscriber varchar(50) not null,
    status varchar(10) not null default 'pending' check (status in ('pending', 'delivered', 'failed')),
    outcome varchar(10) check (outcome in ('applied', 'duplicate', 'ignored')),
    attempts integer not null default 0,
    last_error text,
    last_attempt_at timestamptz,
    delivered_at timestamptz,
    primary key (event_id, subscriber)
  )`,
  `create index event_delivery_open_idx on event_delivery (status, event_id) where status <> 'delivered'`,
  // The events this area applied, committed with the change they caused: a redelivery finds its id here.
  `create table event_inbox (
    event_id uuid primary key,
    producer varchar(50) not null,
    type varchar(100) not null,
    applied_at timestamptz not null default now()
  )`,
  // Enforced by the database: a deleted inbox row would let an event apply twice, an edited outbox row would rewrite history.
  `create function event_tables_refuse_change() returns trigger language plpgsql as $$
    begin
      raise exception '% is append-only', tg_table_name;
    end $$`,
  `create trigger event_outbox_append_only before update or delete or truncate on event_outbox
    for each statement execute function event_tables_refuse_change()`,
  `create trigger event_inbox_append_only before update or delete or truncate on event_inbox
    for each statement execute function event_tables_refuse_change()`,
];
