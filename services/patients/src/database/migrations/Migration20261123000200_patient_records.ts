import { Migration } from "@mikro-orm/migrations";

/** Front-desk and safety records hung off a patient, and the merge trail. */
export class Migration20261123000200PatientRecords extends Migration {
  override name = "Migration20261123000200_patient_records";

  override up(): void {
    this.addSql(`
      create table coverage (
        id uuid primary key,
        patient_id uuid not null references patient (id),
        payer varchar(200) not null,
        member_id varchar(50) not null,
        group_number varchar(50) null,
        plan varchar(200) null,
        subscriber_relation text not null check (subscriber_relation in ('self', 'spouse', 'child', 'other')),
        status text not null check (status in ('active', 'cancelled', 'draft', 'entered-in-error')),
        period_start date null,
        period_end date null,
        verification_outcome text null check (verification_outcome in ('eligible', 'not-eligible', 'could-not-verify')),
        verification_note varchar(500) null,
        verified_at timestamptz null,
        verified_by_subject varchar(200) null,
        verified_by_name varchar(200) null,
        recorded_by_subject varchar(200) not null,
        recorded_by_name varchar(200) not null,
        created_at timestamptz not null,
        updated_at timestamptz not null,
        check (period_start is null or period_end is null or period_end >= period_start)
      )`);
    this.addSql(`create index coverage_patient_idx on coverage (patient_id)`);

    this.addSql(`
      create table prior_authorization (
        id uuid primary key,
        patient_id uuid not null references patient (id),
        order_reference varchar(64) not null,
        procedure_code varchar(20) not null,
        payer_reference varchar(50) null,
        status text not null check (status in ('requested', 'approved', 'denied', 'expired')),
        valid_from date null,
        valid_until date null,
        decision_note varchar(500) null,
        requested_at timestamptz not null,
        requested_by_subject varchar(200) not null,
        requested_by_name varchar(200) not null,
        decided_at timestamptz null,
        decided_by_subject varchar(200) null,
        decided_by_name varchar(200) null,
        -- An approval without a valid window could never be checked against an exam date.
        check (status <> 'approved' or (valid_from is not null and valid_until is not null and valid_until >= valid_from))
      )`);
    // Scheduling asks "is there an approved, unexpired one for this patient and procedure?".
    this.addSql(`create index prior_authorization_lookup_idx on prior_authorization (patient_id, procedure_code, status)`);

    this.addSql(`
      create table safety_screening (
        id uuid primary key,
        patient_id uuid not null references patient (id),
        pregnancy_status text null check (pregnancy_status in ('pregnant', 'not-pregnant', 'possibly-pregnant', 'not-applicable', 'unknown')),
        contrast_allergy boolean null,
        prior_contrast_reactions varchar(1000) null,
        latex_allergy boolean null,
        pacemaker boolean null,
        implants boolean null,
        implant_details varchar(1000) null,
        metal_fragments boolean null,
        claustrophobia boolean null,
        egfr smallint null check (egfr between 0 and 200),
        egfr_measured_on date null,
        weight_kg numeric(5, 1) null check (weight_kg > 0 and weight_kg <= 700),
        answers jsonb not null,
        recorded_at timestamptz not null,
        recorded_by_subject varchar(200) not null,
        recorded_by_name varchar(200) not null,
        expires_at timestamptz not null,
        check (expires_at > recorded_at)
      )`);
    this.addSql(`create index safety_screening_patient_idx on safety_screening (patient_id, recorded_at desc)`);

    this.addSql(`
      create table consent (
        id uuid primary key,
        patient_id uuid not null references patient (id),
        kind text not null check (kind in ('procedure', 'contrast', 'privacy-notice')),
        status text not null check (status in ('draft', 'active', 'rejected', 'revoked')),
        order_reference varchar(64) null,
        signed_at timestamptz null,
        signer_name varchar(200) null,
        signer_relationship text null check (signer_relationship in ('self', 'parent', 'guardian', 'healthcare-proxy', 'other')),
        recorded_at timestamptz not null,
        recorded_by_subject varchar(200) not null,
        recorded_by_name varchar(200) not null,
        revoked_at timestamptz null,
        revoked_by_subject varchar(200) null,
        revoked_by_name varchar(200) null,
        revocation_reason varchar(500) null,
        check (status = 'draft' or (signed_at is not null and signer_name is not null and signer_relationship is not null)),
        check (status <> 'revoked' or revoked_at is not null)
      )`);
    this.addSql(`create index consent_patient_idx on consent (patient_id, recorded_at desc)`);

    this.addSql(`
      create table prior_study_request (
        id uuid primary key,
        patient_id uuid not null references patient (id),
        facility varchar(200) not null,
        studies_description varchar(500) null,
        status text not null check (status in ('requested', 'received', 'cancelled', 'failed')),
        requested_at timestamptz not null,
        requested_by_subject varchar(200) not null,
        requested_by_name varchar(200) not null,
        received_at timestamptz null,
        received_by_subject varchar(200) null,
        received_by_name varchar(200) null,
        note varchar(500) null,
        check (status <> 'received' or received_at is not null)
      )`);
    this.addSql(`create index prior_study_request_patient_idx on prior_study_request (patient_id, requested_at desc)`);

    this.addSql(`
      create table patient_merge (
        id uuid primary key,
        survivor_id uuid not null references patient (id),
        duplicate_id uuid not null unique references patient (id),
        reason varchar(500) not null,
        merged_at timestamptz not null,
        merged_by_subject varchar(200) not null,
        merged_by_name varchar(200) not null,
        moved_records jsonb not null
      )`);
    this.addSql(`create index patient_merge_survivor_idx on patient_merge (survivor_id)`);
    // The merge trail is evidence, like the access log: the database refuses to rewrite it.
    this.addSql(`
      create function append_only_refuse_change() returns trigger language plpgsql as $$
      begin
        raise exception '% is append-only', tg_table_name;
      end $$`);
    this.addSql(`
      create trigger patient_merge_append_only before update or delete or truncate on patient_merge
      for each statement execute function append_only_refuse_change()`);
  }
}
