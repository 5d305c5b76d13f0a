import { Migration } from "@mikro-orm/migrations";

/** Patients and the append-only PHI access log. */
export class Migration20261123000100Patients extends Migration {
  override name = "Migration20261123000100_patients";

  override up(): void {
    this.addSql(`
      create table patient (
        id uuid primary key,
        mrn varchar(20) not null unique,
        family_name varchar(100) not null,
        given_name varchar(100) not null,
        middle_name varchar(100) null,
        birth_date date not null,
        administrative_sex text not null check (administrative_sex in ('male', 'female', 'other', 'unknown')),
        phone varchar(30) null,
        email varchar(254) null,
        address_line varchar(200) null,
        city varchar(100) null,
        region varchar(100) null,
        postal_code varchar(20) null,
        country varchar(2) null,
        preferred_language varchar(35) null,
        interpreter_needed boolean not null default false,
        emergency_contact_name varchar(200) null,
        emergency_contact_phone varchar(30) null,
        emergency_contact_relationship varchar(50) null,
        active boolean not null default true,
        merged_into_id uuid null references patient (id),
        created_at timestamptz not null,
        updated_at timestamptz not null
      )`);
    this.addSql(`create sequence patient_mrn_seq start 1`);
    // Front-desk lookups: name + birth date, or name prefix alone.
    this.addSql(`create index patient_name_birth_idx on patient (lower(family_name) text_pattern_ops, birth_date)`);
    this.addSql(`create index patient_birth_idx on patient (birth_date)`);

    this.addSql(`
      create table phi_access_log (
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
      )`);
    this.addSql(`create index phi_access_log_patient_idx on phi_access_log (patient_id, at desc)`);
    this.addSql(`create index phi_access_log_actor_idx on phi_access_log (actor_subject, at desc)`);
    // Append-only, enforced by the database itself rather than by application discipline.
    this.addSql(`
      create function phi_access_log_refuse_change() returns trigger language plpgsql as $$
      begin
        raise exception 'phi_access_log is append-only';
      end $$`);
    this.addSql(`
      create trigger phi_access_log_append_only before update or delete or truncate on phi_access_log
      for each statement execute function phi_access_log_refuse_change()`);
  }
}
