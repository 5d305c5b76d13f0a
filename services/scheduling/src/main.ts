import { runSubgraphProcess } from "@gantry/subgraph-kit/service";
import { schedulingDataModel, schedulingSubgraph } from "./subgraph.ts";

await runSubgraphProcess(schedulingSubgraph, schedulingDataModel, { envPrefix: "SCHEDULING", defaultPort: 4002 });
