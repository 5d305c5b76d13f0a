import type { Identity } from "@gantry/auth/identity";
import type { PhiAccessSink, PhiReadEvent } from "../phi-access.ts";
import type { EntityManager, MikroORM } from "@mikro-orm/postgresql";
import type { AccessLogPosition } from "./access-log.cursor.ts";
import type { AccessLogFilter } from "./access-log.filter.ts";
import { AccessLogEntry, type AccessAction } from "./access-log.entity.ts";

export interface AccessLogPage {
  nodes: AccessLogEntry[];
  hasNextPage: boolean;
  /** The last entry's position, for the next page's cursor. */
  end: AccessLogPosition | null;
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

  /**
   * One page, newest first, by keyset on (at, id): each page costs the same however deep it is,
   * with no count and no OFFSET. Asks for one row more than the page to know whether another follows.
   */
  async list(filter: AccessLogFilter, page: { limit: number; after: AccessLogPosition | null }): Promise<AccessLogPage> {
    const conditions: string[] = [];
    const values: unknown[] = [];
    const add = (condition: string, ...conditionValues: unknown[]) => {
      conditions.push(condition);
      values.push(...conditionValues);
    };
    if (filter.patientId) add("patient_id = ?", filter.patientId);
    if (filter.actorSubject) add("actor_subject = ?", filter.actorSubject);
    if (filter.from) add("at >= ?", filter.from);
    if (filter.to) add("at < ?", filter.to);
    // A row comparison, so the (…, at, id) indexes serve it as one range scan.
    if (page.after)
      add(`(at, id) < (timestamptz 'epoch' + ?::bigint * interval '1 microsecond', ?::bigint)`, page.after.atMicros, page.after.id);
    const where = conditions.length > 0 ? `where ${conditions.join(" and ")}` : "";
    const rows = await this.em.execute<(Record<string, unknown> & { at_micros: string })[]>(
      `select *, (extract(epoch from at) * 1000000)::bigint::text as at_micros from phi_access_log ${where}
       order by at desc, id desc limit ?`,
      [...values, page.limit + 1],
    );
    const pageRows = rows.slice(0, page.limit);
    const last = pageRows.at(-1);
    return {
      nodes: pageRows.map(({ at_micros: _at, ...row }) => this.em.map(AccessLogEntry, row)),
      hasNextPage: rows.length > page.limit,
      end: last ? { atMicros: last.at_micros, id: String(last.id) } : null,
    };
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
