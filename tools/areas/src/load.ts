import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { AreaAsker } from "@gantry/subgraph-kit/area-client";
import type { SubgraphContext } from "@gantry/subgraph-kit/context";
import type { SubgraphDefinition } from "@gantry/subgraph-kit/server";
import type { SubgraphDataModel } from "@gantry/subgraph-kit/service";
import type { MikroORM } from "@mikro-orm/postgresql";
import type { Area } from "./discover.ts";

export interface DemoDataOptions {
  /** The day demo schedules are built around (YYYY-MM-DD). */
  today: string;
  patients: number;
}

/** For a seed that runs once every area answers: how much history to write around today. */
export interface DemoHistoryOptions extends DemoDataOptions {
  daysBefore: number;
  daysAhead: number;
  /** The moment the history runs up to (tests fix it); the clock's now otherwise. */
  now?: Date;
}

/** The area's code, for the tools that run it in-process (the test stack, seeding, schema:write). */
export interface AreaCode {
  // An area's own context type is its own business; the tools only start, seed and print it.
  definition: SubgraphDefinition<SubgraphContext>;
  dataModel: SubgraphDataModel;
  /** Loads deterministic demo data into an empty database; returns a one-line summary. */
  seedDemoData?: (orm: MikroORM, options: DemoDataOptions) => Promise<string>;
  /** Loads demo data that must fit other areas' (asked through the gateway); returns a one-line summary. */
  seedWithOtherAreas?: (orm: MikroORM, areas: AreaAsker, options: DemoHistoryOptions) => Promise<string>;
}

/**
 * One named export of a package export declared in area.json. The specifier is resolved from the
 * service's own folder (a package may import itself by name), so no tool depends on any area.
 */
async function exported(area: Area, module: string, name: string): Promise<unknown> {
  const require = createRequire(path.join(area.serviceDir, "package.json"));
  let file: string;
  try {
    file = require.resolve(module);
  } catch {
    throw new Error(`${area.declarationFile}: "${module}" is not an export of the package in ${area.serviceDir}`);
  }
  let loaded: Record<string, unknown>;
  try {
    loaded = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  } catch (error) {
    // The area's own code failed while loading: say which declaration led here, keep the cause.
    throw new Error(`${area.declarationFile}: loading "${module}" failed: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
  if (loaded[name] === undefined) throw new Error(`${area.declarationFile}: "${module}" has no export named ${name}`);
  return loaded[name];
}

/** Imports the area's subgraph definition, data model and seed, checking they match its declaration. */
export async function loadAreaCode(area: Area): Promise<AreaCode> {
  const definition = (await exported(area, area.subgraph.module, area.subgraph.definition)) as SubgraphDefinition<SubgraphContext>;
  const dataModel = (await exported(area, area.subgraph.module, area.subgraph.dataModel)) as SubgraphDataModel;
  if (definition.name !== area.name || !definition.typeDefs || !definition.resolvers)
    throw new Error(`${area.declarationFile}: ${area.subgraph.definition} is not the subgraph definition of "${area.name}"`);
  if (dataModel.database !== area.database)
    throw new Error(`${area.declarationFile}: ${area.subgraph.dataModel} uses database "${dataModel.database}", not "${area.database}"`);
  if (!area.seed) return { definition, dataModel };
  const seedDemoData = await exported(area, area.seed.module, area.seed.function);
  if (typeof seedDemoData !== "function") throw new Error(`${area.declarationFile}: ${area.seed.function} is not a function`);
  const later = area.seed.withOtherAreas;
  const seedWithOtherAreas = later ? await exported(area, area.seed.module, later) : undefined;
  if (later && typeof seedWithOtherAreas !== "function") throw new Error(`${area.declarationFile}: ${later} is not a function`);
  return {
    definition,
    dataModel,
    seedDemoData: seedDemoData as NonNullable<AreaCode["seedDemoData"]>,
    ...(seedWithOtherAreas ? { seedWithOtherAreas: seedWithOtherAreas as NonNullable<AreaCode["seedWithOtherAreas"]> } : {}),
  };
}
