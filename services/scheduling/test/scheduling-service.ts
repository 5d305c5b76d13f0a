import { startTestAreaService, type TestAreaService } from "@gantry/testing/area-service";
import { schedulingDataModel, schedulingSubgraph } from "../src/subgraph.ts";

/** Helpers the area's tests share go here, next to the kit's `call` and `count`. */
export type TestSchedulingService = TestAreaService;

/** The scheduling subgraph on a free port with its own fresh database; `call` acts as a coordinator unless told otherwise. */
export function startTestSchedulingService(): Promise<TestSchedulingService> {
  return startTestAreaService(schedulingSubgraph, schedulingDataModel, { area: "scheduling", callerRole: "coordinator" });
}
