import { runSubgraphProcess } from "@gantry/subgraph-kit/service";
import { qualityDataModel, qualitySubgraph } from "./subgraph.ts";

await runSubgraphProcess(qualitySubgraph, qualityDataModel, { envPrefix: "QUALITY", defaultPort: 4005 });
