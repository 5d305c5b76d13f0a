import { runSubgraphProcess } from "@gantry/subgraph-kit/service";
import { patientsDataModel, patientsSubgraph } from "./subgraph.ts";

await runSubgraphProcess(patientsSubgraph, patientsDataModel, { envPrefix: "PATIENTS", defaultPort: 4001 });
