import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { buildSubgraphSchema } from "@apollo/subgraph";
import type { GraphQLResolverMap } from "@apollo/subgraph/dist/schema-helper/resolverMap.js";
import { identityHeader, verifyInternalToken } from "@gantry/auth/internal-token";
import type { RuntimeMode } from "@gantry/config/environment";
import { startGraphQLHttpServer, type RunningServer } from "@gantry/http-server/server";
import type { Logger } from "@gantry/logging/logger";
import type { MikroORM } from "@mikro-orm/postgresql";
import type { DocumentNode } from "graphql";
import { AreaClient, defaultAreaCallSettings, type AreaCallSettings } from "./area-client.ts";
import type { SubgraphContext } from "./context.ts";
import { isDataException } from "./database-errors.ts";
import { eventInboxRoute, eventsPath } from "./events/event-inbox.ts";
import { EventPublisher } from "./events/event-publisher.ts";
import type { EventHandler } from "./events/event-handler.ts";
import type { EventRouting } from "./events/event-routing.ts";
import { ErrorCode, maskError, unauthenticated } from "./errors.ts";
import type { ScheduledTask } from "./scheduled-task.ts";
import { parsePurpose, phiAccessPlugin, PhiReadRecorder, purposeHeader, type PhiAccessSink } from "./phi-access.ts";
import { assertPhiDeclared } from "./phi-declarations.ts";
import { guardPhiFields } from "./phi-fields.ts";

const valueRefused =
  "One of the values given cannot be stored (for example a date out of range or text with hidden control characters). Check the entry and try again.";

export interface SubgraphDefinition<TContext extends SubgraphContext> {
  name: string;
  typeDefs: DocumentNode;
  resolvers: GraphQLResolverMap<TContext>;
  /** Adds the service's request-scoped loaders and managers to the base context. */
  extendContext: (base: SubgraphContext) => TContext;
  /** Where PHI reads are logged; set by every service that serves PHI. */
  phiAccessSink?: (orm: MikroORM) => PhiAccessSink;
  /** The other areas' events this area handles (its subscriptions), applied at most once each. */
  eventHandlers?: readonly EventHandler[];
  /** Work on a clock, run by the service's worker. */
  scheduledTasks?: readonly ScheduledTask[];
}

export interface SubgraphRuntime {
  orm: MikroORM;
  port: number;
  host?: string;
  internalSecret: string;
  logger: Logger;
  mode: RuntimeMode;
  /** Where this area's events go. */
  events: EventRouting;
  /** Where questions to other areas go (the gateway on this machine's default port otherwise). */
  areaCalls?: AreaCallSettings;
}

/** The subgraph's schema, refused if its PHI declarations are incomplete, with every @phi field guarded. */
export function buildSchema<TContext extends SubgraphContext>(definition: SubgraphDefinition<TContext>) {
  const schema = buildSubgraphSchema([{ typeDefs: definition.typeDefs, resolvers: definition.resolvers }]);
  assertPhiDeclared(schema);
  guardPhiFields(schema);
  return schema;
}

/**
 * Starts a subgraph: Apollo Server 5 on its own HTTP server, refusing any request the gateway
 * has not vouched for, with a fresh EntityManager per request.
 */
export async function startSubgraph<TContext extends SubgraphContext>(
  definition: SubgraphDefinition<TContext>,
  runtime: SubgraphRuntime,
): Promise<RunningServer> {
  const { orm, logger } = runtime;
  // Inline traces are for Apollo Studio, which Gantry does not use. Cache hints: PHI answers are
  // never cached, and the plugin's per-field hook was a measurable share of every list's CPU.
  const plugins: ApolloServerPlugin<TContext>[] = [ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled()];
  if (definition.phiAccessSink) plugins.push(phiAccessPlugin<TContext>(definition.phiAccessSink(orm)));
  if (runtime.mode === "production") plugins.push(ApolloServerPluginLandingPageDisabled());

  const apollo = new ApolloServer<TContext>({
    schema: buildSchema(definition),
    introspection: runtime.mode !== "production",
    includeStacktraceInErrorResponses: false,
    plugins,
    formatError: (formatted, error) => {
      const cause = unwrapResolverError(error);
      if (isDataException(cause)) {
        // An input rule is missing somewhere: worth a warning, but it is still the caller's value that was refused.
        logger.warn({ err: cause, path: formatted.path }, "database refused a value that input rules let through");
        return maskError({ ...formatted, message: valueRefused, extensions: { code: ErrorCode.BadUserInput } });
      }
      const masked = maskError(formatted);
      if (masked.extensions.code === "INTERNAL_SERVER_ERROR") logger.error({ err: error }, "resolver failed");
      return masked;
    },
  });

  return startGraphQLHttpServer<TContext>(
    {
      apollo,
      logger,
      async context({ req, requestId }) {
        const header = req.headers[identityHeader];
        const identity = await verifyInternalToken(typeof header === "string" ? header : undefined, runtime.internalSecret);
        if (!identity) throw unauthenticated("This service only answers the Gantry gateway; call the gateway instead.");
        const purposeValue = req.headers[purposeHeader];
        const purpose = parsePurpose(typeof purposeValue === "string" ? purposeValue : undefined);
        const requestLogger = logger.child({ requestId, subject: identity.subject });
        const em = orm.em.fork();
        const base: SubgraphContext = {
          requestId,
          identity,
          purpose,
          em,
          logger: requestLogger,
          phiReads: new PhiReadRecorder(),
          events: new EventPublisher(em, runtime.events),
          areas: new AreaClient(runtime.areaCalls ?? defaultAreaCallSettings, definition.name, runtime.internalSecret, {
            identity,
            purpose,
            logger: requestLogger,
          }),
        };
        return definition.extendContext(base);
      },
      routes: {
        [eventsPath]: eventInboxRoute({
          area: definition.name,
          internalSecret: runtime.internalSecret,
          orm,
          handlers: definition.eventHandlers ?? [],
          logger,
        }),
      },
      async ready() {
        const database = await orm.checkConnection();
        return { ready: database.ok, checks: { database: database.ok } };
      },
    },
    runtime.port,
    runtime.host,
  );
}
