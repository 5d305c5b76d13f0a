import type { Modality } from "@gantry/subgraph-kit/modality";
import type { PageRequest } from "@gantry/subgraph-kit/pagination";
import { LockMode } from "@mikro-orm/core";
import type { EntityManager, FilterQuery } from "@mikro-orm/postgresql";
import { Procedure, ProcedureDuration } from "./procedure.entity.ts";

export interface CatalogueFilter {
  search: string | null;
  modality: Modality | null;
  includeRetired: boolean;
}

/** `%`, `_` and `\` typed in a search are meant literally, not as LIKE wildcards. */
function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** The queries behind the catalogue; rules live in the manager. */
export class ProcedureStore {
  private readonly em: EntityManager;
  constructor(em: EntityManager) {
    this.em = em;
  }

  findByIds(ids: readonly string[]): Promise<Procedure[]> {
    return this.em.find(Procedure, { id: { $in: [...ids] } });
  }

  findByCode(code: string): Promise<Procedure | null> {
    return this.em.findOne(Procedure, { code });
  }

  /** The row locked until the transaction of `em` ends, so an edit checks the procedure it saves. */
  lock(em: EntityManager, id: string): Promise<Procedure | null> {
    return em.findOne(Procedure, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  }

  async search(filter: CatalogueFilter, page: PageRequest): Promise<{ nodes: Procedure[]; totalCount: number }> {
    const where: FilterQuery<Procedure> = {};
    if (filter.modality) where.modality = filter.modality;
    if (!filter.includeRetired) where.retiredAt = null;
    if (filter.search) {
      const pattern = `%${likeLiteral(filter.search)}%`;
      where.$or = [{ code: { $ilike: pattern } }, { name: { $ilike: pattern } }];
    }
    const [nodes, totalCount] = await this.em.findAndCount(Procedure, where, {
      orderBy: { modality: "asc", name: "asc", id: "asc" },
      limit: page.limit,
      offset: page.offset,
    });
    return { nodes, totalCount };
  }

  /** Every device duration of these procedures, one statement. */
  durationsOf(procedureIds: readonly string[]): Promise<ProcedureDuration[]> {
    return this.em.find(
      ProcedureDuration,
      { procedureId: { $in: [...procedureIds] } },
      { orderBy: { procedureId: "asc", deviceId: "asc" } },
    );
  }

  /** One procedure's durations on these devices, one statement. */
  durationsOn(procedureId: string, deviceIds: readonly string[]): Promise<ProcedureDuration[]> {
    return this.em.find(ProcedureDuration, { procedureId, deviceId: { $in: [...deviceIds] } });
  }

  /** Insert or replace in one statement, so two coordinators setting the same pair do not collide. */
  async setDuration(procedureId: string, deviceId: string, minutes: number): Promise<void> {
    await this.em
      .createQueryBuilder(ProcedureDuration)
      .insert({ procedureId, deviceId, minutes })
      .onConflict(["procedureId", "deviceId"])
      .merge(["minutes"])
      .execute();
  }

  async clearDuration(procedureId: string, deviceId: string): Promise<void> {
    await this.em.nativeDelete(ProcedureDuration, { procedureId, deviceId });
  }
}
