import pg from "pg";

/**
 * A year of a department's bookings for the benchmarks, written straight into the scheduling
 * database (the demo seed has the catalogue and the scanners' hours, not a year of history): one
 * order per appointment, ~21 appointments a scanner a day from 07:00, over the past 12 months and
 * the next 4 weeks; past ones mostly fulfilled with ~12 % cancelled and ~4 % no-shows, future ones
 * booked; and 600 open orders waiting in the queue. A benchmark fixture, not demo data: patients are
 * fresh ids (the patients area does not know them) and no technologist is assigned.
 */
export async function loadSchedulingYear(
  databaseUrl: string,
  today: string,
): Promise<{ appointments: number; openOrders: number; seconds: number }> {
  const started = Date.now();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("begin");
    await client.query(
      `
      create temporary table bench_slot on commit drop as
      select gen_random_uuid() as order_id, gen_random_uuid() as appointment_id, gen_random_uuid() as patient_id,
             d.device_id, p.id as procedure_id,
             (day + time '07:00' + n * interval '30 minutes') at time zone 'UTC' as starts_at,
             day::date as day, random() as roll
      from (select distinct device_id from schedule_hours) d
      cross join generate_series($1::date - 365, $1::date + 28, interval '1 day') as day
      cross join generate_series(0, 20) as n
      cross join lateral (select id from procedure where retired_at is null order by md5(d.device_id::text || n::text || day::text) limit 1) p`,
      [today],
    );
    await client.query(
      `
      insert into imaging_order (id, accession_number, patient_id, referring_name, referring_npi, procedure_id, reason_code, priority,
                                 patient_class, status, requires_prior_auth, ordered_at, ordered_by, updated_at, updated_by, triaged_at, triaged_by)
      select order_id, 'B' || lpad(nextval('accession_number_seq')::text, 9, '0'), patient_id, 'Dr. Bench Referrer', '1234567893',
             procedure_id, 'R51.9', case when roll < 0.02 then 'stat' when roll < 0.1 then 'urgent' else 'routine' end,
             case when roll < 0.15 then 'inpatient' when roll < 0.2 then 'emergency' else 'outpatient' end,
             case when day < $1::date then 'completed' else 'active' end, false,
             starts_at - interval '9 days', 'Bench', starts_at - interval '9 days', 'Bench', starts_at - interval '8 days', 'Bench'
      from bench_slot`,
      [today],
    );
    const inserted = await client.query(
      `insert into appointment (id, order_id, patient_id, device_id, starts_at, ends_at, status, cancellation_reason, cancelled_late,
                                cancelled_at, cancelled_by, booked_at, booked_by, created_at, updated_at, study_instance_uid)
       select appointment_id, order_id, patient_id, device_id, starts_at, starts_at + interval '25 minutes',
              case when day >= $1::date then 'booked' when roll < 0.12 then 'cancelled' when roll < 0.16 then 'noshow' else 'fulfilled' end,
              case when day < $1::date and roll < 0.12 then 'patient-request' end,
              case when day < $1::date and roll < 0.12 then roll < 0.04 end,
              case when day < $1::date and roll < 0.12 then starts_at - interval '2 days' end,
              case when day < $1::date and roll < 0.12 then 'Bench' end,
              starts_at - interval '8 days', 'Bench', starts_at - interval '8 days', starts_at - interval '8 days',
              dicom_uid_from_uuid(appointment_id)
       from bench_slot`,
      [today],
    );
    const open = await client.query(
      `insert into imaging_order (id, accession_number, patient_id, referring_name, referring_npi, procedure_id, reason_code, priority,
                                  patient_class, status, requires_prior_auth, ordered_at, ordered_by, updated_at, updated_by)
       select gen_random_uuid(), 'Q' || lpad(nextval('accession_number_seq')::text, 9, '0'), gen_random_uuid(), 'Dr. Bench Referrer',
              '1234567893', (select id from procedure where modality = 'ct' and retired_at is null order by code limit 1), 'R51.9',
              (array['routine', 'urgent', 'asap', 'stat'])[1 + n % 4], 'outpatient', 'active', false,
              now() - n * interval '17 minutes', 'Bench', now(), 'Bench'
       from generate_series(1, 600) as n`,
    );
    await client.query("commit");
    await client.query("analyze");
    return { appointments: inserted.rowCount ?? 0, openOrders: open.rowCount ?? 0, seconds: (Date.now() - started) / 1000 };
  } finally {
    await client.end();
  }
}
