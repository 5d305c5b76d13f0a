import type { IncomingMessage } from "node:http";
import { createAccessTokenVerifier, localKeys, remoteKeys, type AccessTokenVerifier } from "@gantry/auth/access-token";
import { createDemoIdentityProvider, demoAudience, type DemoIdentityProvider } from "@gantry/auth/demo-identity-provider";
import type { RouteHandler } from "@gantry/http-server/server";
import { z } from "zod";
import type { GatewayConfig } from "./config.ts";
import { identifyServiceCall, isServiceCall, type Caller } from "./service-calls.ts";

export interface Authentication {
  /** The caller, or null when the bearer token (or an area's service-call token) is missing or invalid. */
  identify(req: IncomingMessage): Promise<Caller | null>;
  /** `/auth/token` and `/auth/jwks.json` when the built-in provider runs. */
  routes: Record<string, RouteHandler>;
}

const tokenRequest = z.object({ username: z.string().min(1).max(100), password: z.string().min(1).max(200) });

function tokenRoutes(provider: DemoIdentityProvider): Record<string, RouteHandler> {
  return {
    "/auth/token": async ({ req, body }) => {
      if (req.method !== "POST") return { status: 405, body: { error: "Use POST with {username, password}." } };
      const parsed = tokenRequest.safeParse(body);
      if (!parsed.success) return { status: 400, body: { error: "invalid_request", error_description: "Send JSON {username, password}." } };
      const token = await provider.issueToken(parsed.data.username, parsed.data.password);
      if (!token) return { status: 401, body: { error: "invalid_grant", error_description: "Unknown user or wrong password." } };
      return { status: 200, body: token, headers: { "cache-control": "no-store" } };
    },
    "/auth/jwks.json": async () => ({ status: 200, body: provider.jwks }),
  };
}

function bearerToken(req: IncomingMessage): string | undefined {
  const header = req.headers.authorization;
  const match = typeof header === "string" ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match?.[1];
}

/** Built-in demo provider, or verification against a real OIDC issuer's keys. */
export async function createAuthentication(config: GatewayConfig, publicUrl: string): Promise<Authentication> {
  let verify: AccessTokenVerifier;
  let routes: Record<string, RouteHandler> = {};
  if (config.GANTRY_AUTH_MODE === "oidc") {
    verify = createAccessTokenVerifier({
      issuer: config.OIDC_ISSUER as string,
      audience: config.OIDC_AUDIENCE as string,
      keys: remoteKeys(config.OIDC_JWKS_URL as string),
      rolesClaim: config.OIDC_ROLES_CLAIM,
    });
  } else {
    const provider = await createDemoIdentityProvider(`${publicUrl}/auth`);
    verify = createAccessTokenVerifier({ issuer: provider.issuer, audience: demoAudience, keys: localKeys(provider.jwks) });
    routes = tokenRoutes(provider);
  }
  return {
    routes,
    async identify(req) {
      if (isServiceCall(req)) return identifyServiceCall(req, config.GANTRY_INTERNAL_TOKEN_SECRET);
      const token = bearerToken(req);
      const identity = token ? await verify(token) : null;
      return identity ? { identity } : null;
    },
  };
}
