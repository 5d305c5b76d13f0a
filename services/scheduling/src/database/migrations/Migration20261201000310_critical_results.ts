import { Migration } from "@mikro-orm/migrations";

/** Critical and unexpected findings with their closed-loop communication, and the department's limits per urgency. */
export class Migration20261201000310CriticalResults extends Migration {
  override name = "Migration20261201000310_critical_results";

  override up(): void {
    this.addSql(`
      create table critical_result_limit (
        urgency text primary key check (urgency in ('immediate', 'within-hours', 'routine-follow-up')),
        minutes integer not null check (minutes between 1 and 43200),
        updated_at timestamptz not null,
        updated_by varchar(200) not null
      )`);
    this.addSql(`
      insert into critical_result_limit (urgency, minutes, updated_at, updated_by) values
        ('immediate', 60, now(), 'Gantry (default)'),
        ('within-hours', 360, now(), 'Gantry (default)'),
        ('routine-follow-up', 4320, now(), 'Gantry (default)')`);
    this.addSql(`
      create table critical_finding (
        id uuid primary key,
        appointment_id uuid not null references appointment (id),
        patient_id uuid not null,
        category varchar(200) not null,
        description varchar(2000) null,
        urgency text not null check (urgency in ('immediate', 'within-hours', 'routine-follow-up')),
        recorded_at timestamptz not null,
        recorded_by varchar(200) not null,
        communicate_by timestamptz not null,
        communicated_at timestamptz null,
        communicated_by varchar(200) null,
        communicated_to varchar(200) null,
        communicated_via text null check (communicated_via in ('phone', 'page', 'in-person', 'secure-message')),
        read_back_confirmed boolean null,
        -- The loop closes only with who, how and the read-back, all at once.
        constraint critical_finding_communicated check (
          (communicated_at is null) = (communicated_to is null)
          and (communicated_at is null) = (communicated_via is null)
          and (communicated_at is null or read_back_confirmed))
      )`);
    this.addSql(`create index critical_finding_appointment_idx on critical_finding (appointment_id)`);
    this.addSql(`create index critical_finding_open_idx on critical_finding (communicate_by) where communicated_at is null`);
    this.addSql(`create index critical_finding_patient_idx on critical_finding (patient_id)`);
  }
}
