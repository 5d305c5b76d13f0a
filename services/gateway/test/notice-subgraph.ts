import { ApolloServer, type BaseContext } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { parse } from "graphql";
import { startGraphQLHttpServer, type RunningServer } from "@gantry/http-server/server";
import { createLogger } from "@gantry/logging/logger";
import { buildSchema } from "@gantry/subgraph-kit/server";

export const noticeTypeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Query { departmentNotice: String! }
`);

export const notice = "MRI 2 is closed on Friday for its quench test.";

/**
 * A real subgraph that is not yet in the supergraph: a test composes it in and sees the gateway
 * route to it. It answers without checking who calls (it holds nothing worth protecting).
 */
export async function startNoticeSubgraph(): Promise<RunningServer> {
  const schema = buildSchema({
    name: "notices",
    typeDefs: noticeTypeDefs,
    resolvers: { Query: { departmentNotice: () => notice } },
    extendContext: (base) => base,
  });
  const apollo = new ApolloServer<BaseContext>({ schema, plugins: [ApolloServerPluginInlineTraceDisabled()] });
  return startGraphQLHttpServer<BaseContext>(
    {
      apollo,
      logger: createLogger("notices", "silent"),
      context: async () => ({}),
      ready: async () => ({ ready: true, checks: {} }),
    },
    0,
    "127.0.0.1",
  );
}
