import { randomUUID } from "node:crypto";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { HeaderMap, type ApolloServer, type BaseContext } from "@apollo/server";
import { requestIdHeader } from "@gantry/auth/internal-token";
import type { Logger } from "@gantry/logging/logger";
import { HttpError, routeErrorBody, sendError, sendJson as send } from "./http-errors.ts";

/** What a route handler gets: the raw request, its parsed JSON body (if any) and its request id. */
export interface RouteRequest {
  req: IncomingMessage;
  body: unknown;
  requestId: string;
}
export interface RouteResponse {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}
export type RouteHandler = (request: RouteRequest) => Promise<RouteResponse>;

export interface GraphQLHttpServerOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  /** Builds the per-request context; may throw a GraphQLError (e.g. UNAUTHENTICATED). */
  context: (request: RouteRequest) => Promise<TContext>;
  logger: Logger;
  /** Readiness: resolves true when every dependency answers. */
  ready: () => Promise<{ ready: boolean; checks: Record<string, boolean> }>;
  routes?: Record<string, RouteHandler>;
  /** Largest JSON body accepted, in bytes. */
  maxBodyBytes?: number;
  /** Origins allowed to call from a browser (CORS); none by default. */
  allowedOrigins?: string[];
  /**
   * Whether the caller's `x-request-id` becomes the request id (default true: subgraphs take the
   * gateway's). The public edge sets false: it always makes its own id, so a caller cannot choose
   * what lands in the PHI access log; the caller's value is only logged as `clientRequestId`.
   */
  trustCallerRequestId?: boolean;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

async function readJsonBody(req: IncomingMessage, limit: number): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new HttpError(413, "PAYLOAD_TOO_LARGE", `The request body is larger than the ${limit} bytes accepted.`);
    chunks.push(chunk as Buffer);
  }
  if (size === 0) return undefined;
  const text = Buffer.concat(chunks).toString("utf8");
  const type = req.headers["content-type"] ?? "";
  if (!type.includes("json")) return text;
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, "BAD_REQUEST", "The request body is not valid JSON.");
  }
}

/** Only origin-form targets ("/path?query") are served; "//host/…" or "http://…" are not paths. */
function requestPath(req: IncomingMessage): URL {
  const target = req.url ?? "";
  if (!target.startsWith("/") || target.startsWith("//")) {
    throw new HttpError(400, "BAD_REQUEST", "The request target must be a path starting with a single /.");
  }
  return new URL(target, "http://localhost");
}

/**
 * One HTTP server for a Gantry process: GraphQL at /graphql, liveness at /health/live,
 * readiness at /health/ready, plus any extra JSON routes. Every request carries a request id
 * (taken from the caller unless `trustCallerRequestId` is false, or made here) into logs and
 * responses. Failures before GraphQL runs are answered in the GraphQL error shape.
 */
export async function startGraphQLHttpServer<TContext extends BaseContext>(
  options: GraphQLHttpServerOptions<TContext>,
  port: number,
  host = "127.0.0.1",
): Promise<RunningServer> {
  const { apollo, logger } = options;
  const limit = options.maxBodyBytes ?? 1_000_000;
  const allowedOrigins = new Set(options.allowedOrigins ?? []);

  const server = http.createServer((req, res) => {
    const started = performance.now();
    const incomingId = req.headers[requestIdHeader];
    const clientRequestId = typeof incomingId === "string" && /^[\w-]{1,64}$/.test(incomingId) ? incomingId : undefined;
    const requestId = (options.trustCallerRequestId ?? true) && clientRequestId ? clientRequestId : randomUUID();
    res.setHeader(requestIdHeader, requestId);
    const origin = req.headers.origin;
    if (origin && allowedOrigins.has(origin)) {
      res.setHeader("access-control-allow-origin", origin);
      res.setHeader("vary", "origin");
      res.setHeader(
        "access-control-allow-headers",
        "content-type, authorization, apollo-require-preflight, x-request-id, x-gantry-purpose",
      );
      res.setHeader("access-control-allow-methods", "GET, POST, OPTIONS");
    }
    res.on("finish", () => {
      logger.info(
        {
          requestId,
          ...(clientRequestId && clientRequestId !== requestId ? { clientRequestId } : {}),
          method: req.method,
          path: req.url?.split("?")[0],
          status: res.statusCode,
          ms: Math.round(performance.now() - started),
        },
        "request",
      );
    });
    handle(req, res, requestId).catch((error: unknown) => {
      if (!(error instanceof HttpError)) logger.error({ requestId, err: error }, "unhandled request failure");
      if (res.headersSent) return void res.end();
      sendError(res, error instanceof HttpError ? error : new HttpError(500, "INTERNAL_SERVER_ERROR", "Something went wrong on our side."));
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse, requestId: string): Promise<void> {
    const url = requestPath(req);
    if (req.method === "OPTIONS") {
      res.writeHead(204);
      res.end();
      return;
    }
    if (url.pathname === "/health/live") return send(res, 200, { live: true });
    if (url.pathname === "/health/ready") {
      const readiness = await options.ready();
      return send(res, readiness.ready ? 200 : 503, readiness);
    }
    const route = options.routes?.[url.pathname];
    if (route) {
      const body = await readJsonBody(req, limit);
      const answer = await route({ req, body, requestId });
      const answerBody = answer.status >= 400 ? routeErrorBody(answer.status, answer.body) : answer.body;
      return send(res, answer.status, answerBody, answer.headers);
    }
    if (url.pathname !== "/graphql") throw new HttpError(404, "NOT_FOUND", `There is nothing at ${url.pathname}.`);

    const body = req.method === "POST" ? await readJsonBody(req, limit) : undefined;
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method?.toUpperCase() ?? "GET", headers, search: url.search, body },
      context: () => options.context({ req, body, requestId }),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === "complete") {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  await apollo.start();
  // A port in use must fail the start (and name the port), not crash later as an 'error' event.
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const actualPort = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actualPort}`,
    port: actualPort,
    async close() {
      // Stop taking new connections, let in-flight requests finish, then stop Apollo.
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await apollo.stop();
    },
  };
}
