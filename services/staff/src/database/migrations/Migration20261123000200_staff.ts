import { Migration } from "@mikro-orm/migrations";

const modalityCheck = (column: string) => `check (${column} in ('mr', 'ct', 'xr', 'us', 'mg', 'nm'))`;

/** Staff members, their credentials, competencies, continuing education and shifts. */
export class Migration20261123000200Staff extends Migration {
  override name = "Migration20261123000200_staff";

  override up(): void {
    // btree_gist lets one GiST index combine equality on the person with overlap on the time range.
    this.addSql(`create extension if not exists btree_gist`);
    this.addSql(`
      create table staff_member (
        id uuid primary key,
        employee_id varchar(20) not null unique,
        family_name varchar(100) not null,
        given_name varchar(100) not null,
        role text not null check (role in ('technologist', 'sonographer', 'radiologist', 'nurse', 'scheduler', 'coordinator', 'manager', 'quality-officer')),
        npi varchar(10) null,
        active boolean not null default true,
        modalities text[] not null default '{}',
        created_at timestamptz not null,
        updated_at timestamptz not null,
        constraint staff_member_radiologist_npi check (role <> 'radiologist' or npi is not null)
      )`);
    this.addSql(`create index staff_member_name_idx on staff_member (lower(family_name) text_pattern_ops, lower(given_name))`);
    this.addSql(`create index staff_member_role_idx on staff_member (role)`);

    this.addSql(`
      create table credential (
        id uuid primary key,
        staff_member_id uuid not null references staff_member (id),
        kind text not null check (kind in ('arrt-r', 'arrt-ct', 'arrt-mr', 'arrt-m', 'arrt-nm', 'ardms-rdms', 'ardms-rdcs', 'ardms-rvt', 'nmtcb', 'bls', 'state-license')),
        number varchar(40) not null,
        issuer varchar(120) not null,
        issued_on date not null,
        expires_on date not null,
        verification text not null default 'unverified' check (verification in ('unverified', 'verified', 'failed')),
        verified_by varchar(200) null,
        verified_at timestamptz null,
        created_at timestamptz not null,
        updated_at timestamptz not null,
        constraint credential_expires_after_issue check (expires_on > issued_on)
      )`);
    this.addSql(`create index credential_staff_member_idx on credential (staff_member_id)`);
    this.addSql(`create index credential_expires_idx on credential (expires_on)`);

    this.addSql(`
      create table competency (
        id uuid primary key,
        staff_member_id uuid not null references staff_member (id),
        modality text not null ${modalityCheck("modality")},
        exam_type varchar(100) null,
        assessed_by varchar(200) not null,
        assessed_on date not null,
        result text not null check (result in ('passed', 'failed', 'needs-review')),
        next_due_on date null,
        created_at timestamptz not null,
        constraint competency_due_after_assessment check (next_due_on is null or next_due_on > assessed_on)
      )`);
    this.addSql(`create index competency_staff_member_idx on competency (staff_member_id, modality, assessed_on desc)`);

    this.addSql(`
      create table continuing_education (
        id uuid primary key,
        staff_member_id uuid not null references staff_member (id),
        title varchar(200) not null,
        category varchar(40) not null,
        credits numeric(5, 2) not null check (credits > 0),
        completed_on date not null,
        created_at timestamptz not null
      )`);
    this.addSql(`create index continuing_education_staff_member_idx on continuing_education (staff_member_id, completed_on)`);

    this.addSql(`
      create table shift (
        id uuid primary key,
        staff_member_id uuid not null references staff_member (id),
        starts_at timestamptz not null,
        ends_at timestamptz not null,
        modality text null ${modalityCheck("modality")},
        location varchar(60) null,
        kind text not null default 'regular' check (kind in ('regular', 'on-call')),
        cancelled_at timestamptz null,
        cancelled_by varchar(200) null,
        cancel_reason varchar(300) null,
        created_at timestamptz not null,
        updated_at timestamptz not null,
        constraint shift_ends_after_start check (ends_at > starts_at),
        -- One person, one place at a time: live shifts of the same person may not overlap.
        -- Deferrable so a swap can exchange two people inside one transaction.
        constraint shift_no_overlap exclude using gist (staff_member_id with =, tstzrange(starts_at, ends_at) with &&)
          where (cancelled_at is null) deferrable initially immediate
      )`);
    this.addSql(`create index shift_time_idx on shift using gist (tstzrange(starts_at, ends_at)) where (cancelled_at is null)`);
  }
}
