import { fileURLToPath } from "node:url";
import { mergeResolvers } from "@gantry/subgraph-kit/resolvers";
import { scalarResolvers } from "@gantry/subgraph-kit/scalars";
import { loadTypeDefs } from "@gantry/subgraph-kit/schema-files";
import type { SubgraphDefinition } from "@gantry/subgraph-kit/server";
import type { SubgraphDataModel } from "@gantry/subgraph-kit/service";
import { entities } from "./database/entities.ts";
import { migrations } from "./database/migrations.ts";
import { patientsContext, type PatientsContext } from "./context.ts";
import { accessLogSink } from "./modules/access-log/access-log.store.ts";
import { accessLogResolvers } from "./modules/access-log/access-log.resolvers.ts";
import { coverageResolvers } from "./modules/coverage/coverage.resolvers.ts";
import { patientResolvers } from "./modules/patient/patient.resolvers.ts";

export const subgraphName = "patients";

export const patientsSubgraph: SubgraphDefinition<PatientsContext> = {
  name: subgraphName,
  typeDefs: loadTypeDefs(fileURLToPath(new URL("./modules", import.meta.url))),
  resolvers: mergeResolvers<PatientsContext>([
    scalarResolvers,
    patientResolvers,
    accessLogResolvers,
    coverageResolvers,
  ]),
  extendContext: patientsContext,
  phiAccessSink: accessLogSink,
};

export const patientsDataModel: SubgraphDataModel = { database: "gantry_patients", entities, migrations };
