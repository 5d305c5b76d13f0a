import { raw } from "@mikro-orm/core";
import type { EntityManager, FilterQuery } from "@mikro-orm/postgresql";
import type { PageRequest } from "@gantry/subgraph-kit/pagination";
import { Patient } from "./patient.entity.ts";
import type { PatientSearch } from "./patient.input.ts";

/** First key of the registration advisory locks, so they cannot collide with any other advisory lock on this database. */
const registrationLockSpace = 1001;

/** Escapes LIKE wildcards so a typed name matches literally. */
function likePrefix(value: string): string {
  return `${value.toLowerCase().replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/** The queries behind patient lookups; rules live in the manager. */
export class PatientStore {
  private readonly em: EntityManager;
  constructor(em: EntityManager) {
    this.em = em;
  }

  // The lookups below run on every search and every entity reference, so they are written in
  // SQL (the ORM's query builder was a large share of the subgraph's CPU in the benchmarks) and
  // the rows are still hydrated as managed entities. Lists travel as JSON: the driver layer
  // spreads JavaScript arrays into separate values.

  findByIds(ids: readonly string[]): Promise<Patient[]> {
    return this.findWhereIn("id", "uuid", ids);
  }

  findByMrns(mrns: readonly string[]): Promise<Patient[]> {
    return this.findWhereIn("mrn", "text", mrns);
  }

  private async findWhereIn(column: "id" | "mrn", type: "uuid" | "text", values: readonly string[]): Promise<Patient[]> {
    const sql = `select * from patient where ${column} in (select jsonb_array_elements_text(?::jsonb)::${type})`;
    const rows = await this.em.getConnection().execute<Record<string, unknown>[]>(sql, [JSON.stringify(values)]);
    return rows.map((row) => this.em.map(Patient, row));
  }

  /** One round trip: the page and, with it, how many patients match in all. */
  async search(search: PatientSearch, page: PageRequest): Promise<{ nodes: Patient[]; totalCount: number }> {
    const conditions: string[] = [];
    const values: unknown[] = [];
    const add = (condition: string, value: unknown) => {
      conditions.push(condition);
      values.push(value);
    };
    if (search.mrn) add("mrn = ?", search.mrn);
    if (search.birthDate) add("birth_date = ?::date", search.birthDate);
    if (search.familyName) add("lower(family_name) like ?", likePrefix(search.familyName));
    if (search.givenName) add("lower(given_name) like ?", likePrefix(search.givenName));
    if (!search.includeMerged) conditions.push("merged_into_id is null");
    const where = conditions.length > 0 ? `where ${conditions.join(" and ")}` : "";
    const rows = await this.em.getConnection().execute<(Record<string, unknown> & { total_count: string })[]>(
      `select *, count(*) over () as total_count from patient ${where}
       order by family_name, given_name, birth_date, id limit ? offset ?`,
      [...values, page.limit, page.offset],
    );
    if (rows.length === 0 && page.offset > 0) return { nodes: [], totalCount: await this.count(where, values) };
    return {
      nodes: rows.map(({ total_count: _total, ...row }) => this.em.map(Patient, row)),
      totalCount: Number(rows[0]?.total_count ?? 0),
    };
  }

  /** Only needed when a page past the end is asked for (the window count then has no row to ride on). */
  private async count(where: string, values: unknown[]): Promise<number> {
    const [row] = await this.em.getConnection().execute<{ total: string }[]>(`select count(*) as total from patient ${where}`, values);
    return Number(row?.total ?? 0);
  }

  /** Same name and birth date: the usual sign of a duplicate registration. */
  findLikelyDuplicates(familyName: string, givenName: string, birthDate: string): Promise<Patient[]> {
    return this.em.find(Patient, {
      birthDate,
      mergedIntoId: null,
      [raw((alias: string) => `lower(${alias}.family_name)`)]: familyName.toLowerCase(),
      [raw((alias: string) => `lower(${alias}.given_name)`)]: givenName.toLowerCase(),
    } as FilterQuery<Patient>);
  }

  /**
   * Holds registrations of one person (name and birth date, compared as the duplicate check
   * compares them) back until this transaction ends, so two desks cannot both pass the check
   * before either has inserted. Must run inside the registration's transaction.
   */
  async holdRegistrationsOf(familyName: string, givenName: string, birthDate: string): Promise<void> {
    await this.em.execute(`select pg_advisory_xact_lock(?, hashtext(lower(?) || '|' || lower(?) || '|' || ?::date::text))`, [
      registrationLockSpace,
      familyName,
      givenName,
      birthDate,
    ]);
  }

  /**
   * Locks both records of a merge until the transaction ends, always in id order so that two
   * crossed merges queue behind each other instead of deadlocking, and returns their merged
   * state as committed at that moment (not as this request read it earlier).
   */
  lockForMerge(firstId: string, secondId: string): Promise<{ id: string; merged_into_id: string | null }[]> {
    return this.em.execute<{ id: string; merged_into_id: string | null }[]>(
      `select id, merged_into_id from patient where id in (?, ?) order by id for update`,
      [firstId, secondId],
    );
  }

  /**
   * The next system-assigned MRN, from a database sequence so concurrent registrations never collide.
   * On the registration's own connection: registrations queued behind its lock hold the others.
   */
  async nextMrn(): Promise<string> {
    const [row] = await this.em.execute<{ value: string }[]>("select nextval('patient_mrn_seq')::text as value");
    return `G${(row?.value ?? "0").padStart(8, "0")}`;
  }
}
