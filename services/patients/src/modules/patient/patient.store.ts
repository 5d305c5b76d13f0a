import { raw } from "@mikro-orm/core";
import type { EntityManager, FilterQuery } from "@mikro-orm/postgresql";
import type { PageRequest } from "@gantry/subgraph-kit/pagination";
import { Patient } from "./patient.entity.ts";
import type { PatientSearch } from "./patient.input.ts";

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

  findByIds(ids: readonly string[]): Promise<Patient[]> {
    return this.em.find(Patient, { id: { $in: [...ids] } });
  }

  findByMrns(mrns: readonly string[]): Promise<Patient[]> {
    return this.em.find(Patient, { mrn: { $in: [...mrns] } });
  }

  async search(search: PatientSearch, page: PageRequest): Promise<{ nodes: Patient[]; totalCount: number }> {
    const where: FilterQuery<Patient> = {};
    if (search.mrn) where.mrn = search.mrn;
    if (search.birthDate) where.birthDate = search.birthDate;
    if (!search.includeMerged) where.mergedIntoId = null;
    const conditions: FilterQuery<Patient>[] = [where];
    if (search.familyName) conditions.push({ [raw((alias: string) => `lower(${alias}.family_name)`)]: { $like: likePrefix(search.familyName) } } as FilterQuery<Patient>);
    if (search.givenName) conditions.push({ [raw((alias: string) => `lower(${alias}.given_name)`)]: { $like: likePrefix(search.givenName) } } as FilterQuery<Patient>);
    const [nodes, totalCount] = await this.em.findAndCount(
      Patient,
      { $and: conditions },
      { orderBy: { familyName: "asc", givenName: "asc", birthDate: "asc", id: "asc" }, limit: page.limit, offset: page.offset },
    );
    return { nodes, totalCount };
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

  /** The next system-assigned MRN, from a database sequence so concurrent registrations never collide. */
  async nextMrn(): Promise<string> {
    const [row] = await this.em.getConnection().execute<{ value: string }[]>("select nextval('patient_mrn_seq')::text as value");
    return `G${(row?.value ?? "0").padStart(8, "0")}`;
  }
}
