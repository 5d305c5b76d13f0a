import { readFileSync } from "node:fs";
import type { EntitySchema } from "@mikro-orm/core";
import type { MikroORM } from "@mikro-orm/postgresql";
import { parse, type DocumentNode } from "graphql";
import type { SubgraphContext } from "./context.ts";
import type { EventHandler } from "./events/event-handler.ts";
import type { PhiAccessSink } from "./phi-access.ts";
import { mergeResolvers } from "./resolvers.ts";
import type { ScheduledTask } from "./scheduled-task.ts";
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
  /** SDL the kit writes for the module (a kit module whose fields carry the area's name). */
  sdl?: string;
  resolvers?: object;
  entities?: EntitySchema[];
  providers?: Providers<TContext>;
  /** The other areas' events this module applies (e.g. moving its records when patients are merged). */
  eventHandlers?: readonly EventHandler[];
  /** Work on a clock, run by the service's worker (see ScheduledTask). */
  scheduledTasks?: readonly ScheduledTask[];
  /** Where the PHI reads of the whole subgraph are logged (the kit's access-log module brings it). */
  phiAccessSink?: (orm: MikroORM) => PhiAccessSink;
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
): { definition: SubgraphDefinition<TContext>; entities: EntitySchema[] } {
  const sinks = modules.flatMap((module) => (module.phiAccessSink ? [module.phiAccessSink] : []));
  if (sinks.length > 1) throw new Error(`${name}: more than one module brings a PHI access sink; an area keeps one access log.`);
  // In module order, so the printed schema file keeps its order.
  const texts = [
    readFileSync(sharedSchemaFile, "utf8"),
    ...modules.flatMap((module) => [
      ...(module.typeDefs ? [readFileSync(module.typeDefs, "utf8")] : []),
      ...(module.sdl ? [module.sdl] : []),
    ]),
  ];
  const typeDefs: DocumentNode = parse(texts.join("\n"));
  const providers = collectProviders(modules);
  const definition: SubgraphDefinition<TContext> = {
    name,
    typeDefs,
    resolvers: mergeResolvers<TContext>([scalarResolvers, ...modules.flatMap((module) => (module.resolvers ? [module.resolvers] : []))]),
    extendContext: (base) => lazyContext<TContext>(base, providers),
    ...(sinks[0] ? { phiAccessSink: sinks[0] } : {}),
    eventHandlers: modules.flatMap((module) => module.eventHandlers ?? []),
    scheduledTasks: modules.flatMap((module) => module.scheduledTasks ?? []),
  };
  return { definition, entities: modules.flatMap((module) => module.entities ?? []) };
}
