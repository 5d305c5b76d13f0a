import { nameForms, plural, type NameForms } from "./names.ts";

/** What one generated module is called everywhere: files, GraphQL, context, catalogue, table, migration. */
export interface ModulePlan {
  area: NameForms;
  mod: NameForms;
  /** The GraphQL type and the entity class. */
  type: string;
  listField: string;
  addField: string;
  /** The manager's name on the request context. */
  manager: string;
  readAction: string;
  addAction: string;
  table: string;
  /** "notes", in a sentence; `pluralTitle` starts one: "Notes". */
  plural: string;
  pluralTitle: string;
  migrationName: string;
  migrationClass: string;
}

/** The kit's own context members: a module's manager may not take one of these names. */
const contextMembers = ["requestId", "identity", "purpose", "em", "logger", "phiReads", "areas", "events"];

/** A migration's stamp, YYYYMMDDHHMMSS in UTC: migrations sort by it. */
export function migrationStamp(now: Date): string {
  return now.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

/**
 * `typePrefix` keeps GraphQL names unique in the supergraph: every generated area starts with a
 * `note` module, so its types and root fields carry the area's name (`TryoutNote`, `tryoutNotes`).
 */
export function modulePlan(areaName: string, moduleName: string, options: { typePrefix?: string; now?: Date } = {}): ModulePlan {
  const area = nameForms(areaName);
  const mod = nameForms(moduleName);
  const type = `${options.typePrefix ?? ""}${mod.pascal}`;
  const pluralType = plural(type);
  const stamp = migrationStamp(options.now ?? new Date());
  return {
    area,
    mod,
    type,
    listField: `${pluralType.charAt(0).toLowerCase()}${pluralType.slice(1)}`,
    addField: `add${type}`,
    manager: plural(mod.camel),
    readAction: `read${plural(mod.pascal)}`,
    addAction: `add${mod.pascal}`,
    table: mod.snake,
    plural: plural(mod.phrase),
    pluralTitle: plural(mod.words),
    migrationName: `Migration${stamp}_${mod.snake}`,
    migrationClass: `Migration${stamp}${mod.pascal}`,
  };
}

/** Why a module name cannot be used, or null. */
export function moduleNameProblem(plan: ModulePlan): string | null {
  if (plan.mod.kebab === "permissions") return "every area already has a permissions module";
  if (contextMembers.includes(plan.manager))
    return `its manager would be context.${plan.manager}, which the kit already provides; choose another name`;
  return null;
}

/** What one generated area is called and where it runs. */
export interface AreaPlan {
  area: NameForms;
  port: number;
  database: string;
  team: string;
  note: ModulePlan;
}

export function areaPlan(areaName: string, port: number, now = new Date()): AreaPlan {
  const area = nameForms(areaName);
  return {
    area,
    port,
    database: `gantry_${area.snake}`,
    team: `@gantry/${area.kebab}-team`,
    note: modulePlan(areaName, "note", { typePrefix: area.pascal, now }),
  };
}
