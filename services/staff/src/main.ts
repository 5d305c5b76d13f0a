import { runSubgraphProcess } from "@gantry/subgraph-kit/service";
import { staffDataModel, staffSubgraph } from "./subgraph.ts";

await runSubgraphProcess(staffSubgraph, staffDataModel, { envPrefix: "STAFF", defaultPort: 4003 });
