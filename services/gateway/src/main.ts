import { onShutdown } from "@gantry/http-server/shutdown";
import { createLogger } from "@gantry/logging/logger";
import { assertProductionSecret } from "@gantry/subgraph-kit/service";
import { readGatewayConfig } from "./config.ts";
import { startGateway } from "./gateway.ts";

const config = readGatewayConfig();
assertProductionSecret(config.NODE_ENV, config.GANTRY_INTERNAL_TOKEN_SECRET);
const logger = createLogger("gateway", config.GANTRY_LOG_LEVEL);
const gateway = await startGateway(config, logger);
logger.info({ url: `${gateway.url}/graphql`, subgraphs: gateway.subgraphUrls, auth: config.GANTRY_AUTH_MODE }, "gateway ready");
onShutdown(logger, [gateway.close]);
