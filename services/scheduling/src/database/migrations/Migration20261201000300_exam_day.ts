import { Migration } from "@mikro-orm/migrations";

/**
 * The exam day (scheduling part 2): arrival, check-in, exam start and end, report times and
 * distribution on the appointment, each stamped; the DICOM Study Instance UID every booking gets;
 * "left without being seen" as a cancellation reason. The checks keep the stamps consistent with
 * the states, so no path can record a report on an exam that never ran.
 */
export class Migration20261201000300ExamDay extends Migration {
  override name = "Migration20261201000300_exam_day";

  override up(): void {
    // A DICOM UID from a UUID (PS3.5 B.2): "2.25." and the UUID as one decimal integer.
    this.addSql(`
      create function dicom_uid_from_uuid(value uuid) returns text language sql immutable parallel safe as $$
        select '2.25.' || trim_scale(sum(('x' || lpad(substr(hex, position, 1), 8, '0'))::bit(32)::int * power(16::numeric, 32 - position)))::text
        from (select replace(value::text, '-', '') as hex) as digits, generate_series(1, 32) as position
      $$`);
    this.addSql(`
      alter table appointment
        add column study_instance_uid varchar(64) null,
        add column arrived_at timestamptz null,
        add column arrived_by varchar(200) null,
        add column late_arrival boolean null,
        add column checked_in_at timestamptz null,
        add column checked_in_by varchar(200) null,
        add column identity_confirmed_with jsonb null,
        add column exam_status text null check (exam_status in ('in-progress', 'completed', 'discontinued')),
        add column exam_started_at timestamptz null,
        add column exam_started_by varchar(200) null,
        add column exam_ended_at timestamptz null,
        add column exam_ended_by varchar(200) null,
        add column discontinued_reason varchar(500) null,
        add column exam_notes varchar(2000) null,
        add column report_status text null check (report_status in ('preliminary', 'final')),
        add column report_preliminary_at timestamptz null,
        add column report_final_at timestamptz null,
        add column radiologist_name varchar(200) null,
        add column report_addendum boolean not null default false,
        add column report_distributed_at timestamptz null,
        add column report_distributed_via text null check (report_distributed_via in ('portal', 'fax', 'hl7', 'phone', 'print', 'in-person')),
        add column report_distributed_to varchar(200) null`);
    this.addSql(`update appointment set study_instance_uid = dicom_uid_from_uuid(id)`);
    this.addSql(`alter table appointment alter column study_instance_uid set not null`);
    this.addSql(`alter table appointment add constraint appointment_study_instance_uid_unique unique (study_instance_uid)`);
    this.addSql(`
      alter table appointment
        add constraint appointment_checked_in check (checked_in_at is null or (arrived_at is not null and identity_confirmed_with is not null)),
        add constraint appointment_exam_started check ((exam_status is null) = (exam_started_at is null)),
        add constraint appointment_exam_ended check ((exam_status in ('completed', 'discontinued')) = (exam_ended_at is not null)),
        add constraint appointment_discontinued check ((exam_status = 'discontinued') = (discontinued_reason is not null)),
        add constraint appointment_report check (report_status is null or exam_status = 'completed'),
        add constraint appointment_report_final check ((report_status = 'final') = (report_final_at is not null)),
        add constraint appointment_distributed check (report_distributed_at is null or report_status = 'final')`);
    this.addSql(`alter table appointment drop constraint appointment_cancellation_reason_check`);
    this.addSql(`
      alter table appointment add constraint appointment_cancellation_reason_check check (cancellation_reason in
        ('patient-request', 'patient-unwell', 'pregnancy', 'equipment-down', 'prep-incomplete', 'no-iv-access', 'claustrophobia',
         'insurance', 'duplicate-order', 'hold-expired', 'rescheduled', 'left-without-being-seen', 'other'))`);
    // The day's worklists and the board read one department day across devices.
    this.addSql(`create index appointment_day_idx on appointment (starts_at)`);
    // The no-show sweep looks only at bookings still waiting for their patient.
    this.addSql(`create index appointment_awaiting_arrival_idx on appointment (ends_at) where status = 'booked'`);
  }
}
