import net from "node:net";
import { ApolloServer } from "@apollo/server";
import { createLogger } from "@gantry/logging/logger";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startGraphQLHttpServer, type RunningServer } from "./server.ts";

let server: RunningServer;
let edge: RunningServer;

function start(trustCallerRequestId?: boolean): Promise<RunningServer> {
  return startGraphQLHttpServer(
    {
      apollo: new ApolloServer({ typeDefs: "type Query { hello: String }", resolvers: { Query: { hello: () => "hi" } } }),
      context: async () => ({}),
      logger: createLogger("test", "silent"),
      ready: async () => ({ ready: true, checks: {} }),
      maxBodyBytes: 100,
      routes: {
        "/auth/token": async () => ({ status: 401, body: { error: "invalid_grant", error_description: "Wrong password." } }),
        "/broken": async () => {
          throw new Error("database password in this message must not leak");
        },
      },
      ...(trustCallerRequestId === undefined ? {} : { trustCallerRequestId }),
    },
    0,
  );
}

beforeAll(async () => {
  server = await start();
  edge = await start(false);
});
afterAll(async () => {
  await server?.close();
  await edge?.close();
});

const post = (path: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}${path}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });

/** Sends one exact request line, as fetch would normalise it. */
function rawRequest(port: number, requestLine: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1", () => socket.write(`${requestLine}\r\nHost: x\r\nConnection: close\r\n\r\n`));
    let answer = "";
    socket.on("data", (chunk) => (answer += chunk.toString()));
    socket.on("end", () => resolve(answer));
    socket.on("error", reject);
  });
}

describe("HTTP-level failures answer in the GraphQL error shape", () => {
  it("closes the connection of a refused oversized body, so a keep-alive client's next request is answered", async () => {
    const tooLarge = await post("/graphql", "x".repeat(100_000));
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.headers.get("connection")).toBe("close");
    await tooLarge.text();
    const next = await post("/graphql", "{ not json");
    expect(next.status).toBe(400);
  });

  it.each([
    ["a body over the limit", () => post("/graphql", JSON.stringify({ query: `{ hello }${" ".repeat(200)}` })), 413, "PAYLOAD_TOO_LARGE"],
    ["malformed JSON", () => post("/graphql", "{ not json"), 400, "BAD_REQUEST"],
    ["an unknown path", () => fetch(`${server.url}/nowhere`), 404, "NOT_FOUND"],
    ["a failing route", () => post("/broken", "{}"), 500, "INTERNAL_SERVER_ERROR"],
    ["a refused route answer", () => post("/auth/token", "{}"), 401, "UNAUTHENTICATED"],
    [
      "a GraphQL GET without a query",
      () => fetch(`${server.url}/graphql`, { headers: { "apollo-require-preflight": "1" } }),
      400,
      "BAD_REQUEST",
    ],
  ])("%s", async (_case, send, status, code) => {
    const response = await send();
    expect(response.status).toBe(status);
    const body = (await response.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]?.extensions.code).toBe(code);
    expect(body.errors[0]?.message).toMatch(/^[A-Z].{10,}/);
    expect(body.errors[0]?.message).not.toContain("password in this message");
  });

  it("keeps OAuth's fields beside errors on the token route", async () => {
    const body = (await (await post("/auth/token", "{}")).json()) as Record<string, unknown>;
    expect(body).toMatchObject({ error: "invalid_grant", errors: [{ message: "Wrong password." }] });
  });

  it("answers a request target that is not a path with 400", async () => {
    const answer = await rawRequest(server.port, "GET //127.0.0.1:1/graphql HTTP/1.1");
    expect(answer).toMatch(/^HTTP\/1\.1 400/);
    expect(answer).toContain('"BAD_REQUEST"');
  });
});

describe("request ids", () => {
  it("takes the caller's id by default (a subgraph takes the gateway's)", async () => {
    const response = await fetch(`${server.url}/health/live`, { headers: { "x-request-id": "chosen-by-caller" } });
    expect(response.headers.get("x-request-id")).toBe("chosen-by-caller");
  });

  it("makes its own id when told not to trust the caller (the gateway)", async () => {
    const response = await fetch(`${edge.url}/health/live`, { headers: { "x-request-id": "chosen-by-caller" } });
    expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});
