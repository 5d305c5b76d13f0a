import { Migration } from "@mikro-orm/migrations";

const modalityCheck = (column: string) => `check (${column} in ('mr', 'ct', 'xr', 'us', 'mg', 'nm'))`;

/** Devices, downtime, maintenance, service contracts, inventory (items, lots, movements) and the probe disinfection log. */
export class Migration20261123000400Equipment extends Migration {
  override name = "Migration20261123000400_equipment";

  override up(): void {
    // btree_gist lets one GiST index combine equality on the device with overlap on the time range.
    this.addSql(`create extension if not exists btree_gist`);
    this.addSql(`
      create table device (
        id uuid primary key,
        name varchar(120) not null,
        kind text not null check (kind in ('scanner', 'ultrasound-probe', 'injector', 'workstation')),
        modality text null ${modalityCheck("modality")},
        manufacturer varchar(120) not null,
        model varchar(120) not null,
        serial_number varchar(60) not null unique,
        room varchar(60) null,
        installed_on date null,
        end_of_support_on date null,
        status text not null default 'active' check (status in ('active', 'down', 'maintenance', 'retired')),
        created_at timestamptz not null,
        updated_at timestamptz not null,
        constraint device_support_after_install check (end_of_support_on is null or installed_on is null or end_of_support_on > installed_on)
      )`);
    this.addSql(`create index device_modality_idx on device (modality, status, kind)`);

    // A DOWN period opens when a device goes down and closes when it comes back; it blocks bookings meanwhile.
    this.addSql(`
      create table down_period (
        id uuid primary key,
        device_id uuid not null references device (id),
        starts_at timestamptz not null,
        ends_at timestamptz null,
        reason varchar(300) null,
        recorded_by varchar(200) not null,
        constraint down_period_ends_after_start check (ends_at is null or ends_at > starts_at),
        constraint down_period_no_overlap exclude using gist (device_id with =, tstzrange(starts_at, ends_at) with &&)
      )`);
    this.addSql(`create unique index down_period_one_open_idx on down_period (device_id) where ends_at is null`);

    this.addSql(`
      create table maintenance (
        id uuid primary key,
        device_id uuid not null references device (id),
        kind text not null check (kind in ('preventive', 'corrective', 'calibration', 'phantom-qa')),
        starts_at timestamptz not null,
        ends_at timestamptz not null,
        vendor varchar(120) null,
        status text not null default 'scheduled' check (status in ('scheduled', 'in-progress', 'completed', 'cancelled')),
        completed_at timestamptz null,
        notes varchar(2000) null,
        scheduled_by varchar(200) not null,
        created_at timestamptz not null,
        updated_at timestamptz not null,
        constraint maintenance_ends_after_start check (ends_at > starts_at),
        constraint maintenance_completed_at check ((status = 'completed') = (completed_at is not null)),
        -- One device, one maintenance window at a time (cancelled windows free their time).
        constraint maintenance_no_overlap exclude using gist (device_id with =, tstzrange(starts_at, ends_at) with &&)
          where (status <> 'cancelled')
      )`);
    this.addSql(
      `create index maintenance_time_idx on maintenance using gist (tstzrange(starts_at, ends_at)) where (status <> 'cancelled')`,
    );
    this.addSql(`create index maintenance_status_idx on maintenance (status, starts_at)`);

    this.addSql(`
      create table service_contract (
        id uuid primary key,
        device_id uuid not null references device (id),
        vendor varchar(120) not null,
        coverage text not null check (coverage in ('full', 'parts-only', 'labor-only', 'preventive-only')),
        starts_on date not null,
        ends_on date not null,
        annual_cost numeric(12, 2) not null check (annual_cost >= 0),
        response_time_hours integer not null check (response_time_hours > 0),
        created_at timestamptz not null,
        constraint service_contract_ends_after_start check (ends_on >= starts_on)
      )`);
    this.addSql(`create index service_contract_device_idx on service_contract (device_id)`);
    this.addSql(`create index service_contract_ends_idx on service_contract (ends_on)`);

    this.addSql(`
      create table inventory_item (
        id uuid primary key,
        name varchar(120) not null unique,
        category text not null check (category in ('contrast', 'probe-cover', 'gel', 'disinfectant', 'syringe', 'other')),
        unit varchar(40) not null,
        location varchar(60) not null,
        reorder_level integer not null check (reorder_level >= 0),
        created_at timestamptz not null
      )`);

    this.addSql(`
      create table inventory_lot (
        id uuid primary key,
        item_id uuid not null references inventory_item (id),
        lot_number varchar(60) not null,
        expires_on date null,
        created_at timestamptz not null,
        constraint inventory_lot_number_unique unique (item_id, lot_number)
      )`);
    this.addSql(`create index inventory_lot_expires_idx on inventory_lot (expires_on)`);

    // Stock on hand is the sum of these rows; nothing keeps a running counter.
    this.addSql(`
      create table stock_movement (
        id uuid primary key,
        lot_id uuid not null references inventory_lot (id),
        location varchar(60) not null,
        kind text not null check (kind in ('received', 'used', 'wasted', 'adjusted')),
        quantity integer not null,
        recorded_by varchar(200) not null,
        occurred_at timestamptz not null,
        reason varchar(300) null,
        created_at timestamptz not null,
        constraint stock_movement_sign check (
          (kind = 'received' and quantity > 0) or (kind in ('used', 'wasted') and quantity < 0) or (kind = 'adjusted' and quantity <> 0)
        )
      )`);
    this.addSql(`create index stock_movement_lot_idx on stock_movement (lot_id, location)`);

    this.addSql(`
      create table probe_use (
        id uuid primary key,
        probe_id uuid not null references device (id),
        used_at timestamptz not null,
        appointment_reference varchar(100) null,
        recorded_by varchar(200) not null,
        created_at timestamptz not null
      )`);
    this.addSql(`create index probe_use_probe_idx on probe_use (probe_id, used_at desc)`);

    this.addSql(`
      create table probe_disinfection (
        id uuid primary key,
        probe_id uuid not null references device (id),
        method text not null check (method in ('hydrogen-peroxide-mist', 'opa-soak', 'glutaraldehyde-soak', 'uv-c', 'chlorine-dioxide-wipe')),
        disinfectant_lot_id uuid null references inventory_lot (id),
        performed_by uuid not null,
        performed_at timestamptz not null,
        result text not null check (result in ('pass', 'fail')),
        notes varchar(1000) null,
        recorded_by varchar(200) not null,
        created_at timestamptz not null
      )`);
    this.addSql(`create index probe_disinfection_probe_idx on probe_disinfection (probe_id, performed_at desc)`);
  }
}
