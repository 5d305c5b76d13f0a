import { subgraphFromModules } from "@gantry/subgraph-kit/modules";
import type { SubgraphDataModel } from "@gantry/subgraph-kit/service";
import type { PatientsContext } from "./context.ts";
import { patientsPermissions } from "./permissions.ts";
import { migrations } from "./database/migrations.ts";
import { accessLogModule } from "@gantry/subgraph-kit/access-log/access-log.module";
import { legacyAccessLogModule } from "./modules/access-log/access-log.module.ts";
import { consentModule } from "./modules/consent/consent.module.ts";
import { coverageModule } from "./modules/coverage/coverage.module.ts";
import { eventsModule } from "./modules/events/events.module.ts";
import { patientMergeModule } from "./modules/patient-merge/patient-merge.module.ts";
import { patientModule } from "./modules/patient/patient.module.ts";
import { permissionsModule } from "./modules/permissions/permissions.module.ts";
import { priorAuthorizationModule } from "./modules/prior-authorization/prior-authorization.module.ts";
import { priorStudyRequestModule } from "./modules/prior-study-request/prior-study-request.module.ts";
import { recordKeepingModule } from "./modules/record-keeping/record-keeping.module.ts";
import { safetyScreeningModule } from "./modules/safety-screening/safety-screening.module.ts";

export const subgraphName = "patients";

/**
 * The patients subgraph is its modules. It serves PHI, so every read of a @phi field goes to the
 * kit's access log (its module brings the sink) before the response leaves. It publishes `patient.merged`
 * (through the context's `events`) and handles no other area's events, so it has no `eventHandlers`.
 */
const { definition, entities } = subgraphFromModules<PatientsContext>(
  subgraphName,
  // In folder order, as the SDL was loaded before modules, so the printed schema file keeps its order.
  [
    accessLogModule<PatientsContext>({
      area: subgraphName,
      readPermission: patientsPermissions.readAccessLog,
      patientOf: (patientId, context) => context.patients.getOrFail(patientId),
    }),
    legacyAccessLogModule,
    consentModule,
    coverageModule,
    eventsModule,
    patientModule,
    patientMergeModule,
    permissionsModule,
    priorAuthorizationModule,
    priorStudyRequestModule,
    recordKeepingModule,
    safetyScreeningModule,
  ],
);

export const patientsSubgraph = definition;
export const patientsDataModel: SubgraphDataModel = { database: "gantry_patients", entities, migrations };
