import type { EntityManager } from "@mikro-orm/postgresql";
import type { Modality } from "@gantry/subgraph-kit/modality";

/** One blocked stretch of a device's time, as the downtime query returns it. */
export interface DowntimeRow {
  deviceId: string;
  reason: "maintenance" | "down";
  startsAt: Date;
  endsAt: Date | null;
  maintenanceId: string | null;
  note: string | null;
}

interface Row {
  device_id: string;
  reason: "maintenance" | "down";
  starts_at: Date | string;
  ends_at: Date | string | null;
  maintenance_id: string | null;
  note: string | null;
}

/** Maintenance windows and DOWN periods in one statement, so scheduling gets one consistent answer. */
export class DowntimeStore {
  private readonly em: EntityManager;
  constructor(em: EntityManager) {
    this.em = em;
  }

  async overlapping(target: { deviceId: string } | { modality: Modality }, from: Date, to: Date): Promise<DowntimeRow[]> {
    const deviceFilter = "deviceId" in target ? "d.id = ?" : "d.modality = ?";
    const key = "deviceId" in target ? target.deviceId : target.modality;
    const rows = await this.em.getConnection().execute<Row[]>(
      `select m.device_id, 'maintenance' as reason, m.starts_at, m.ends_at, m.id as maintenance_id, m.kind as note
         from maintenance m join device d on d.id = m.device_id
        where ${deviceFilter} and m.status <> 'cancelled' and tstzrange(m.starts_at, m.ends_at) && tstzrange(?, ?)
       union all
       select p.device_id, 'down' as reason, p.starts_at, p.ends_at, null as maintenance_id, p.reason as note
         from down_period p join device d on d.id = p.device_id
        where ${deviceFilter} and tstzrange(p.starts_at, p.ends_at) && tstzrange(?, ?)
       order by starts_at, device_id`,
      [key, from.toISOString(), to.toISOString(), key, from.toISOString(), to.toISOString()],
    );
    return rows.map((row) => ({
      deviceId: row.device_id,
      reason: row.reason,
      startsAt: new Date(row.starts_at),
      endsAt: row.ends_at === null ? null : new Date(row.ends_at),
      maintenanceId: row.maintenance_id,
      note: row.note,
    }));
  }
}
