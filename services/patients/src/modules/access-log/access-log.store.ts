import type { Identity } from "@gantry/auth/identity";
import type { PageRequest } from "@gantry/subgraph-kit/pagination";
import type { PhiAccessSink, PhiReadEvent } from "@gantry/subgraph-kit/phi-access";
import type { EntityManager, FilterQuery, MikroORM } from "@mikro-orm/postgresql";
import { AccessLogEntry, type AccessAction } from "./access-log.entity.ts";

export interface AccessLogFilter {
  patientId?: string | null;
  actorSubject?: string | null;
  from?: Date | null;
  to?: Date | null;
}

export interface RecordedWrite {
  identity: Identity;
  requestId: string;
  purpose: string;
  patientId: string;
  action: Exclude<AccessAction, "read">;
  fields: string[];
}

/** Appends to and reads the PHI access log. There is deliberately no update or delete. */
export class AccessLogStore {
  private readonly em: EntityManager;
  constructor(em: EntityManager) {
    this.em = em;
  }

  /** Adds a write entry to the current unit of work, so it commits with the change it describes. */
  recordWrite(write: RecordedWrite): void {
    this.em.create(AccessLogEntry, {
      at: new Date(),
      actorSubject: write.identity.subject,
      actorName: write.identity.name,
      actorRoles: write.identity.roles,
      patientId: write.patientId,
      action: write.action,
      fields: write.fields,
      purpose: write.purpose,
      requestId: write.requestId,
    });
  }

  async list(filter: AccessLogFilter, page: PageRequest): Promise<{ nodes: AccessLogEntry[]; totalCount: number }> {
    const where: FilterQuery<AccessLogEntry> = {};
    if (filter.patientId) where.patientId = filter.patientId;
    if (filter.actorSubject) where.actorSubject = filter.actorSubject;
    if (filter.from || filter.to) where.at = { ...(filter.from ? { $gte: filter.from } : {}), ...(filter.to ? { $lt: filter.to } : {}) };
    const [nodes, totalCount] = await this.em.findAndCount(AccessLogEntry, where, {
      orderBy: { at: "desc", id: "desc" },
      limit: page.limit,
      offset: page.offset,
    });
    return { nodes, totalCount };
  }
}

// One statement however many patients were read. Written in SQL rather than through the
// unit of work: it runs on every PHI read, and the ORM's insert path showed up in profiles.
// Lists travel as JSON because the driver layer spreads JavaScript arrays into separate values.
const insertReads = `
  insert into phi_access_log (at, actor_subject, actor_name, actor_roles, patient_id, action, fields, purpose, request_id)
  select ?, ?, ?, array(select jsonb_array_elements_text(?::jsonb)), read.patient_id, 'read', read.fields, ?, ?
  from jsonb_to_recordset(?::jsonb) as read(patient_id uuid, fields text[])`;

/** Writes a request's PHI reads in one insert. */
export function accessLogSink(orm: MikroORM): PhiAccessSink {
  return {
    async recordReads(event: PhiReadEvent) {
      await orm.em
        .getConnection()
        .execute(insertReads, [
          event.at,
          event.identity.subject,
          event.identity.name,
          JSON.stringify(event.identity.roles),
          event.purpose,
          event.requestId,
          JSON.stringify(event.entries.map((entry) => ({ patient_id: entry.patientId, fields: entry.fields }))),
        ]);
    },
  };
}
