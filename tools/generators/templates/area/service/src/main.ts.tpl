import { runSubgraphProcess } from "@gantry/subgraph-kit/service";
import { {{area.camel}}DataModel, {{area.camel}}Subgraph } from "./subgraph.ts";

await runSubgraphProcess({{area.camel}}Subgraph, {{area.camel}}DataModel, { envPrefix: "{{area.upperSnake}}", defaultPort: {{port}} });
