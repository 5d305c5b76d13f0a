import { startTestAreaService, type TestAreaService } from "@gantry/testing/area-service";
import { {{area.camel}}DataModel, {{area.camel}}Subgraph } from "../src/subgraph.ts";

/** Helpers the area's tests share go here, next to the kit's `call` and `count`. */
export type Test{{area.pascal}}Service = TestAreaService;

/** The {{area.phrase}} subgraph on a free port with its own fresh database; `call` acts as a coordinator unless told otherwise. */
export function startTest{{area.pascal}}Service(): Promise<Test{{area.pascal}}Service> {
  return startTestAreaService({{area.camel}}Subgraph, {{area.camel}}DataModel, { area: "{{area.snake}}", callerRole: "coordinator" });
}
