import { LockMode } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import { asJsonList, plainRows } from "@gantry/subgraph-kit/plain-rows";
import { urgencyOrderSql } from "../imaging-order/imaging-order.entity.ts";
import { Appointment, AppointmentHistory, holdingTimeSql } from "./appointment.entity.ts";

/** A stretch of a resource's time already taken. */
export interface BusyPeriod {
  resourceId: string;
  startsAt: Date;
  endsAt: Date;
}

/** Reads and writes appointments and their history. */
export class AppointmentStore {
  private readonly em: EntityManager;
  constructor(em: EntityManager) {
    this.em = em;
  }

  /**
   * Holds past their expiry stop holding time: they become cancelled (hold-expired), one statement.
   * Run before any booking and any read of free time, so an expired hold is free to everyone at once.
   */
  async releaseExpiredHolds(): Promise<void> {
    await this.em.execute(
      `with expired as (
         update appointment set status = 'cancelled', cancellation_reason = 'hold-expired', cancelled_at = hold_expires_at,
                cancelled_by = 'Gantry (hold expired)', updated_at = now()
         where status = 'proposed' and hold_expires_at <= now() returning id, hold_expires_at)
       insert into appointment_history (appointment_id, at, actor_subject, actor_name, action, from_status, to_status, changes, reason)
       select id, hold_expires_at, 'system', 'Gantry', 'hold-expired', 'proposed', 'cancelled', '{}', 'The hold ran out before it was booked.'
       from expired`,
    );
  }

  // The lists below are read-only snapshots (plain rows, no unit of work): they are what the
  // week view, a worklist and other areas' references cost. A change loads its row with locked().

  byIds(ids: readonly string[]): Promise<Appointment[]> {
    return this.rows(`select * from appointment where id in (select jsonb_array_elements_text(?::jsonb)::uuid)`, [asJsonList(ids)]);
  }

