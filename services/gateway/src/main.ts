import { exitWithLauncher, onShutdown } from "@gantry/http-server/shutdown";
import { createLogger } from "@gantry/logging/logger";
import { assertPrivateSecret } from "@gantry/subgraph-kit/service";
import { readGatewayConfig, type GatewayConfig } from "./config.ts";
import { startGateway } from "./gateway.ts";

exitWithLauncher();
// A misconfigured gateway says why in one line (e.g. no internal secret) instead of a stack trace.
let config: GatewayConfig;
try {
  config = readGatewayConfig();
  assertPrivateSecret(config.GANTRY_INTERNAL_TOKEN_SECRET);
} catch (error) {
  process.stderr.write(`The gateway cannot start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
const logger = createLogger("gateway", config.GANTRY_LOG_LEVEL);
const gateway = await startGateway(config, logger, config.GANTRY_BIND_HOST);
logger.info(
  { url: `${gateway.url}/graphql`, host: config.GANTRY_BIND_HOST, subgraphs: gateway.subgraphUrls, auth: config.GANTRY_AUTH_MODE },
  "gateway ready",
);
onShutdown(logger, [gateway.close]);
