import { Migration } from "@mikro-orm/migrations";

/** Targets per KPI and scope, in force from a day (kpi-target.entity.ts). Released migrations are never edited: add a new one. */
export class Migration20261201184417KpiTarget extends Migration {
  override name = "Migration20261201184417_kpi_target";

  override up(): void {
    this.addSql(`
      create table kpi_target (
        id uuid primary key,
        kpi text not null check (kpi in ('report-turnaround', 'order-to-exam', 'wait', 'no-show-rate', 'late-cancellation-rate',
          'exam-completion-rate', 'scanner-utilization', 'repeat-rate', 'critical-results-on-time', 'incidents-per-1000')),
        value double precision not null check (value >= 0),
        priority text null check (priority in ('routine', 'urgent', 'asap', 'stat')),
        patient_class text null check (patient_class in ('outpatient', 'inpatient', 'emergency')),
        modality text null check (modality in ('mr', 'ct', 'xr', 'us', 'mg', 'nm', 'pt', 'rf', 'xa')),
        effective_from date not null,
        note varchar(500) null,
        created_by varchar(200) not null,
        created_at timestamptz not null,
        -- One target per KPI and scope starting on a day; "every priority" is a scope of its own.
        constraint kpi_target_once_a_day unique nulls not distinct (kpi, priority, patient_class, modality, effective_from)
      )`);
    this.addSql(`create index kpi_target_in_force_idx on kpi_target (kpi, effective_from desc)`);
  }
}
