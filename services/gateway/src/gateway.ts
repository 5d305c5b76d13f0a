import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { startGraphQLHttpServer, type RunningServer } from "@gantry/http-server/server";
import type { Logger } from "@gantry/logging/logger";
import { maskError, unauthenticated } from "@gantry/subgraph-kit/errors";
import { parsePurpose, purposeHeader } from "@gantry/subgraph-kit/phi-access";
import { createAuthentication } from "./authentication.ts";
import type { GatewayConfig } from "./config.ts";
import type { GatewayContext } from "./context.ts";
import { queryLimitRules } from "./limits.ts";
import { queryLimitAnswer } from "./query-limit-error.ts";
import { areaUnavailableAnswer } from "./subgraph-failures.ts";
import { serviceCallsOnlyRead } from "./service-calls.ts";
import { IdentityForwardingDataSource } from "./subgraph-requests.ts";
import { checkSubgraphs, subgraphUrlsOf } from "./subgraph-health.ts";
import { supergraphFromFile } from "./supergraph-file.ts";

/** Outside development, "Did you mean …" hints would map the schema for an attacker. */
function withoutSuggestions(message: string): string {
  return message.replace(/\s*Did you mean .*\?$/, "");
}

export interface RunningGateway extends RunningServer {
  subgraphUrls: Record<string, string>;
}

/** The one entry to Gantry's API: verifies callers, plans queries across subgraphs, masks errors. */
export async function startGateway(config: GatewayConfig, logger: Logger, host = "0.0.0.0"): Promise<RunningGateway> {
  // Follows the supergraph served (it can change while running); configured overrides win.
  let subgraphUrls: Record<string, string> = {};
  const followSupergraph = (supergraphSdl: string) => {
    subgraphUrls = { ...subgraphUrlsOf(supergraphSdl), ...config.subgraphUrls };
  };
  const development = config.NODE_ENV === "development";
  const publicUrl = `http://localhost:${config.GATEWAY_PORT}`;
  const authentication = await createAuthentication(config, publicUrl);

  const gateway = new ApolloGateway({
    supergraphSdl: supergraphFromFile({
      file: config.GATEWAY_SUPERGRAPH_PATH,
      pollMs: config.GATEWAY_SUPERGRAPH_POLL_MS,
      logger,
      onServed: followSupergraph,
    }),
    buildService: ({ name, url }) =>
      new IdentityForwardingDataSource({
        area: name,
        url: subgraphUrls[name] ?? url ?? "",
        secret: config.GANTRY_INTERNAL_TOKEN_SECRET,
        timeoutMs: config.GATEWAY_SUBGRAPH_TIMEOUT_MS,
      }),
  });

  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    csrfPrevention: true,
    introspection: development,
    includeStacktraceInErrorResponses: false,
    // Counted while parsing: a huge document is refused before it is even fully read.
    parseOptions: { maxTokens: config.GATEWAY_MAX_TOKENS },
    validationRules: queryLimitRules({
      maxDepth: config.GATEWAY_MAX_DEPTH,
      maxAliases: config.GATEWAY_MAX_ALIASES,
      maxCost: config.GATEWAY_MAX_COST,
      maxDirectives: config.GATEWAY_MAX_DIRECTIVES,
      maxFieldRepeats: config.GATEWAY_MAX_FIELD_REPEATS,
    }),
    plugins: [serviceCallsOnlyRead(), ...(development ? [] : [ApolloServerPluginLandingPageDisabled()])],
    formatError: (formatted, error) => {
      // Both are the gateway's own answers, with codes the shared masking does not know.
      const known = areaUnavailableAnswer(error) ?? queryLimitAnswer(formatted);
      if (known) return formatted.path ? { ...known, path: formatted.path } : known;
      const masked = maskError(formatted);
      if (masked.extensions.code === "INTERNAL_SERVER_ERROR") logger.error({ err: error }, "gateway error");
      return development ? masked : { ...masked, message: withoutSuggestions(masked.message) };
    },
  });

  const server = await startGraphQLHttpServer<GatewayContext>(
    {
      apollo,
      logger,
      allowedOrigins: config.allowedOrigins,
      trustCallerRequestId: false, // the public edge: a caller must not choose the id the PHI audit log records
      routes: authentication.routes,
      async context({ req, requestId }) {
        const caller = await authentication.identify(req);
        if (!caller) throw unauthenticated();
        const purpose = req.headers[purposeHeader];
        return {
          identity: caller.identity,
          requestId: caller.requestId ?? requestId,
          purpose: parsePurpose(typeof purpose === "string" ? purpose : undefined),
          ...(caller.serviceCall ? { serviceCall: caller.serviceCall } : {}),
        };
      },
      async ready() {
        const checks = await checkSubgraphs(subgraphUrls);
        return { ready: Object.values(checks).every(Boolean), checks };
      },
    },
    config.GATEWAY_PORT,
    host,
  );
  return { ...server, subgraphUrls };
}
