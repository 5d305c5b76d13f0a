import type { EntityManager } from "@mikro-orm/postgresql";
import type { Modality } from "@gantry/subgraph-kit/modality";
import { StaffMember } from "../staff-member/staff-member.entity.ts";
import { Credential } from "./credential.entity.ts";
import { credentialedPredicate, qualificationCte } from "./credentialed.sql.ts";

/** The queries behind credentials; rules live in the manager. */
export class CredentialStore {
  private readonly em: EntityManager;
  constructor(em: EntityManager) {
    this.em = em;
  }

  findById(id: string): Promise<Credential | null> {
    return this.em.findOne(Credential, { id });
  }

  findByStaffMembers(staffMemberIds: readonly string[]): Promise<Credential[]> {
    return this.em.find(Credential, { staffMemberId: { $in: [...staffMemberIds] } }, { orderBy: { expiresOn: "asc", id: "asc" } });
  }

  /** Credentials of active staff expiring on or before `until` (and not before `from` unless null), soonest first. */
  async expiring(from: string | null, until: string): Promise<Credential[]> {
    const rows = await this.em.getConnection().execute<Record<string, unknown>[]>(
      `select c.* from credential c join staff_member sm on sm.id = c.staff_member_id
       where sm.active and c.expires_on <= ?::date ${from ? "and c.expires_on >= ?::date" : ""}
       order by c.expires_on asc, sm.family_name asc, sm.given_name asc, c.id asc`,
      from ? [until, from] : [until],
    );
    return rows.map((row) => this.em.map(Credential, row));
  }

  /** Active staff credentialed for `modality` on `day` (see qualifications.ts for the rule). */
  async credentialedFor(modality: Modality, day: string): Promise<StaffMember[]> {
    const qualification = qualificationCte();
    const rows = await this.em.getConnection().execute<Record<string, unknown>[]>(
      `with ${qualification.sql}, wanted as (select ?::text as modality, ?::date as day)
       select sm.* from staff_member sm, wanted
       where sm.active and ${credentialedPredicate("sm.id", "wanted.modality", "wanted.day")}
       order by sm.family_name asc, sm.given_name asc, sm.id asc`,
      [...qualification.params, modality, day],
    );
    return rows.map((row) => this.em.map(StaffMember, row));
  }

  /** credentialedFor for every day of [from, to] in one statement: each person once, with their days. */
  async credentialedDuring(modality: Modality, from: string, to: string): Promise<{ staffMember: StaffMember; days: string[] }[]> {
    const qualification = qualificationCte();
    const rows = await this.em.getConnection().execute<(Record<string, unknown> & { credentialed_days: string[] })[]>(
      `with ${qualification.sql}, wanted as (select ?::text as modality),
       period as (select day::date as day from generate_series(?::date, ?::date, interval '1 day') as day)
       select sm.*, array_agg(to_char(period.day, 'YYYY-MM-DD') order by period.day) as credentialed_days
       from staff_member sm cross join wanted cross join period
       where sm.active and ${credentialedPredicate("sm.id", "wanted.modality", "period.day")}
       group by sm.id
       order by sm.family_name asc, sm.given_name asc, sm.id asc`,
      [...qualification.params, modality, from, to],
    );
    return rows.map(({ credentialed_days: days, ...row }) => ({ staffMember: this.em.map(StaffMember, row), days }));
  }
}
