import { accessLogModule } from "@gantry/subgraph-kit/access-log/access-log.module";
import { modalityModule } from "@gantry/subgraph-kit/modality";
import { orderScopeModule } from "@gantry/subgraph-kit/order-scope";
import { subgraphFromModules } from "@gantry/subgraph-kit/modules";
import type { SubgraphDataModel } from "@gantry/subgraph-kit/service";
import type { SchedulingContext } from "./context.ts";
import { migrations } from "./database/migrations.ts";
import { appointmentModule } from "./modules/appointment/appointment.module.ts";
import { bookingRulesModule } from "./modules/booking-rules/booking-rules.module.ts";
import { criticalResultModule } from "./modules/critical-result/critical-result.module.ts";
import { examDayModule } from "./modules/exam-day/exam-day.module.ts";
import { federationModule } from "./modules/federation/federation.module.ts";
import { imagingOrderModule } from "./modules/imaging-order/imaging-order.module.ts";
import { patientMergeModule } from "./modules/patient-merge/patient-merge.module.ts";
import { permissionsModule } from "./modules/permissions/permissions.module.ts";
import { procedureModule } from "./modules/procedure/procedure.module.ts";
import { scheduleModule } from "./modules/schedule/schedule.module.ts";
import { slotFinderModule } from "./modules/slot-finder/slot-finder.module.ts";
import { waitlistModule } from "./modules/waitlist/waitlist.module.ts";
import { schedulingPermissions } from "./permissions.ts";
// pnpm gen module adds its imports above this line.

export const subgraphName = "scheduling";

/**
 * The scheduling subgraph is its modules. Orders and appointments are PHI, so every read of a
 * @phi field goes to the kit's access log (its module brings the sink) before the response leaves.
 */
const { definition, entities } = subgraphFromModules<SchedulingContext>(subgraphName, [
  accessLogModule<SchedulingContext>({ area: subgraphName, readPermission: schedulingPermissions.readAccessLog }),
  appointmentModule,
  bookingRulesModule,
  criticalResultModule,
  examDayModule,
  federationModule,
  imagingOrderModule,
  modalityModule<SchedulingContext>(),
  orderScopeModule<SchedulingContext>(),
  patientMergeModule,
  permissionsModule,
  procedureModule,
  scheduleModule,
  slotFinderModule,
  waitlistModule,
  // pnpm gen module adds its module above this line.
]);

export const schedulingSubgraph = definition;
export const schedulingDataModel: SubgraphDataModel = { database: "gantry_scheduling", entities, migrations };
