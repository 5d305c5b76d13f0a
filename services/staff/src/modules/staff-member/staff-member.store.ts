import type { PageRequest } from "@gantry/subgraph-kit/pagination";
import { raw } from "@mikro-orm/core";
import type { EntityManager, FilterQuery } from "@mikro-orm/postgresql";
import type { DirectorySearch } from "./staff-member.input.ts";
import { StaffMember } from "./staff-member.entity.ts";

/** Escapes LIKE wildcards so typed text matches literally. */
function likePrefix(value: string): string {
  return `${value.toLowerCase().replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/** The queries behind the directory; rules live in the manager. */
export class StaffMemberStore {
  private readonly em: EntityManager;
  constructor(em: EntityManager) {
    this.em = em;
  }

  findByIds(ids: readonly string[]): Promise<StaffMember[]> {
    return this.em.find(StaffMember, { id: { $in: [...ids] } });
  }

  bySignInSubject(subject: string): Promise<StaffMember | null> {
    return this.em.findOne(StaffMember, { signInSubject: subject });
  }

  async search(search: DirectorySearch, page: PageRequest): Promise<{ nodes: StaffMember[]; totalCount: number }> {
    const conditions: FilterQuery<StaffMember>[] = [];
    if (search.role) conditions.push({ role: search.role });
    if (search.active !== null && search.active !== undefined) conditions.push({ active: search.active });
    if (search.modality) conditions.push({ modalities: { $contains: [search.modality] } });
    if (search.search) {
      const prefix = likePrefix(search.search);
      conditions.push({
        $or: [
          { [raw((alias: string) => `lower(${alias}.family_name)`)]: { $like: prefix } },
          { [raw((alias: string) => `lower(${alias}.given_name)`)]: { $like: prefix } },
          { employeeId: search.search.toUpperCase() },
        ],
      } as FilterQuery<StaffMember>);
    }
    const [nodes, totalCount] = await this.em.findAndCount(StaffMember, conditions.length > 0 ? { $and: conditions } : {}, {
      orderBy: { familyName: "asc", givenName: "asc", id: "asc" },
      limit: page.limit,
      offset: page.offset,
    });
    return { nodes, totalCount };
  }
}
