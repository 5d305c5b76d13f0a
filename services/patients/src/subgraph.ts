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
import { consentResolvers } from "./modules/consent/consent.resolvers.ts";
import { coverageResolvers } from "./modules/coverage/coverage.resolvers.ts";
import { eventsResolvers } from "./modules/events/events.resolvers.ts";
import { patientMergeResolvers } from "./modules/patient-merge/patient-merge.resolvers.ts";
import { priorAuthorizationResolvers } from "./modules/prior-authorization/prior-authorization.resolvers.ts";
import { priorStudyRequestResolvers } from "./modules/prior-study-request/prior-study-request.resolvers.ts";
import { safetyScreeningResolvers } from "./modules/safety-screening/safety-screening.resolvers.ts";
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
    priorAuthorizationResolvers,
    safetyScreeningResolvers,
    consentResolvers,
    priorStudyRequestResolvers,
    patientMergeResolvers,
    eventsResolvers,
  ]),
  extendContext: patientsContext,
  phiAccessSink: accessLogSink,
};

export const patientsDataModel: SubgraphDataModel = { database: "gantry_patients", entities, migrations };
