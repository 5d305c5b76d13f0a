import { randomUUID } from "node:crypto";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { HeaderMap, type ApolloServer, type BaseContext } from "@apollo/server";
import { requestIdHeader } from "@gantry/auth/internal-token";
import type { Logger } from "@gantry/logging/logger";

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
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

class BodyTooLarge extends Error {}

async function readJsonBody(req: IncomingMessage, limit: number): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  if (size === 0) return undefined;
  const text = Buffer.concat(chunks).toString("utf8");
  const type = req.headers["content-type"] ?? "";
  return type.includes("json") ? JSON.parse(text) : text;
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
  res.end(JSON.stringify(body));
}

/**
 * One HTTP server for a Gantry process: GraphQL at /graphql, liveness at /health/live,
 * readiness at /health/ready, plus any extra JSON routes. Every request carries a request id
 * (taken from the caller or made here) into logs and responses.
 */
export async function startGraphQLHttpServer<TContext extends BaseContext>(
  options: GraphQLHttpServerOptions<TContext>,
  port: number,
  host = "0.0.0.0",
): Promise<RunningServer> {
  const { apollo, logger } = options;
  const limit = options.maxBodyBytes ?? 1_000_000;
  const allowedOrigins = new Set(options.allowedOrigins ?? []);

  const server = http.createServer((req, res) => {
    const started = performance.now();
    const incomingId = req.headers[requestIdHeader];
    const requestId = typeof incomingId === "string" && /^[\w-]{1,64}$/.test(incomingId) ? incomingId : randomUUID();
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
          method: req.method,
          path: req.url?.split("?")[0],
          status: res.statusCode,
          ms: Math.round(performance.now() - started),
        },
        "request",
      );
    });
    handle(req, res, requestId).catch((error: unknown) => {
      if (error instanceof BodyTooLarge) return send(res, 413, { error: "Request body too large" });
      if (error instanceof SyntaxError) return send(res, 400, { error: "Malformed JSON body" });
      logger.error({ requestId, err: error }, "unhandled request failure");
      if (!res.headersSent) send(res, 500, { error: "Internal server error" });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse, requestId: string): Promise<void> {
    const url = new URL(req.url ?? "/", "http://localhost");
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
      return send(res, answer.status, answer.body, answer.headers);
    }
    if (url.pathname !== "/graphql") return send(res, 404, { error: "Not found" });

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
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
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
