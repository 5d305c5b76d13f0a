import { randomUUID } from "node:crypto";
import type { SubgraphContext } from "@gantry/subgraph-kit/context";
import { pageRequest, toPage, type Page } from "@gantry/subgraph-kit/pagination";
import { parseInput } from "@gantry/subgraph-kit/validation";
import { require{{area.pascal}}Permission } from "../../access.ts";
import { {{type}} } from "./{{mod.kebab}}.entity.ts";
import { add{{type}}Input } from "./{{mod.kebab}}.input.ts";
import type { {{mod.pascal}}Store } from "./{{mod.kebab}}.store.ts";

/** The rules of {{plural}}: who may read and add them (the area's catalogue), what a valid one is. */
export class {{mod.pascal}}Manager {
  private readonly context: SubgraphContext;
  private readonly store: {{mod.pascal}}Store;

  constructor(context: SubgraphContext, store: {{mod.pascal}}Store) {
    this.context = context;
    this.store = store;
  }

  async list(args: { first?: number | null; after?: string | null }): Promise<Page<{{type}}>> {
    require{{area.pascal}}Permission(this.context.identity, "{{readAction}}", "Reading {{plural}}");
    const page = pageRequest(args);
    const { nodes, totalCount } = await this.store.page(page);
    return toPage(nodes, totalCount, page);
  }

  async add(rawInput: unknown): Promise<{{type}}> {
    require{{area.pascal}}Permission(this.context.identity, "{{addAction}}", "Adding a {{mod.phrase}}");
    const input = parseInput(add{{type}}Input, rawInput);
    const entry = this.context.em.create({{type}}, {
      id: randomUUID(),
      text: input.text,
      createdBy: this.context.identity.name,
    } as {{type}});
    await this.context.em.flush();
    return entry;
  }
}
