import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import { identityHeader, requestIdHeader, signInternalToken } from "@gantry/auth/internal-token";
import { purposeHeader } from "@gantry/subgraph-kit/phi-access";
import type { GatewayContext } from "./context.ts";
import { answerForFailedCall, SubgraphUnreachable, type SubgraphResponse } from "./subgraph-failures.ts";

type Fetcher = NonNullable<NonNullable<ConstructorParameters<typeof RemoteGraphQLDataSource>[0]>["fetcher"]>;

export interface SubgraphCallSettings {
  /** The area's subgraph name, as errors name it to callers. */
  area: string;
  url: string;
  secret: string;
  /** Longest one call may take, headers and body, before the area's part is given up. */
  timeoutMs: number;
}

/**
 * Node's own fetch (undici, kept-alive connections): the default make-fetch-happen client
 * spent more CPU per subgraph call than the subgraph's own work in profiles. Without a
 * deadline a hung subgraph would hold the caller's request for undici's 300 s.
 */
function fetcherWithTimeout(timeoutMs: number): Fetcher {
  const timed = async (url: string, init: RequestInit): Promise<Response> => {
    try {
      return await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      throw new SubgraphUnreachable(error);
    }
  };
  return timed as unknown as Fetcher;
}

/**
 * Every request to a subgraph carries the verified caller as a short-lived signed token,
 * the request id (for joining logs) and the declared purpose of access. A call that fails
 * becomes that area's error, so the other areas' data still reaches the caller.
 */
export class IdentityForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  readonly #settings: SubgraphCallSettings;

  constructor(settings: SubgraphCallSettings) {
    super({ url: settings.url, fetcher: fetcherWithTimeout(settings.timeoutMs) });
    this.#settings = settings;
  }

  override async willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    if (options.kind !== "incoming operation") return;
    const { context, request } = options;
    const headers = request.http?.headers;
    if (!headers) return;
    context.internalToken ??= signInternalToken(context.identity, context.requestId, this.#settings.secret);
    headers.set(identityHeader, await context.internalToken);
    headers.set(requestIdHeader, context.requestId);
    headers.set(purposeHeader, context.purpose);
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<SubgraphResponse> {
    try {
      return await super.process(options);
    } catch (error) {
      return answerForFailedCall(this.#settings.area, error, this.#settings.timeoutMs);
    }
  }
}