  locked(id: string): Promise<Appointment | null> {
    return this.em.findOne(Appointment, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  }

  byOrders(orderIds: readonly string[]): Promise<Appointment[]> {
    return this.rows(
      `select * from appointment where order_id in (select jsonb_array_elements_text(?::jsonb)::uuid) order by starts_at, id`,
      [asJsonList(orderIds)],
    );
  }

  byPatients(patientIds: readonly string[]): Promise<Appointment[]> {
    return this.rows(
      `select * from appointment where patient_id in (select jsonb_array_elements_text(?::jsonb)::uuid) order by starts_at desc, id desc`,
      [asJsonList(patientIds)],
    );
  }

  /** Appointments of these devices overlapping [from, to): the week view, one statement however many. */
  onDevices(deviceIds: readonly string[], from: Date, to: Date): Promise<Appointment[]> {
    return this.rows(
      `select * from appointment where device_id in (select jsonb_array_elements_text(?::jsonb)::uuid)
         and starts_at < ? and ends_at > ? order by starts_at, id`,
      [asJsonList(deviceIds), to, from],
    );
  }

  onTechnologists(staffIds: readonly string[], from: Date, to: Date): Promise<Appointment[]> {
    return this.rows(
      `select * from appointment where technologist_id in (select jsonb_array_elements_text(?::jsonb)::uuid)
         and starts_at < ? and ends_at > ? order by starts_at, id`,
      [asJsonList(staffIds), to, from],
    );
  }

  /**
   * A day's appointments in [from, to), optionally for one device, technologist or modality (the
   * procedure's): in time order, the most urgent first among those starting together.
   */
  worklist(filter: {
    from: Date;
    to: Date;
    deviceId?: string | null;
    technologistId?: string | null;
    modality?: string | null;
    includeClosed?: boolean | null;
  }): Promise<Appointment[]> {
    const conditions = ["a.starts_at >= ?", "a.starts_at < ?"];
    const values: unknown[] = [filter.from, filter.to];
    if (!filter.includeClosed) conditions.push(`a.status in ('pending', 'booked', 'arrived', 'checked-in', 'fulfilled')`);
    if (filter.deviceId) {
      conditions.push("a.device_id = ?");
      values.push(filter.deviceId);
    }
    if (filter.technologistId) {
      conditions.push("a.technologist_id = ?");
      values.push(filter.technologistId);
    }
    if (filter.modality) {
      conditions.push("p.modality = ?");
      values.push(filter.modality);
    }
    return this.rows(
      `select a.* from appointment a join imaging_order o on o.id = a.order_id join procedure p on p.id = o.procedure_id
       where ${conditions.join(" and ")}
       order by a.starts_at, ${urgencyOrderSql("o")}, a.id`,
      values,
    );
  }

  /**
   * Changes whenever an appointment starting in [from, to) is added, moved away or changed: their
   * count and the sum of their change times. Not the latest change time: a transaction that began
   * earlier can commit later with an earlier stamp, and a board holding the newer maximum would miss
   * it; a sum moves whichever commits last. One index range scan.
   */
  async dayVersion(from: Date, to: Date): Promise<string> {
    const [row] = await this.em.execute<{ version: string }[]>(
      `select count(*) || '.' || coalesce(sum((extract(epoch from updated_at) * 1000000)::bigint), 0) as version
       from appointment where starts_at >= ? and starts_at < ?`,
      [from, to],
    );
    return row?.version ?? "0.0";
  }

  private rows(sql: string, values: unknown[]): Promise<Appointment[]> {
    return plainRows(this.em, Appointment, sql, values);
  }

  /** Time held on the devices and by the technologists in [from, to), in one statement. */
  async busy(deviceIds: readonly string[], from: Date, to: Date): Promise<{ devices: BusyPeriod[]; technologists: BusyPeriod[] }> {
    const rows = await this.em.execute<
      { device_id: string; technologist_id: string | null; starts_at: Date; ends_at: Date; overbooked: boolean }[]
    >(
      `select device_id, technologist_id, starts_at, ends_at, overbooked from appointment
       where status in (${holdingTimeSql}) and starts_at < ? and ends_at > ?
         and (device_id = any(?::uuid[]) or technologist_id is not null)`,
      [to, from, `{${deviceIds.join(",")}}`],
    );
    const devices: BusyPeriod[] = [];
    const technologists: BusyPeriod[] = [];
    for (const row of rows) {
      const period = { startsAt: new Date(row.starts_at), endsAt: new Date(row.ends_at) };
      if (deviceIds.includes(row.device_id)) devices.push({ resourceId: row.device_id, ...period });
      if (row.technologist_id) technologists.push({ resourceId: row.technologist_id, ...period });
    }
    return { devices, technologists };
  }

  /** The patient's own appointments in [from, to): a patient is in one place at a time. */
  async patientBusy(patientId: string, from: Date, to: Date): Promise<BusyPeriod[]> {
    const rows = await this.em.execute<{ starts_at: Date; ends_at: Date }[]>(
      `select starts_at, ends_at from appointment where patient_id = ? and status in (${holdingTimeSql}) and starts_at < ? and ends_at > ?`,
      [patientId, to, from],
    );
    return rows.map((row) => ({ resourceId: patientId, startsAt: new Date(row.starts_at), endsAt: new Date(row.ends_at) }));
  }

  /** Booked minutes per device in [from, to), clipped to the period. */
  async bookedMinutes(deviceIds: readonly string[], from: Date, to: Date): Promise<Map<string, number>> {
    const rows = await this.em.execute<{ device_id: string; minutes: string }[]>(
      `select device_id, coalesce(sum(extract(epoch from (least(ends_at, ?) - greatest(starts_at, ?))) / 60), 0)::text as minutes
       from appointment where device_id = any(?::uuid[]) and status in ('booked', 'arrived', 'checked-in', 'fulfilled')
         and starts_at < ? and ends_at > ?
       group by device_id`,
      [to, from, `{${deviceIds.join(",")}}`, to, from],
    );
    const minutes = new Map(deviceIds.map((id) => [id, 0]));
    for (const row of rows) minutes.set(row.device_id, Math.round(Number(row.minutes)));
    return minutes;
  }

  async liveForOrder(orderId: string): Promise<number> {
    const [row] = await this.em.execute<{ count: string }[]>(
      `select count(*)::text as count from appointment where order_id = ? and status in (${holdingTimeSql})`,
      [orderId],
    );
    return Number(row?.count ?? 0);
  }

  historyOf(appointmentIds: readonly string[]): Promise<AppointmentHistory[]> {
    return this.em.find(AppointmentHistory, { appointmentId: { $in: [...appointmentIds] } }, { orderBy: { id: "asc" } });
  }
}
