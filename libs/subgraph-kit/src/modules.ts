import { readFileSync } from "node:fs";
import type { EntitySchema } from "@mikro-orm/core";
import { parse, type DocumentNode } from "graphql";
import type { SubgraphContext } from "./context.ts";
import { mergeResolvers } from "./resolvers.ts";
import { scalarResolvers } from "./scalars.ts";
import { sharedSchemaFile } from "./schema-files.ts";
import type { SubgraphDefinition } from "./server.ts";

/** What a module adds to each request's context: one factory per name, run on first use only. */
export type Providers<TContext> = { [Name in Exclude<keyof TContext, keyof SubgraphContext>]?: (context: TContext) => TContext[Name] };

/**
 * One domain module of an area (graphql-hive's modules by domain): its SDL file, its resolvers,
 * its entities and the request-scoped objects (stores, loaders, managers) it provides. A
 * subgraph is its list of modules; nothing else keeps a list of them.
 */
export interface SubgraphModule<TContext> {
  name: string;
  /** The module's SDL file (e.g. `new URL("./shift.graphql", import.meta.url)`); some modules only provide. */
  typeDefs?: URL;
  resolvers?: object;
  entities?: EntitySchema[];
  providers?: Providers<TContext>;
}

export function defineModule<TContext>(module: SubgraphModule<TContext>): SubgraphModule<TContext> {
  return module;
}

/**
 * The request context: the kit's base plus every module's providers, each built the first time
 * a resolver asks for it and then kept for the request. A request that touches only shifts never
 * builds the credential loaders.
 */
export function lazyContext<TContext extends SubgraphContext>(
  base: SubgraphContext,
  providers: Map<string, (context: TContext) => unknown>,
): TContext {
  const context = { ...base } as TContext;
  for (const [name, provide] of providers) {
    Object.defineProperty(context, name, {
      enumerable: true,
      configurable: true,
      get() {
        const value = provide(context);
        Object.defineProperty(context, name, { value, enumerable: true, writable: false });
        return value;
      },
    });
  }
  return context;
}

function collectProviders<TContext>(modules: readonly SubgraphModule<TContext>[]): Map<string, (context: TContext) => unknown> {
  const providers = new Map<string, (context: TContext) => unknown>();
  const owner = new Map<string, string>();
  for (const module of modules) {
    for (const [name, provide] of Object.entries(module.providers ?? {})) {
      const previous = owner.get(name);
      if (previous)
        throw new Error(`The context's ${name} is provided by both the ${previous} and the ${module.name} modules; keep it in one.`);
      owner.set(name, module.name);
      providers.set(name, provide as (context: TContext) => unknown);
    }
  }
  return providers;
}

/** A subgraph assembled from its modules; a field resolved twice or a provider defined twice fails here, at start. */
export function subgraphFromModules<TContext extends SubgraphContext>(
  name: string,
  modules: readonly SubgraphModule<TContext>[],
  extra: Pick<SubgraphDefinition<TContext>, "phiAccessSink"> = {},
): { definition: SubgraphDefinition<TContext>; entities: EntitySchema[] } {
  const files = [sharedSchemaFile, ...modules.flatMap((module) => (module.typeDefs ? [module.typeDefs] : []))];
  const typeDefs: DocumentNode = parse(files.map((file) => readFileSync(file, "utf8")).join("\n"));
  const providers = collectProviders(modules);
  const definition: SubgraphDefinition<TContext> = {
    name,
    typeDefs,
    resolvers: mergeResolvers<TContext>([scalarResolvers, ...modules.flatMap((module) => (module.resolvers ? [module.resolvers] : []))]),
    extendContext: (base) => lazyContext<TContext>(base, providers),
    ...extra,
  };
  return { definition, entities: modules.flatMap((module) => module.entities ?? []) };
}
