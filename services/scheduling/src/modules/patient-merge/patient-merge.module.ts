import { defineModule } from "@gantry/subgraph-kit/modules";
import type { SchedulingContext } from "../../context.ts";
import { moveRecordsOfMergedPatient } from "./patient-merge.handler.ts";

/** Applies the patients area's merges to this area's records (orders, appointments, waitlist). */
export const patientMergeModule = defineModule<SchedulingContext>({
  name: "patient-merge",
  eventHandlers: [moveRecordsOfMergedPatient],
});
