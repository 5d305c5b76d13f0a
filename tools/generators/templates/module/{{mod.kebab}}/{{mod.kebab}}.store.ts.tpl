import type { PageRequest } from "@gantry/subgraph-kit/pagination";
import type { EntityManager } from "@mikro-orm/postgresql";
import { {{type}} } from "./{{mod.kebab}}.entity.ts";

/** The queries behind {{plural}}; the rules live in the manager. */
export class {{mod.pascal}}Store {
  private readonly em: EntityManager;
  constructor(em: EntityManager) {
    this.em = em;
  }

  async page(page: PageRequest): Promise<{ nodes: {{type}}[]; totalCount: number }> {
    // The id breaks ties between rows written in the same millisecond, so pages never overlap.
    const [nodes, totalCount] = await this.em.findAndCount(
      {{type}},
      {},
      { orderBy: { createdAt: "desc", id: "desc" }, limit: page.limit, offset: page.offset },
    );
    return { nodes, totalCount };
  }
}
