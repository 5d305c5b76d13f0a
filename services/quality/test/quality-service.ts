import { startTestAreaService, type TestAreaService } from "@gantry/testing/area-service";
import { qualityDataModel, qualitySubgraph } from "../src/subgraph.ts";

/** Helpers the area's tests share go here, next to the kit's `call` and `count`. */
export type TestQualityService = TestAreaService;

/** The quality subgraph on a free port with its own fresh database; `call` acts as a coordinator unless told otherwise. */
export function startTestQualityService(): Promise<TestQualityService> {
  return startTestAreaService(qualitySubgraph, qualityDataModel, { area: "quality", callerRole: "coordinator" });
}
