import { Migration } from "@mikro-orm/migrations";

// Frozen copies of the value sets at this release (released migrations never change).
const modalities = `('mr', 'ct', 'xr', 'us', 'mg', 'nm', 'pt', 'rf', 'xa')`;
const priorities = `('routine', 'urgent', 'asap', 'stat')`;
/** FHIR Appointment.status values that hold the time; cancelled, noshow and entered-in-error free it. */
const appointmentStatuses = `('proposed', 'pending', 'booked', 'arrived', 'checked-in', 'fulfilled', 'cancelled', 'noshow', 'entered-in-error', 'waitlist')`;
const holdingTime = `status in ('proposed', 'pending', 'booked', 'arrived', 'checked-in', 'fulfilled')`;

/**
 * The scheduling area's tables: the procedure catalogue, imaging orders (FHIR ServiceRequest),
 * device schedules, appointments (FHIR Appointment) with their history, and the waitlist. Double
 * booking is refused by PostgreSQL itself: exclusion constraints on each resource's time ranges.
 */
export class Migration20261201000200Scheduling extends Migration {
  override name = "Migration20261201000200_scheduling";

  override up(): void {
    // Trusted since PostgreSQL 13: the database owner may create it without superuser rights.
    this.addSql(`create extension if not exists btree_gist`);

    this.addSql(`
      create table procedure (
        id uuid primary key,
        code varchar(20) not null unique,
        cpt_code varchar(5) null,
        name varchar(200) not null,
        modality text not null check (modality in ${modalities}),
        body_part varchar(60) not null,
        laterality_required boolean not null,
        default_minutes integer not null check (default_minutes between 5 and 480),
        preparation varchar(2000) null,
        contrast text not null check (contrast in ('none', 'oral', 'iv')),
        contrast_agent varchar(100) null,
        screenings text[] not null default '{}',
        consent_required boolean not null default false,
        prior_auth_required boolean not null,
        workload_weight numeric(5, 2) not null check (workload_weight > 0),
        report_due_routine_hours integer not null check (report_due_routine_hours > 0),
        report_due_urgent_hours integer not null check (report_due_urgent_hours > 0),
        report_due_asap_hours integer not null check (report_due_asap_hours > 0),
        report_due_stat_hours integer not null check (report_due_stat_hours > 0),
        procedure_group varchar(40) null,
        retired_at timestamptz null,
        retired_by varchar(200) null,
        retired_reason varchar(500) null,
        created_at timestamptz not null,
        created_by varchar(200) not null,
        updated_at timestamptz not null,
        updated_by varchar(200) not null,
        constraint procedure_contrast_agent check (contrast = 'none' or contrast_agent is not null)
      )`);
    this.addSql(`create index procedure_modality_idx on procedure (modality, name) where retired_at is null`);

    // The procedure's time on one device, where it differs from the procedure's default.
    this.addSql(`
      create table procedure_duration (
        procedure_id uuid not null references procedure (id),
        device_id uuid not null,
        minutes integer not null check (minutes between 5 and 480),
        primary key (procedure_id, device_id)
      )`);

    this.addSql(`create sequence accession_number_seq`);
    this.addSql(`
      create table imaging_order (
        id uuid primary key,
        accession_number varchar(20) not null unique default ('A' || lpad(nextval('accession_number_seq')::text, 9, '0')),
        placer_order_number varchar(40) null,
        patient_id uuid not null,
        referring_name varchar(200) not null,
        referring_npi varchar(10) not null,
        procedure_id uuid not null references procedure (id),
        laterality text null check (laterality in ('left', 'right', 'bilateral')),
        reason_code varchar(8) not null,
        reason_text varchar(500) null,
        priority text not null check (priority in ${priorities}),
        patient_class text not null check (patient_class in ('outpatient', 'inpatient', 'emergency')),
        status text not null check (status in ('draft', 'active', 'on-hold', 'revoked', 'completed', 'entered-in-error')),
        requires_prior_auth boolean not null,
        prior_auth_override_reason varchar(500) null,
        protocol varchar(200) null,
        hold_reason varchar(500) null,
        triaged_at timestamptz null,
        triaged_by varchar(200) null,
        notes varchar(2000) null,
        ordered_at timestamptz not null,
        ordered_by varchar(200) not null,
        updated_at timestamptz not null,
        updated_by varchar(200) not null
      )`);
    this.addSql(`create index imaging_order_patient_idx on imaging_order (patient_id, ordered_at desc)`);
    // The order queue: open orders by urgency, oldest first.
    this.addSql(
      `create index imaging_order_queue_idx on imaging_order (status, ordered_at, id) where status in ('draft', 'active', 'on-hold')`,
    );

    // Weekly opening hours per device, wall-clock times in the department's time zone.
    this.addSql(`
      create table schedule_hours (
        id uuid primary key,
        device_id uuid not null,
        weekday smallint not null check (weekday between 1 and 7),
        opens time not null,
        closes time not null,
        valid_from date not null,
        valid_to date null,
        created_at timestamptz not null,
        created_by varchar(200) not null,
        constraint schedule_hours_order check (closes > opens),
        constraint schedule_hours_valid check (valid_to is null or valid_to >= valid_from)
      )`);
    this.addSql(`create index schedule_hours_device_idx on schedule_hours (device_id, weekday)`);
    // One date's hours replacing the week's (a holiday, extended hours).
    this.addSql(`
      create table schedule_exception (
        id uuid primary key,
        device_id uuid not null,
        on_date date not null,
        closed boolean not null,
        opens time null,
        closes time null,
        reason varchar(200) not null,
        created_at timestamptz not null,
        created_by varchar(200) not null,
        unique (device_id, on_date),
        constraint schedule_exception_hours check (closed = (opens is null) and (opens is null) = (closes is null) and (closes is null or closes > opens))
      )`);
    // Time kept for a priority (e.g. STAT slots on CT) or a procedure group.
    this.addSql(`
      create table reserved_block (
        id uuid primary key,
        device_id uuid not null,
        weekday smallint not null check (weekday between 1 and 7),
        starts time not null,
        ends time not null,
        for_priority text null check (for_priority in ('urgent', 'asap', 'stat')),
        for_group varchar(40) null,
        valid_from date not null,
        valid_to date null,
        created_at timestamptz not null,
        created_by varchar(200) not null,
        constraint reserved_block_order check (ends > starts),
        constraint reserved_block_for check (for_priority is not null or for_group is not null)
      )`);
    this.addSql(`create index reserved_block_device_idx on reserved_block (device_id, weekday)`);

    this.addSql(`
      create table appointment (
        id uuid primary key,
        order_id uuid not null references imaging_order (id),
        patient_id uuid not null,
        device_id uuid not null,
        technologist_id uuid null,
        starts_at timestamptz not null,
        ends_at timestamptz not null,
        status text not null check (status in ${appointmentStatuses}),
        overbooked boolean not null default false,
        overbook_reason varchar(500) null,
        hold_expires_at timestamptz null,
        cancellation_reason text null check (cancellation_reason in ('patient-request', 'patient-unwell', 'pregnancy', 'equipment-down', 'prep-incomplete', 'no-iv-access', 'claustrophobia', 'insurance', 'duplicate-order', 'hold-expired', 'rescheduled', 'other')),
        cancellation_note varchar(500) null,
        cancelled_late boolean null,
        cancelled_at timestamptz null,
        cancelled_by varchar(200) null,
        booked_at timestamptz null,
        booked_by varchar(200) null,
        created_at timestamptz not null,
        updated_at timestamptz not null,
        constraint appointment_order check (ends_at > starts_at),
        constraint appointment_overbook_reason check (not overbooked or overbook_reason is not null),
        constraint appointment_cancelled check ((status = 'cancelled') = (cancellation_reason is not null)),
        -- One active appointment per device at a time, unless overbooked by someone allowed to.
        constraint appointment_device_free exclude using gist (device_id with =, tstzrange(starts_at, ends_at, '[)') with &&)
          where (${holdingTime} and not overbooked),
        -- A technologist runs one exam at a time.
        constraint appointment_technologist_free exclude using gist (technologist_id with =, tstzrange(starts_at, ends_at, '[)') with &&)
          where (${holdingTime} and technologist_id is not null and not overbooked),
        -- A patient is in one place at a time, overbooked or not.
        constraint appointment_patient_free exclude using gist (patient_id with =, tstzrange(starts_at, ends_at, '[)') with &&)
          where (${holdingTime})
      )`);
    this.addSql(`create index appointment_order_idx on appointment (order_id)`);
    this.addSql(`create index appointment_device_time_idx on appointment (device_id, starts_at)`);
    this.addSql(
      `create index appointment_technologist_time_idx on appointment (technologist_id, starts_at) where technologist_id is not null`,
    );
    this.addSql(`create index appointment_patient_idx on appointment (patient_id, starts_at)`);
    this.addSql(`create index appointment_expiring_hold_idx on appointment (hold_expires_at) where status = 'proposed'`);

    // Every change to an appointment, append-only (who, when, from -> to, why).
    this.addSql(`
      create table appointment_history (
        id bigserial primary key,
        -- Deferred: the unit of work may write the history line before the appointment it describes.
        appointment_id uuid not null references appointment (id) deferrable initially deferred,
        at timestamptz not null,
        actor_subject varchar(200) not null,
        actor_name varchar(200) not null,
        action varchar(30) not null,
        from_status text null check (from_status in ${appointmentStatuses}),
        to_status text not null check (to_status in ${appointmentStatuses}),
        changes jsonb not null default '{}',
        reason varchar(500) null
      )`);
    this.addSql(`create index appointment_history_appointment_idx on appointment_history (appointment_id, at, id)`);
    this.addSql(`
      create function appointment_history_refuse_change() returns trigger language plpgsql as $$
        begin
          raise exception 'appointment_history is append-only';
        end $$`);
    this.addSql(`
      create trigger appointment_history_append_only before update or delete or truncate on appointment_history
        for each statement execute function appointment_history_refuse_change()`);

    // A patient who wants an earlier slot than the one booked (or any slot, when none suits).
    this.addSql(`
      create table waitlist_entry (
        id uuid primary key,
        order_id uuid not null references imaging_order (id),
        patient_id uuid not null,
        earliest date not null,
        latest date not null,
        note varchar(500) null,
        created_at timestamptz not null,
        created_by varchar(200) not null,
        removed_at timestamptz null,
        removed_by varchar(200) null,
        constraint waitlist_entry_window check (latest >= earliest)
      )`);
    this.addSql(`create index waitlist_entry_open_idx on waitlist_entry (earliest) where removed_at is null`);
  }
}
