import { runSubgraphProcess } from "@gantry/subgraph-kit/service";
import { equipmentDataModel, equipmentSubgraph } from "./subgraph.ts";

await runSubgraphProcess(equipmentSubgraph, equipmentDataModel, { envPrefix: "EQUIPMENT", defaultPort: 4004 });
