import { seedEquipmentDemoData } from "@gantry/equipment/seed";
import { equipmentDataModel, equipmentSubgraph } from "@gantry/equipment/subgraph";
import { seedPatientsDemoData } from "@gantry/patients/seed";
import { patientsDataModel, patientsSubgraph } from "@gantry/patients/subgraph";
import { seedStaffDemoData } from "@gantry/staff/seed";
import { staffDataModel, staffSubgraph } from "@gantry/staff/subgraph";
import type { SubgraphContext } from "@gantry/subgraph-kit/context";
import type { SubgraphDefinition } from "@gantry/subgraph-kit/server";
import type { SubgraphDataModel } from "@gantry/subgraph-kit/service";
import type { MikroORM } from "@mikro-orm/postgresql";

export interface DemoDataOptions {
  /** The day demo schedules are built around (YYYY-MM-DD). */
  today: string;
  patients: number;
}

/** One area of the department: its subgraph, its database and how to run and seed it. */
export interface Area {
  definition: SubgraphDefinition<SubgraphContext>;
  dataModel: SubgraphDataModel;
  /** Environment prefix of its settings (PATIENTS_PORT, PATIENTS_DATABASE_URL). */
  envPrefix: string;
  defaultPort: number;
  /** The service's process entry, relative to the repository root. */
  entry: string;
  /** Loads deterministic demo data into an empty database; returns a one-line summary. */
  seedDemoData?: (orm: MikroORM, options: DemoDataOptions) => Promise<string>;
}

function area<TContext extends SubgraphContext>(definition: SubgraphDefinition<TContext>, rest: Omit<Area, "definition">): Area {
  // An area's own context type is its own business; the registry only starts, seeds and composes.
  return { definition: definition as unknown as SubgraphDefinition<SubgraphContext>, ...rest };
}

/** Every area of the supergraph. Adding an area means adding it here (see docs/adding-an-area.md). */
export const areas: Area[] = [
  area(patientsSubgraph, {
    dataModel: patientsDataModel,
    envPrefix: "PATIENTS",
    defaultPort: 4001,
    entry: "services/patients/src/main.ts",
    seedDemoData: seedPatientsDemoData,
  }),
  area(staffSubgraph, {
    dataModel: staffDataModel,
    envPrefix: "STAFF",
    defaultPort: 4003,
    entry: "services/staff/src/main.ts",
    seedDemoData: seedStaffDemoData,
  }),
  area(equipmentSubgraph, {
    dataModel: equipmentDataModel,
    envPrefix: "EQUIPMENT",
    defaultPort: 4004,
    entry: "services/equipment/src/main.ts",
    seedDemoData: seedEquipmentDemoData,
  }),
];

export function defaultRoutingUrl(entry: Area): string {
  return `http://127.0.0.1:${entry.defaultPort}/graphql`;
}
