import { defineModule } from "@gantry/subgraph-kit/modules";
import type { {{area.pascal}}Context } from "../../context.ts";
import { {{type}}Schema } from "./{{mod.kebab}}.entity.ts";
import { {{mod.pascal}}Manager } from "./{{mod.kebab}}.manager.ts";
import { {{mod.camel}}Resolvers } from "./{{mod.kebab}}.resolvers.ts";
import { {{mod.pascal}}Store } from "./{{mod.kebab}}.store.ts";

export const {{mod.camel}}Module = defineModule<{{area.pascal}}Context>({
  name: "{{mod.kebab}}",
  typeDefs: new URL("./{{mod.kebab}}.graphql", import.meta.url),
  resolvers: {{mod.camel}}Resolvers,
  entities: [{{type}}Schema],
  providers: { {{manager}}: (context) => new {{mod.pascal}}Manager(context, new {{mod.pascal}}Store(context.em)) },
});
